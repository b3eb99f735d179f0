using System.Collections.Frozen;
using System.Globalization;
using System.Xml;
using Gateway.Sdk.Transport;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Origin;

/// <summary>Registers certificate of origin applications (<c>Certificate</c>, in any namespace since the real one is
/// unverified) with <see cref="DocumentValidator"/> and the transport; the client-side id is <c>CertificateHead/CertNo</c>.</summary>
internal sealed class OriginFamily : DocumentFamily
{
    private static readonly FrozenSet<string> Repeated = FrozenSet.ToFrozenSet(["Goods", "NonpartyCorp", "OriInv"], StringComparer.Ordinal);

    public override string Name => "origin";

    public override string RootElement => "Certificate";

    public override string Namespace => "any namespace, none by default";

    public override IReadOnlySet<string> RepeatedElements => Repeated;

    /// <summary>Gets the message type: the origin module's exchange has no public DXP type, so the SDK names it.</summary>
    public override string MessageTypeOf(string ns) => "CERTIFICATE";

    public override bool Accepts(string root, string ns) => root == RootElement;

    public override string ClientIdPath => "CertificateHead/CertNo";

    public override IReadOnlySet<string> ReceiptRoots { get; } = FrozenSet.ToFrozenSet(["CertificateReceipt"], StringComparer.Ordinal);

    public override GatewayReceipt? ReadReceipt(ReadOnlyMemory<byte> xml, XmlLimits limits, out ValidationReport report)
    {
        var result = new OriginXmlReader(limits).ReadReceipt(xml.ToArray());
        report = result.Report;
        return result.Value is { } receipt ? GatewayReceipt.From(receipt) : null;
    }

    public override IReadOnlyList<ValidationIssue> ReadAndValidate(Stream utf8Xml, ReadSession session, ValidationLevel? level, DocumentValidatorOptions options) =>
        OriginXmlReader.Read(utf8Xml, session) is { } certificate
            ? [.. new OriginValidator(options.Origin).Validate(certificate).Issues.Select(static i => i with { Location = i.Location with { XPath = XPath(i.Location.PropertyPath) } })]
            : [];

    /// <summary>Turns a rule's property path (<c>Goods[2].HsCode</c>) into the element's XPath (<c>/Certificate/CertificateList/Goods[3]/HSCode</c>);
    /// <see langword="null"/> for the SDK's extensions, which are not on the wire.</summary>
    internal static string? XPath(string? propertyPath)
    {
        if (propertyPath is null || propertyPath.StartsWith("Extensions", StringComparison.Ordinal))
        {
            return null;
        }

        var dot = propertyPath.IndexOf('.', StringComparison.Ordinal);
        var (block, property) = dot < 0 ? (propertyPath, null) : (propertyPath[..dot], propertyPath[(dot + 1)..]);
        var bracket = block.IndexOf('[', StringComparison.Ordinal);
        var index = bracket < 0 ? (int?)null : int.Parse(block.AsSpan(bracket + 1, block.Length - bracket - 2), CultureInfo.InvariantCulture) + 1;
        var (path, fields) = (bracket < 0 ? block : block[..bracket]) switch
        {
            "Head" => ("/Certificate/CertificateHead", OriginBlocks.Head.Fields.Select(static f => (f.Property, f.Element))),
            "Goods" => (index is null ? "/Certificate/CertificateList" : $"/Certificate/CertificateList/Goods[{index}]", OriginBlocks.Goods.Fields.Select(static f => (f.Property, f.Element))),
            "Modification" => ("/Certificate/ModCertificate", OriginBlocks.Modification.Fields.Select(static f => (f.Property, f.Element))),
            "Invoices" => (index is null ? "/Certificate/OriInvs" : $"/Certificate/OriInvs/OriInv[{index}]", OriginBlocks.Invoice.Fields.Select(static f => (f.Property, f.Element))),
            _ => ("/Certificate", []),
        };
        return property is null ? path : $"{path}/{fields.FirstOrDefault(f => f.Property == property).Element ?? property}";
    }
}
