using System.Globalization;
using System.Text;
using System.Xml;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Transport;

/// <summary>Represents the China E-Port data-exchange envelope <c>dxp:DxpMsg</c> that carries one business message.</summary>
/// <remarks>
/// Element names follow the DXP schema as bound by independent implementations (reference/china-formats.md §5.1,
/// confidence medium-high), including the official misspelling <c>CreatTime</c>. <see cref="CopMsgId"/> is the
/// de-duplication key: fix it once, before the first attempt, and reuse it for every retry
/// (<see cref="GatewayMessage.EnvelopeAsync"/> does). <see cref="ToXml"/> and <see cref="Read"/> are inverse; the
/// envelope may then be signed with <see cref="Signing.XmlSigner"/>, which appends <c>ds:Signature</c> after
/// <c>AddInfo</c> as the schema places it.
/// </remarks>
public sealed record DxpEnvelope
{
    /// <summary>The DXP namespace, <c>http://www.chinaport.gov.cn/dxp</c>.</summary>
    public const string Namespace = "http://www.chinaport.gov.cn/dxp";

    /// <summary>The receiver node of customs declarations, <c>DXPEDCDEC0000001</c>.</summary>
    public const string DeclarationReceiver = "DXPEDCDEC0000001";

    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Entitize };

    /// <summary>Gets the enterprise-side message id (<c>CopMsgId</c>, 1 to 255 characters): the de-duplication key.</summary>
    public required string CopMsgId { get; init; }

    /// <summary>Gets the sender's DXP node id (<c>SenderId</c>, up to 16 characters, such as <c>DXPENT0000012345</c>).</summary>
    public required string SenderId { get; init; }

    /// <summary>Gets the receivers' DXP node ids (<c>ReceiverIds/ReceiverId</c>, 1 to 5, each up to 16 characters).</summary>
    public required IReadOnlyList<string> ReceiverIds { get; init; }

    /// <summary>Gets the creation time (wire name <c>CreatTime</c>, sic), written with its offset to the millisecond.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets the business message type (<c>MsgType</c>, up to 30 characters, such as <c>DECMSG</c> or <c>MT2101</c>).</summary>
    public required string MessageType { get; init; }

    /// <summary>Gets the business message (UTF-8 XML), sent base64-encoded in <c>Data</c>.</summary>
    public required ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>Gets the original file name (<c>AddInfo/FileName</c>), conventionally <c>{MsgType}_{CopMsgId}.xml</c>.</summary>
    public string? FileName { get; init; }

    /// <summary>Gets the IC card number (<c>AddInfo/IcCard</c>).</summary>
    public string? IcCard { get; init; }

    /// <summary>Gets the business keys for routing and search (<c>AddInfo/BizKey/Key</c>).</summary>
    public IReadOnlyList<string> BusinessKeys { get; init; } = [];

    /// <summary>Makes a new message id in the upper-case UUID form the single window uses.</summary>
    /// <returns>A 36-character id such as <c>0F8FAD5B-D9CB-469F-A165-70867728950E</c>.</returns>
    public static string NewCopMsgId() => Guid.NewGuid().ToString("D").ToUpperInvariant();

    /// <summary>Checks the envelope's fields against the DXP schema's lengths and occurrences.</summary>
    /// <returns>The problems found (codes <c>DXP0xx</c>); empty when the envelope can be sent.</returns>
    public ValidationReport Validate()
    {
        var issues = new List<ValidationIssue>();
        Check(issues, "CopMsgId", CopMsgId, 255);
        Check(issues, "SenderId", SenderId, 16);
        Check(issues, "MsgType", MessageType, 30);
        if (ReceiverIds is null || ReceiverIds.Count is < 1 or > 5)
        {
            issues.Add(Issue("DXP002", $"ReceiverIds holds {ReceiverIds?.Count ?? 0} receivers; the envelope needs 1 to 5 (declarations go to {DeclarationReceiver})", "ReceiverIds/ReceiverId"));
        }
        else
        {
            for (var i = 0; i < ReceiverIds.Count; i++)
            {
                Check(issues, $"ReceiverIds/ReceiverId[{i + 1}]", ReceiverIds[i], 16);
            }
        }

        if (Data.IsEmpty)
        {
            issues.Add(Issue("DXP001", "Data is empty; the envelope must carry the business message", "Data"));
        }

        return new ValidationReport(issues);
    }

    /// <summary>Writes the envelope as UTF-8 XML without a byte order mark; the same envelope always gives the same bytes.</summary>
    /// <returns>The envelope document.</returns>
    /// <exception cref="DocumentValidationException">A field breaks the schema (see <see cref="Validate"/>).</exception>
    public byte[] ToXml()
    {
        Validate().ThrowIfInvalid();
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, WriterSettings))
        {
            w.WriteStartElement("dxp", "DxpMsg", Namespace);
            w.WriteAttributeString("ver", "1.0");
            w.WriteAttributeString("xmlns", "ds", null, Signing.XmlDsig.Namespace);
            w.WriteStartElement("dxp", "TransInfo", Namespace);
            w.WriteElementString("dxp", "CopMsgId", Namespace, CopMsgId);
            w.WriteElementString("dxp", "SenderId", Namespace, SenderId);
            w.WriteStartElement("dxp", "ReceiverIds", Namespace);
            foreach (var receiver in ReceiverIds)
            {
                w.WriteElementString("dxp", "ReceiverId", Namespace, receiver);
            }

            w.WriteEndElement();
            w.WriteElementString("dxp", "CreatTime", Namespace, CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
            w.WriteElementString("dxp", "MsgType", Namespace, MessageType);
            w.WriteEndElement();
            w.WriteElementString("dxp", "Data", Namespace, Convert.ToBase64String(Data.Span));
            if (FileName is not null || IcCard is not null || BusinessKeys.Count > 0)
            {
                w.WriteStartElement("dxp", "AddInfo", Namespace);
                WriteOptional(w, "FileName", FileName);
                WriteOptional(w, "IcCard", IcCard);
                if (BusinessKeys.Count > 0)
                {
                    w.WriteStartElement("dxp", "BizKey", Namespace);
                    foreach (var key in BusinessKeys)
                    {
                        w.WriteElementString("dxp", "Key", Namespace, key);
                    }

                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads an envelope; a <c>ds:Signature</c> in it is left for <see cref="Signing.XmlSignatureVerifier"/>.</summary>
    /// <param name="xml">The envelope document, UTF-8.</param>
    /// <param name="limits">Input limits; <see langword="null"/> for <see cref="XmlLimits.Default"/>.</param>
    /// <returns>The envelope, or <see langword="null"/> with the problems (<c>XML0xx</c> for unreadable XML, <c>DXP0xx</c> for the envelope).</returns>
    public static ReadResult<DxpEnvelope> Read(ReadOnlyMemory<byte> xml, XmlLimits? limits = null)
    {
        limits ??= XmlLimits.Default;
        XmlDocument document;
        try
        {
            document = XmlInput.LoadDocument(xml, limits);
        }
        catch (Exception e) when (XmlInput.ToIssue(e, limits) is { } issue)
        {
            return new ReadResult<DxpEnvelope>(null, new ValidationReport([issue]));
        }

        return FromDocument(document);
    }

    /// <summary>Reads an envelope from a document already loaded with the SDK's safe settings.</summary>
    internal static ReadResult<DxpEnvelope> FromDocument(XmlDocument document)
    {
        var root = document.DocumentElement!;
        if (root.LocalName != "DxpMsg" || root.NamespaceURI != Namespace)
        {
            return Failed(Issue("DXP003", $"the root element is {{{root.NamespaceURI}}}{root.LocalName}, not a DXP envelope {{{Namespace}}}DxpMsg", "/"));
        }

        var issues = new List<ValidationIssue>();
        var info = Child(root, "TransInfo");
        var data = Text(root, "Data");
        byte[] payload = [];
        var dataIsBase64 = true;
        try
        {
            payload = Convert.FromBase64String(data ?? string.Empty);
        }
        catch (FormatException)
        {
            dataIsBase64 = false;
            issues.Add(Issue("DXP004", "Data is not base64; it must hold the base64 of the UTF-8 business message", "Data"));
        }

        if (!DateTimeOffset.TryParse(Text(info, "CreatTime"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var created))
        {
            issues.Add(Issue("DXP005", $"CreatTime '{Text(info, "CreatTime")}' is not an xsd:dateTime such as 2026-11-22T10:00:00.000+08:00", "TransInfo/CreatTime"));
        }

        var addInfo = Child(root, "AddInfo");
        var envelope = new DxpEnvelope
        {
            CopMsgId = Text(info, "CopMsgId") ?? string.Empty,
            SenderId = Text(info, "SenderId") ?? string.Empty,
            ReceiverIds = Children(Child(info, "ReceiverIds"), "ReceiverId"),
            CreatedAt = created,
            MessageType = Text(info, "MsgType") ?? string.Empty,
            Data = payload,
            FileName = Text(addInfo, "FileName"),
            IcCard = Text(addInfo, "IcCard"),
            BusinessKeys = Children(Child(addInfo, "BizKey"), "Key"),
        };
        issues.AddRange(envelope.Validate().Issues.Where(i => dataIsBase64 || !i.Message.StartsWith("Data ", StringComparison.Ordinal)));
        return new ReadResult<DxpEnvelope>(issues.Count == 0 ? envelope : null, new ValidationReport(issues));
    }

    private static ReadResult<DxpEnvelope> Failed(ValidationIssue issue) => new(null, new ValidationReport([issue]));

    private static void WriteOptional(XmlWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteElementString("dxp", name, Namespace, value);
        }
    }

    private static void Check(List<ValidationIssue> issues, string path, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            issues.Add(Issue("DXP001", $"{path} is missing; the DXP envelope requires it", path));
        }
        else if (value.Length > maxLength)
        {
            issues.Add(Issue("DXP002", $"{path} has {value.Length} characters; the DXP envelope allows at most {maxLength}", path));
        }
    }

    private static ValidationIssue Issue(string code, string message, string path) =>
        new(code, ValidationSeverity.Error, message, new IssueLocation { XPath = path == "/" ? "/" : "/dxp:DxpMsg/dxp:" + path.Replace("/", "/dxp:", StringComparison.Ordinal) });

    private static XmlElement? Child(XmlElement? parent, string name) =>
        parent?.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == name && e.NamespaceURI == Namespace);

    private static string? Text(XmlElement? parent, string name) => Child(parent, name)?.InnerText.Trim();

    private static List<string> Children(XmlElement? parent, string name) =>
        parent is null ? [] : [.. parent.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == name && e.NamespaceURI == Namespace).Select(e => e.InnerText.Trim())];
}
