using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;
using V = Gateway.Sdk.Documents.Manifests.ManifestVocabulary;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Reads an MT9999 manifest receipt (<c>Manifest</c> in <c>urn:Declaration:datamodel:standard:CN:MT9999:1</c>) into a <see cref="ManifestReceipt"/>.</summary>
/// <remarks>Hostile input ends in the report, never in an exception. A result without a code is an error (<c>MAN001</c>) and is left out. Thread-safe.</remarks>
public sealed class ManifestReceiptReader
{
    private readonly XmlLimits _limits;

    /// <summary>Initializes a new instance of the <see cref="ManifestReceiptReader"/> class.</summary>
    /// <param name="limits">Input limits; <see langword="null"/> for <see cref="XmlLimits.Default"/>.</param>
    public ManifestReceiptReader(XmlLimits? limits = null) => _limits = limits ?? XmlLimits.Default;

    /// <summary>Reads a receipt from UTF-8 XML.</summary>
    /// <param name="utf8Xml">The document; read to its end and left open.</param>
    /// <returns>The receipt (unless the input is not a readable MT9999 receipt) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<ManifestReceipt> Read(Stream utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        var s = new ReadSession(_limits, recordPositions: false);
        return new ReadResult<ManifestReceipt>(Read(utf8Xml, s), new ValidationReport(s.Issues));
    }

    /// <summary>Reads a receipt from UTF-8 XML bytes.</summary>
    /// <param name="utf8Xml">The document.</param>
    /// <returns>The receipt (unless the input is not a readable MT9999 receipt) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<ManifestReceipt> Read(byte[] utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        using var stream = new MemoryStream(utf8Xml, writable: false);
        return Read(stream);
    }

    private static ManifestReceipt? Read(Stream utf8Xml, ReadSession s)
    {
        if (ManifestNodes.Root(utf8Xml, s, out var type) is not { } root)
        {
            return null;
        }

        if (type != ManifestMessageType.Receipt)
        {
            s.Add("MAN000", ValidationSeverity.Error, $"this is an {type} message, not an MT9999 receipt: read it with ManifestXmlReader", "/Manifest", null, root.Line, root.Column);
            return null;
        }

        var n = new ManifestNodes(s, type.Namespace);
        V.Manifest.Check(root, "/Manifest", n.Namespace, s);
        var head = ManifestXmlReader.Head(n, root, type);
        var (response, x) = n.Block(root, "Response", "/Manifest", V.Response);
        if (response is null)
        {
            s.Add("MAN001", ValidationSeverity.Error, "Response is missing: a receipt has Head and then Response", x, null, root.Line, root.Column);
            return new ManifestReceipt { Head = head };
        }

        var (means, mx) = n.Block(response, "BorderTransportMeans", x, V.BorderTransportMeans);
        return new ManifestReceipt
        {
            Head = head,
            JourneyId = n.Text(means, "JourneyID", mx),
            TransportMeansId = n.Text(means, "ID", mx),
            Bills = [.. n.Each(response, "Consignment").Select(c => Bill(n, c.Node, $"{x}/Consignment[{c.Index}]")).OfType<ManifestBillResult>()],
            Containers = Containers(n, response, x),
        };
    }

    private static ManifestBillResult? Bill(ManifestNodes n, XmlTree c, string x)
    {
        V.ResponseConsignment.Check(c, x, n.Namespace, n.Session);
        return Response(n, c, x) is { } response
            ? new ManifestBillResult
            {
                MasterBillId = n.Text(c, "TransportContractDocument", "ID", x, V.Id),
                HouseBillId = n.Text(c, "AssociatedTransportDocument", "ID", x, V.Id),
                Response = response,
                Containers = Containers(n, c, x),
            }
            : null;
    }

    private static List<ManifestContainerResult> Containers(ManifestNodes n, XmlTree parent, string x) =>
        [.. n.Each(parent, "TransportEquipment").Select(e =>
        {
            var ex = $"{x}/TransportEquipment[{e.Index}]";
            V.ResponseEquipment.Check(e.Node, ex, n.Namespace, n.Session);
            return Response(n, e.Node, ex) is { } response ? new ManifestContainerResult(n.Text(e.Node, "EquipmentIdentification", "ID", ex, V.Id), response) : null;
        }).OfType<ManifestContainerResult>()];

    private static ManifestResponse? Response(ManifestNodes n, XmlTree parent, string x)
    {
        var (type, tx) = n.Block(parent, "ResponseType", x, V.ResponseType);
        if (n.Text(type, "Code", tx)?.Trim() is { Length: > 0 } code)
        {
            return new ManifestResponse(new ManifestResponseCode(code), n.Text(type, "Text", tx));
        }

        n.Session.Add("MAN001", ValidationSeverity.Error, "ResponseType/Code is missing: each result of a receipt has a code (01, 02, 03, 11, 12, 13)", tx + "/Code", null, (type ?? parent).Line, (type ?? parent).Column);
        return null;
    }
}
