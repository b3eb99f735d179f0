namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents a receipt (回执) for a declaration: the import acknowledgement or a customs status notice.</summary>
/// <remarks>A rejection by customs is a receipt with <see cref="ReceiptStatus.Rejected"/>, not an exception.</remarks>
public sealed record DeclarationReceipt
{
    /// <summary>Gets the message the receipt was read from.</summary>
    public required DeclarationReceiptKind Kind { get; init; }

    /// <summary>Gets the normalized status.</summary>
    public required ReceiptStatus Status { get; init; }

    /// <summary>Gets the raw code: <c>CHANNEL</c> of <c>DEC_RESULT</c>, or <c>ResponseCode</c> of <c>DecImportResponse</c>.</summary>
    public required string RawCode { get; init; }

    /// <summary>Gets the code's meaning from the channel table, in Chinese, or an empty string.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether the code is a two-step declaration variant (<c>SpL</c>, <c>SpE</c> …).</summary>
    public bool IsTwoStep { get; init; }

    /// <summary>Gets the client-side id echoed back (<c>ClientSeqNo</c>), which ties the receipt to the filing.</summary>
    public string? ClientSeqNo { get; init; }

    /// <summary>Gets the unified number assigned by the data centre (<c>SeqNo</c> / <c>CUS_CIQ_NO</c>).</summary>
    public string? SeqNo { get; init; }

    /// <summary>Gets the 18-digit customs declaration number (<c>ENTRY_ID</c>), once assigned.</summary>
    public string? EntryId { get; init; }

    /// <summary>Gets the message text (<c>NOTE</c> or <c>ErrorMessage</c>).</summary>
    public string? Message { get; init; }

    /// <summary>Gets the notice time as sent (<c>NOTICE_DATE</c>); its format is not published.</summary>
    public string? NoticeTime { get; init; }

    /// <summary>Gets the notice time parsed as China Standard Time (UTC+8), when it has a recognised format.</summary>
    public DateTimeOffset? NoticedAt { get; init; }

    /// <summary>Gets the customs office (<c>CUSTOM_MASTER</c>).</summary>
    public string? CustomsOffice { get; init; }

    /// <summary>Gets the transit pre-entry number (<c>TrnPreId</c>) of a declaration with transit.</summary>
    public string? TransitPreEntryId { get; init; }

    /// <summary>Gets the import/export date as sent (<c>I_E_DATE</c>).</summary>
    public string? ImportExportDate { get; init; }

    /// <summary>Gets the declaration date as sent (<c>D_DATE</c>).</summary>
    public string? DeclarationDate { get; init; }
}
