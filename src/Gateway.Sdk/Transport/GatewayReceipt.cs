using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Documents.Origin;
using Gateway.Sdk.Documents.TaxRefund;

namespace Gateway.Sdk.Transport;

/// <summary>Represents one receipt (回执) for a filing, in any family, with the family's own receipt kept alongside.</summary>
/// <remarks>A rejection by customs is a receipt with <see cref="ReceiptStatus.Rejected"/>, never an exception.</remarks>
public sealed record GatewayReceipt
{
    /// <summary>Gets the client-side id of the filing the receipt belongs to.</summary>
    public string MessageId { get; init; } = string.Empty;

    /// <summary>Gets the receipt's position among the filing's receipts, from 1.</summary>
    public int Sequence { get; init; }

    /// <summary>Gets the family, such as <c>declaration</c>.</summary>
    public required string Family { get; init; }

    /// <summary>Gets the raw code: <c>CHANNEL</c> of <c>DEC_RESULT</c>, <c>ResponseCode</c> of <c>DecImportResponse</c> and so on.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the normalized status.</summary>
    public required ReceiptStatus Status { get; init; }

    /// <summary>Gets the code's meaning from the family's code table (Chinese), or an empty string.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the receipt's message text, such as the reason for a rejection.</summary>
    public string? Note { get; init; }

    /// <summary>Gets when the gateway issued the receipt: the time its API reports, else the receipt's own notice time.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>Gets when this client first saw the receipt (its <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>Gets a value indicating whether the filing has its answer and watching can stop: rejected, closed, deleted or
    /// failed; for a manifest, any result but manual review (02), since customs instructions (11, 12, 13) may follow an
    /// acceptance at any later time (read them with <c>GetReceiptsAsync</c>).</summary>
    public bool IsFinal => Manifest is not null
        ? Status is not (ReceiptStatus.InProgress or ReceiptStatus.Unknown)
        : Status is ReceiptStatus.Rejected or ReceiptStatus.Closed or ReceiptStatus.Deleted or ReceiptStatus.Failed;

    /// <summary>Gets the receipt document as received.</summary>
    public string Xml { get; init; } = string.Empty;

    /// <summary>Gets the declaration receipt, when the filing is a declaration.</summary>
    public DeclarationReceipt? Declaration { get; init; }

    /// <summary>Gets the MT9999 receipt, when the filing is a manifest; <see cref="Code"/> and <see cref="Status"/> come from its <see cref="ManifestReceipt.Overall"/> result.</summary>
    public ManifestReceipt? Manifest { get; init; }

    /// <summary>Gets the feedback receipt, when the filing is an export tax-refund filing.</summary>
    public TaxRefundReceipt? TaxRefund { get; init; }

    /// <summary>Gets the status receipt, when the filing is a certificate of origin application.</summary>
    public CertificateReceipt? Origin { get; init; }

    /// <summary>Formats the receipt as one timeline line: time in China Standard Time, code, status and text.</summary>
    /// <returns>A line such as <c>2026-11-22 10:00:03.250 +08:00  P  Released  放行</c>.</returns>
    public override string ToString() => Line(IssuedAt ?? ReceivedAt, Code, Status, Description, Note);

    /// <summary>Formats a receipt as one timeline line, for this type and for <see cref="Batch.BatchReceipt"/>.</summary>
    internal static string Line(DateTimeOffset? at, string code, ReceiptStatus status, string description, string? note) =>
        $"{at?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss.fff zzz", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}  {code}  {status}  {description}{(note is null ? string.Empty : "  " + note)}";

    internal static GatewayReceipt From(DeclarationReceipt receipt) => new()
    {
        Family = "declaration",
        Code = receipt.RawCode,
        Status = receipt.Status,
        Description = receipt.Description,
        Note = receipt.Message,
        IssuedAt = receipt.NoticedAt,
        MessageId = receipt.ClientSeqNo ?? string.Empty,
        Declaration = receipt,
    };

    internal static GatewayReceipt From(TaxRefundReceipt receipt) => new()
    {
        Family = "taxrefund",
        Code = receipt.Code,
        Status = receipt.Status,
        Description = receipt.Description,
        Note = receipt.Note,
        IssuedAt = receipt.IssuedAt,
        TaxRefund = receipt,
    };

    internal static GatewayReceipt From(CertificateReceipt receipt) => new()
    {
        Family = "origin",
        Code = receipt.Code,
        Status = receipt.Status,
        Description = receipt.Description,
        Note = receipt.Note,
        IssuedAt = receipt.IssuedAt,
        MessageId = receipt.CertificateNumber,
        Origin = receipt,
    };

    internal static GatewayReceipt From(ManifestReceipt receipt)
    {
        var overall = receipt.Overall;
        var time = receipt.Head.SendTime is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), TimeSpan.FromHours(8)) : (DateTimeOffset?)null;
        return new GatewayReceipt
        {
            Family = "manifest",
            Code = overall?.Code.Code ?? string.Empty,
            Status = overall?.Code.Status ?? ReceiptStatus.Unknown,
            Description = overall?.Code.Description ?? string.Empty,
            Note = overall?.Text,
            IssuedAt = time,
            Manifest = receipt,
        };
    }
}
