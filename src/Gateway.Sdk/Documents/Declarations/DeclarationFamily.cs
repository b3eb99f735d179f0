using System.Collections.Frozen;
using Gateway.Sdk.Transport;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Registers customs declarations (<c>DecMessage</c>) with <see cref="DocumentValidator"/>.</summary>
internal sealed class DeclarationFamily : DocumentFamily
{
    private static readonly FrozenSet<string> Repeated = FrozenSet.ToFrozenSet(
        ["DecList", "DecGoodsLimit", "DecGoodsLimitVin", "Container", "LicenseDocu", "DecRequestCert", "DecOtherPack", "DecCopLimit", "DecUser", "DecCopPromise", "EdocRealation", "EcoRelation"],
        StringComparer.Ordinal);

    public override string Name => "declaration";

    public override string RootElement => "DecMessage";

    public override string Namespace => CustomsDeclaration.Namespace;

    public override IReadOnlySet<string> RepeatedElements => Repeated;

    public override string MessageTypeOf(string ns) => "DECMSG";

    public override bool Accepts(string root, string ns) => root == RootElement && ns == Namespace;

    public override string ClientIdPath => "DecSign/ClientSeqNo";

    public override IReadOnlySet<string> ReceiptRoots { get; } = FrozenSet.ToFrozenSet(["DecImportResponse", "DEC_RESULT", "DEC_DATA"], StringComparer.Ordinal);

    public override GatewayReceipt? ReadReceipt(ReadOnlyMemory<byte> xml, XmlLimits limits, out ValidationReport report)
    {
        using var stream = new MemoryStream(xml.ToArray(), writable: false);
        var result = new DeclarationReceiptReader(limits).Read(stream);
        report = result.Report;
        return result.Value is { } receipt ? GatewayReceipt.From(receipt) : null;
    }

    public override IReadOnlyList<ValidationIssue> ReadAndValidate(Stream utf8Xml, ReadSession session, ValidationLevel? level, DocumentValidatorOptions options)
    {
        var declaration = new DeclarationXmlReader(session.Limits).Read(utf8Xml, session);
        return declaration is null ? [] : new DeclarationValidator(options.Declarations).Validate(declaration, level).Issues;
    }
}
