using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents;

/// <summary>Is what <see cref="DocumentValidator"/> needs from a filing family: how to recognise, read and check its XML.</summary>
/// <remarks>Adding a family means adding a folder with one of these and registering it in <see cref="All"/>.</remarks>
internal abstract class DocumentFamily
{
    public static IReadOnlyList<DocumentFamily> All { get; } = [new Declarations.DeclarationFamily(), new Manifests.ManifestFamily(), new TaxRefund.TaxRefundFamily(), new Origin.OriginFamily()];

    /// <summary>Gets the family's name as shown to users, such as <c>declaration</c>.</summary>
    public abstract string Name { get; }

    public abstract string RootElement { get; }

    /// <summary>Gets the namespace of the family's messages as shown to users.</summary>
    public abstract string Namespace { get; }

    /// <summary>Gets the elements that repeat under their parent and so carry an index in XPaths.</summary>
    public abstract IReadOnlySet<string> RepeatedElements { get; }

    /// <summary>Gets the DXP message type (<c>MsgType</c>) of a business message of the family, such as <c>DECMSG</c>.</summary>
    public abstract string MessageTypeOf(string ns);

    /// <summary>Says whether a root element in a namespace is one of the family's business messages.</summary>
    public abstract bool Accepts(string root, string ns);

    /// <summary>Gets the local-name path, below the root, of the client-side id that de-duplicates filings (<c>DecSign/ClientSeqNo</c>).</summary>
    public abstract string ClientIdPath { get; }

    /// <summary>Gets the client-side id of a message: by default the text at <see cref="ClientIdPath"/>.</summary>
    /// <returns>The id, or <see langword="null"/> or empty when the message has none.</returns>
    public virtual string? ClientId(System.Xml.XmlElement root)
    {
        var node = (System.Xml.XmlElement?)root;
        foreach (var step in ClientIdPath.Split('/'))
        {
            node = node?.ChildNodes.OfType<System.Xml.XmlElement>().FirstOrDefault(e => e.LocalName == step);
        }

        return node?.InnerText.Trim();
    }

    /// <summary>Gets the root elements of the family's receipts, matched by local name.</summary>
    public abstract IReadOnlySet<string> ReceiptRoots { get; }

    /// <summary>Finds the family of a business message by its root element and namespace.</summary>
    public static DocumentFamily? Of(string root, string ns) => All.FirstOrDefault(f => f.Accepts(root, ns));

    /// <summary>Lists the supported messages for an error message.</summary>
    public static string Supported => string.Join("; ", All.Select(static f => $"{f.RootElement} in {f.Namespace} ({f.Name})"));

    /// <summary>Reads one of the family's receipts; returns <see langword="null"/> with the problems when it cannot.</summary>
    public abstract Transport.GatewayReceipt? ReadReceipt(ReadOnlyMemory<byte> xml, XmlLimits limits, out ValidationReport report);

    /// <summary>Reads the document, leaving reading issues in the session, and returns the issues of the family's rules.</summary>
    public abstract IReadOnlyList<ValidationIssue> ReadAndValidate(Stream utf8Xml, ReadSession session, ValidationLevel? level, DocumentValidatorOptions options);
}
