namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents the result code of an MT9999 receipt (<c>ResponseType/Code</c>): an extensible value.</summary>
/// <remarks>
/// Codes from two independent receipt tables in public code (docs/manifests.md): <c>01</c> accepted, <c>02</c> awaiting
/// manual review, <c>03</c> rejected, <c>11</c> bill released (loading permitted), <c>12</c> loading refused, <c>13</c>
/// discharge prohibited. Any other two-character code can be expressed; its status is <see cref="ReceiptStatus.Unknown"/>.
/// </remarks>
public readonly record struct ManifestResponseCode
{
    private readonly string? _code;

    /// <summary>Initializes a new instance of the <see cref="ManifestResponseCode"/> struct.</summary>
    /// <param name="code">The code as written, such as <c>01</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public ManifestResponseCode(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        _code = code;
    }

    /// <summary>Gets "accepted by customs" (海关接受申报, <c>01</c>).</summary>
    public static ManifestResponseCode Accepted { get; } = new("01");

    /// <summary>Gets "transmitted, awaiting manual review" (传输待人工审核, <c>02</c>).</summary>
    public static ManifestResponseCode PendingReview { get; } = new("02");

    /// <summary>Gets "rejected" (不允许传输 / 退单, <c>03</c>).</summary>
    public static ManifestResponseCode Rejected { get; } = new("03");

    /// <summary>Gets "bill released, loading permitted" (提运单放行, <c>11</c>).</summary>
    public static ManifestResponseCode Released { get; } = new("11");

    /// <summary>Gets "loading refused" (拒装, <c>12</c>).</summary>
    public static ManifestResponseCode LoadingRefused { get; } = new("12");

    /// <summary>Gets "discharge prohibited" (禁卸, <c>13</c>).</summary>
    public static ManifestResponseCode DischargeProhibited { get; } = new("13");

    /// <summary>Gets the code as written.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets the normalized status: <c>01</c> accepted, <c>02</c> in progress, <c>03</c> rejected, <c>11</c> released, <c>12</c> and <c>13</c> suspended (customs holds the goods).</summary>
    public ReceiptStatus Status => Code switch
    {
        "01" => ReceiptStatus.Accepted,
        "02" => ReceiptStatus.InProgress,
        "03" => ReceiptStatus.Rejected,
        "11" => ReceiptStatus.Released,
        "12" or "13" => ReceiptStatus.Suspended,
        _ => ReceiptStatus.Unknown,
    };

    /// <summary>Gets the code's meaning in Chinese, or an empty string for a code the SDK does not know.</summary>
    public string Description => Code switch
    {
        "01" => "海关接受申报",
        "02" => "传输待人工审核",
        "03" => "不允许传输",
        "11" => "提运单放行",
        "12" => "拒装",
        "13" => "禁卸",
        _ => string.Empty,
    };

    /// <summary>Returns the code.</summary>
    /// <returns>The code, such as <c>01</c>.</returns>
    public override string ToString() => Code;
}
