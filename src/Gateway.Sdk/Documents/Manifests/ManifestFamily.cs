using System.Collections.Frozen;
using Gateway.Sdk.Transport;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Registers cargo manifests (<c>Manifest</c>, MTxxxx namespaces) with <see cref="DocumentValidator"/> and the transport.</summary>
internal sealed class ManifestFamily : DocumentFamily
{
    private static readonly FrozenSet<string> Repeated = FrozenSet.ToFrozenSet(
        ["TransportEquipment", "Consignment", "ConsignmentItem", "TranshipmentLocation", "RoutingCountryCode", "PreviousCustomsDocument", "Communication", "SealID", "ConsignmentItem/EquipmentIdentification"],
        StringComparer.Ordinal);

    public override string Name => "manifest";

    public override string RootElement => "Manifest";

    public override string Namespace => "urn:Declaration:datamodel:standard:CN:MTxxxx:1";

    public override IReadOnlySet<string> RepeatedElements => Repeated;

    public override string ClientIdPath => "Head/MessageID";

    public override IReadOnlySet<string> ReceiptRoots { get; } = FrozenSet.ToFrozenSet(["Manifest"], StringComparer.Ordinal);

    /// <summary>Gets the message type, such as <c>MT2101</c>: the channel-specific DXP type of manifests is not public.</summary>
    public override string MessageTypeOf(string ns) => ManifestMessageType.TryFromNamespace(ns, out var type) ? type.Code : "MANIFEST";

    public override bool Accepts(string root, string ns) =>
        root == RootElement && ManifestMessageType.TryFromNamespace(ns, out var type) && type != ManifestMessageType.Receipt;

    public override GatewayReceipt? ReadReceipt(ReadOnlyMemory<byte> xml, XmlLimits limits, out ValidationReport report)
    {
        using var stream = new MemoryStream(xml.ToArray(), writable: false);
        var result = new ManifestReceiptReader(limits).Read(stream);
        report = result.Report;
        return result.Value is { } receipt ? GatewayReceipt.From(receipt) : null;
    }

    public override IReadOnlyList<ValidationIssue> ReadAndValidate(Stream utf8Xml, ReadSession session, ValidationLevel? level, DocumentValidatorOptions options) =>
        ManifestXmlReader.Read(utf8Xml, session) is { } manifest ? new ManifestValidator(options.Manifests).Validate(manifest).Issues : [];
}
