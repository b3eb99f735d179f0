using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents a cargo manifest message (新舱单) of China customs: <c>Manifest</c> with <c>Head</c> and <c>Declaration</c>.</summary>
/// <remarks>
/// One model serves every declaration-side manifest message (MT1101 original, MT2101 pre-stowage, MT3101 arrival
/// report, MT4101 loading manifest, MT5101/MT5102 tally reports and other <c>MTxxxx</c> codes): the header's
/// <see cref="ManifestHead.MessageType"/> selects the namespace and which fields <see cref="ManifestValidator"/>
/// requires. The shape follows the WCO data model as China's 《舱单报文格式》 V1.1 uses it; which parts are verified
/// is listed in docs/manifests.md. Elements the SDK does not model are kept in <c>AdditionalElements</c>.
/// Immutable, with value equality. Read with <see cref="ManifestXmlReader"/>, write with <see cref="ManifestXmlWriter"/>.
/// </remarks>
public sealed record CargoManifest
{
    /// <summary>Gets the header (<c>Head</c>).</summary>
    public required ManifestHead Head { get; init; }

    /// <summary>Gets the business content (<c>Declaration</c>).</summary>
    public required ManifestDeclaration Declaration { get; init; }

    /// <summary>Gets root-level elements the SDK does not model, read from a message; the writer puts them back at the end.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
