namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents a place of a manifest: loading, unloading, receipt of goods.</summary>
/// <remarks>Ports are UN/LOCODEs, optionally followed by <c>/</c> and a 4-digit customs code (<c>CNZOS/2904</c>).</remarks>
public sealed record ManifestLocation
{
    /// <summary>Gets the place's code (<c>ID</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the place's name (<c>Name</c>; goods receipt place only).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the date at the place, as written: <c>LoadingDate</c> for the loading location, <c>ArrivalDate</c> for
    /// the unloading location (<c>yyyyMMdd</c> in arrival reports); other formats are not verified.</summary>
    public string? Date { get; init; }
}
