using System.Collections.Frozen;

namespace Gateway.Sdk.Documents.Origin;

/// <summary>Represents one status receipt on a certificate application, in the SDK's own format (<c>CertificateReceipt</c> in
/// <c>urn:gateway-sdk:origin:1</c>): what the simulator answers, and what an integration maps the origin system's status files to.</summary>
/// <remarks>The origin module returns status files to the enterprise's exchange folder, but their format is not public
/// (reference/china-formats.md §3.1): <see cref="Codes"/> are the SDK's names for the stages an application goes through,
/// not official codes. The application is named by its <c>CertNo</c>, which is also its client-side id in the transport.</remarks>
public sealed record CertificateReceipt
{
    internal const string TimeFormat = "yyyy-MM-ddTHH:mm:sszzz";

    /// <summary>Gets the SDK's status codes: the code, its normalized status and its Chinese meaning.</summary>
    /// <value><c>ACCEPTED</c> 已受理 (accepted), <c>REVIEWING</c> 审核中 (in progress), <c>APPROVED</c> 审核通过 (in progress: the
    /// certificate is being issued), <c>ISSUED</c> 已签证 (closed: issued, may be printed), <c>RETURNED</c> 退回 (rejected: correct and apply again).</value>
    public static IReadOnlyDictionary<string, (ReceiptStatus Status, string Description)> Codes { get; } = new Dictionary<string, (ReceiptStatus, string)>(StringComparer.Ordinal)
    {
        ["ACCEPTED"] = (ReceiptStatus.Accepted, "已受理"),
        ["REVIEWING"] = (ReceiptStatus.InProgress, "审核中"),
        ["APPROVED"] = (ReceiptStatus.InProgress, "审核通过"),
        ["ISSUED"] = (ReceiptStatus.Closed, "已签证"),
        ["RETURNED"] = (ReceiptStatus.Rejected, "退回"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the application's certificate number (<c>CertNo</c>).</summary>
    public required string CertificateNumber { get; init; }

    /// <summary>Gets the status code, one of <see cref="Codes"/> (others read as <see cref="ReceiptStatus.Unknown"/>).</summary>
    public required string Code { get; init; }

    /// <summary>Gets when the status was issued.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>Gets the number printed on the issued certificate, when the authority gives one other than the application's.</summary>
    public string? IssuedCertificateNumber { get; init; }

    /// <summary>Gets the receipt's text, such as the reason an application was returned.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the normalized status of <see cref="Code"/>.</summary>
    public ReceiptStatus Status => Codes.TryGetValue(Code, out var known) ? known.Status : ReceiptStatus.Unknown;

    /// <summary>Gets the meaning of <see cref="Code"/>, or an empty string.</summary>
    public string Description => Codes.TryGetValue(Code, out var known) ? known.Description : string.Empty;
}
