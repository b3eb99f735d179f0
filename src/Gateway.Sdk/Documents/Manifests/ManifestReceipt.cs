using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents an MT9999 receipt or instruction (舱单回执): <c>Manifest</c> with <c>Head</c> and <c>Response</c>.</summary>
/// <remarks>
/// Results come per bill of lading and, for arrival reports, per container. Where the per-container results sit (directly
/// under <c>Response</c> or under each <c>Consignment</c>) is not verified: the reader takes both, the writer puts them
/// under <c>Response</c>. Read with <see cref="ManifestReceiptReader"/>; <see cref="ManifestReceiptWriter"/> writes one (the simulator does).
/// </remarks>
public sealed record ManifestReceipt
{
    private static readonly string[] Precedence = ["03", "13", "12", "02", "01", "11"];

    /// <summary>Gets the header (<c>Head</c>), whose type is <c>MT9999</c>.</summary>
    public required ManifestHead Head { get; init; }

    /// <summary>Gets the voyage the receipt is about (<c>BorderTransportMeans/JourneyID</c>).</summary>
    public string? JourneyId { get; init; }

    /// <summary>Gets the vessel the receipt is about (<c>BorderTransportMeans/ID</c>).</summary>
    public string? TransportMeansId { get; init; }

    /// <summary>Gets the results per bill of lading (<c>Consignment</c>).</summary>
    public IReadOnlyList<ManifestBillResult> Bills { get; init => field = EquatableList.From(value); } = EquatableList<ManifestBillResult>.Empty;

    /// <summary>Gets the results per container given directly under <c>Response</c>.</summary>
    public IReadOnlyList<ManifestContainerResult> Containers { get; init => field = EquatableList.From(value); } = EquatableList<ManifestContainerResult>.Empty;

    /// <summary>Gets the result that speaks for the whole receipt: the first of rejected (03), discharge prohibited (13), loading refused (12), review (02), accepted (01), released (11) that any bill or container has; else the first result.</summary>
    public ManifestResponse? Overall
    {
        get
        {
            var all = Bills.Select(static b => b.Response).Concat(Bills.SelectMany(static b => b.Containers).Concat(Containers).Select(static c => c.Response)).ToList();
            return Precedence.Select(code => all.Find(r => r.Code.Code == code)).FirstOrDefault(static r => r is not null) ?? all.FirstOrDefault();
        }
    }
}
