using System.Collections.Frozen;

namespace Gateway.Sdk.Documents.TaxRefund;

/// <summary>Represents one feedback receipt (反馈) on a refund filing, in the SDK's own format (<c>TaxRefundReceipt</c> in
/// <c>urn:gateway-sdk:taxrefund:1</c>): what the simulator answers, and what an integration maps the tax bureau's feedback to.</summary>
/// <remarks>
/// <para>The tax bureau publishes no receipt format and no feedback codes for refund filings (reference/china-formats.md §4):
/// <see cref="Codes"/> are the SDK's names for the stages of the bureau's processing, not official codes.</para>
/// <para>The filing is named by taxpayer, period and batch, which is also its client-side id in the transport
/// (<c>TaxpayerId-Period-Batch</c>).</para>
/// </remarks>
public sealed record TaxRefundReceipt
{
    /// <summary>Gets the SDK's feedback codes: the code, its normalized status and its Chinese meaning.</summary>
    /// <value><c>ACCEPTED</c> 已受理 (accepted), <c>REVIEWING</c> 审核中 (in progress), <c>DOUBT</c> 审核疑点 (a doubt to explain,
    /// in progress), <c>APPROVED</c> 审核通过 (closed: the refund is approved), <c>RETURNED</c> 退回 (rejected: correct and file again).</value>
    public static IReadOnlyDictionary<string, (ReceiptStatus Status, string Description)> Codes { get; } = new Dictionary<string, (ReceiptStatus, string)>(StringComparer.Ordinal)
    {
        ["ACCEPTED"] = (ReceiptStatus.Accepted, "已受理"),
        ["REVIEWING"] = (ReceiptStatus.InProgress, "审核中"),
        ["DOUBT"] = (ReceiptStatus.InProgress, "审核疑点"),
        ["APPROVED"] = (ReceiptStatus.Closed, "审核通过"),
        ["RETURNED"] = (ReceiptStatus.Rejected, "退回"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the taxpayer's identification number of the filing.</summary>
    public required string TaxpayerId { get; init; }

    /// <summary>Gets the filing's period, <c>yyyyMM</c>.</summary>
    public required string Period { get; init; }

    /// <summary>Gets the filing's batch.</summary>
    public required string Batch { get; init; }

    /// <summary>Gets the feedback code, one of <see cref="Codes"/> (others read as <see cref="ReceiptStatus.Unknown"/>).</summary>
    public required string Code { get; init; }

    /// <summary>Gets when the feedback was issued.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>Gets the feedback's text, such as the reason a filing was returned.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the normalized status of <see cref="Code"/>.</summary>
    public ReceiptStatus Status => Codes.TryGetValue(Code, out var known) ? known.Status : ReceiptStatus.Unknown;

    /// <summary>Gets the meaning of <see cref="Code"/>, or an empty string.</summary>
    public string Description => Codes.TryGetValue(Code, out var known) ? known.Description : string.Empty;
}
