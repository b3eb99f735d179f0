using System.Globalization;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Origin;

/// <summary>Holds the choices the certificate message leaves open: the sources disagree or say nothing on them (reference/china-formats.md §3, §8).</summary>
public sealed record OriginXmlOptions
{
    /// <summary>Gets the defaults: no namespace, dates <c>yyyy-MM-dd</c>, indented, extensions left out.</summary>
    public static OriginXmlOptions Default { get; } = new();

    /// <summary>Gets the namespace of <c>Certificate</c> and its children; empty (none) by default. The namespace is
    /// unverified: one implementation declares the XML-DSig namespace as default, probably a generator artefact.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>Gets the format of written dates, <c>yyyy-MM-dd</c> by default (unverified). The reader accepts <c>yyyy-MM-dd</c> and <c>yyyyMMdd</c>.</summary>
    public string DateFormat { get; init; } = "yyyy-MM-dd";

    /// <summary>Gets a value indicating whether to indent two spaces a level.</summary>
    public bool Indent { get; init; } = true;

    /// <summary>Gets the mapping applied before writing, which may move <see cref="CertificateOfOrigin.Extensions"/> into wire
    /// fields (such as <see cref="OriginExtensionMaps.IntoRemarks"/>); <see langword="null"/> leaves the extensions out.</summary>
    public Func<CertificateOfOrigin, CertificateOfOrigin>? MapExtensions { get; init; }
}

/// <summary>Ready-made <see cref="OriginXmlOptions.MapExtensions"/> mappings.</summary>
public static class OriginExtensionMaps
{
    /// <summary>Gets a mapping that writes the extensions as lines of the remarks (<c>Remark</c>, RCEP box 14), where the
    /// RCEP overleaf notes put a back-to-back certificate's original (note 11), and clears them.</summary>
    /// <value>Lines such as <c>BACK-TO-BACK: ORIGINAL JP-2026-0001 ISSUED 2026-11-02 IN JPN, FIRST RCEP COUNTRY OF ORIGIN JPN</c>,
    /// <c>ACU: ITEM 1 CUMULATES ORIGINATING MATERIALS OF JPN, KOR</c> and <c>ISSUED RETROACTIVELY</c>.</value>
    public static Func<CertificateOfOrigin, CertificateOfOrigin> IntoRemarks { get; } = static c => c.Extensions is { } x
        ? c with { Head = c.Head with { Remark = string.Join('\n', new[] { c.Head.Remark }.Concat(Lines(x)).Where(static l => !string.IsNullOrEmpty(l))) }, Extensions = null }
        : c;

    /// <summary>Formats the extensions as the remark lines of <see cref="IntoRemarks"/>; the printed certificate shows the same lines.</summary>
    internal static IEnumerable<string> Lines(OriginExtensions x)
    {
        if (x.BackToBack is { } b)
        {
            var date = b.OriginalIssueDate?.ToString(" 'ISSUED' yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return $"BACK-TO-BACK: ORIGINAL {b.OriginalReference}{date}{(b.IssuingParty is null ? null : " IN " + b.IssuingParty)}" +
                $"{(b.FirstCountryOfOrigin is null ? null : ", FIRST RCEP COUNTRY OF ORIGIN " + b.FirstCountryOfOrigin)}{(b.ApprovedExporterCode is null ? null : ", APPROVED EXPORTER " + b.ApprovedExporterCode)}";
        }

        foreach (var line in x.Cumulation)
        {
            yield return $"ACU: ITEM {line.LineNumber.ToString(CultureInfo.InvariantCulture)} CUMULATES ORIGINATING MATERIALS OF {string.Join(", ", line.Parties)}";
        }

        if (x.IssuedRetroactively)
        {
            yield return "ISSUED RETROACTIVELY";
        }
    }
}

/// <summary>Writes a <see cref="CertificateOfOrigin"/> as a <c>Certificate</c> message, and status receipts in the SDK's format.</summary>
/// <remarks>
/// Blocks in the order <c>CertificateHead</c>, <c>CertificateList</c>, <c>ModCertificate</c>, <c>NonpartyCorpList</c>,
/// <c>OriInvs</c>, <c>AplPromise</c>; leaves in the order of docs/origin.md; unset values left out; numbers invariant with
/// no exponent; UTF-8 without a byte order mark. Namespace and date format: <see cref="OriginXmlOptions"/>. The writer does
/// not validate: use <see cref="OriginValidator"/> first. Thread-safe.
/// </remarks>
public sealed class OriginXmlWriter
{
    /// <summary>The namespace of the SDK's own certificate status receipts (<see cref="CertificateReceipt"/>).</summary>
    public const string ReceiptNamespace = "urn:gateway-sdk:origin:1";

    private readonly OriginXmlOptions _options;

    /// <summary>Initializes a new instance of the <see cref="OriginXmlWriter"/> class.</summary>
    /// <param name="options">The choices; <see langword="null"/> for <see cref="OriginXmlOptions.Default"/>.</param>
    public OriginXmlWriter(OriginXmlOptions? options = null) => _options = options ?? OriginXmlOptions.Default;

    /// <summary>Writes a certificate application to a stream.</summary>
    /// <param name="certificate">The application.</param>
    /// <param name="utf8Output">The stream to write UTF-8 bytes to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DocumentValidationException">A text holds a character XML cannot carry (<c>COX004</c>), or a kept element is not well-formed (<c>XML012</c>).</exception>
    public void Write(CertificateOfOrigin certificate, Stream utf8Output)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(utf8Output);
        var c = _options.MapExtensions?.Invoke(certificate) ?? certificate;
        using var output = new Utf8XmlEmitter(utf8Output);
        output.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8);
        var w = new NestedXmlWriter(output, _options.Indent, "COX004");
        w.Open("Certificate", _options.Namespace.Length == 0 ? null : $" xmlns=\"{System.Security.SecurityElement.Escape(_options.Namespace)}\"");
        OriginBlocks.Head.Write(w, c.Head, _options);
        w.Open("CertificateList");
        foreach (var goods in c.Goods)
        {
            OriginBlocks.Goods.Write(w, goods, _options);
        }

        w.Close();
        if (c.Modification is { } modification)
        {
            OriginBlocks.Modification.Write(w, modification, _options);
        }

        List("NonpartyCorpList", c.NonPartyOperators, OriginBlocks.NonPartyOperator, w);
        List("OriInvs", c.Invoices, OriginBlocks.Invoice, w);
        w.Wrapped("AplPromise", "AplPromiseCode", c.ApplicantCommitment);
        w.Extensions(c.AdditionalElements);
        w.Close();
    }

    /// <summary>Writes a certificate application to a byte array.</summary>
    /// <param name="certificate">The application.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certificate"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentValidationException">A text holds a character XML cannot carry (<c>COX004</c>), or a kept element is not well-formed (<c>XML012</c>).</exception>
    public byte[] Write(CertificateOfOrigin certificate)
    {
        using var stream = new MemoryStream();
        Write(certificate, stream);
        return stream.ToArray();
    }

    /// <summary>Writes a status receipt (<c>CertificateReceipt</c> in <see cref="ReceiptNamespace"/>).</summary>
    /// <param name="receipt">The receipt.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipt"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentValidationException">A text holds a character XML cannot carry (<c>COX004</c>).</exception>
    public static byte[] WriteReceipt(CertificateReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        using var stream = new MemoryStream();
        using (var output = new Utf8XmlEmitter(stream))
        {
            output.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8);
            var w = new NestedXmlWriter(output, true, "COX004");
            w.Open("CertificateReceipt", $" xmlns=\"{ReceiptNamespace}\"");
            w.Leaf("CertNo", receipt.CertificateNumber);
            w.Leaf("Code", receipt.Code);
            w.Leaf("IssuedAt", receipt.IssuedAt.ToString(CertificateReceipt.TimeFormat, CultureInfo.InvariantCulture));
            w.Leaf("IssuedCertNo", receipt.IssuedCertificateNumber);
            w.Leaf("Note", receipt.Note);
            w.Close();
        }

        return stream.ToArray();
    }

    private void List<T>(string wrapper, IReadOnlyList<T> items, OriginBlock<T> block, NestedXmlWriter w)
        where T : class, new()
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Open(wrapper);
        foreach (var item in items)
        {
            block.Write(w, item, _options);
        }

        w.Close();
    }
}

/// <summary>Reads a <c>Certificate</c> message (in any namespace, see <see cref="OriginXmlOptions.Namespace"/>) into a
/// <see cref="CertificateOfOrigin"/>, and the SDK's status receipts.</summary>
/// <remarks>
/// Input is treated as hostile: DTDs and entities are refused, size and nesting are limited (<see cref="XmlLimits"/>), the
/// text must be UTF-8; such problems come back in the report, never as an exception. Issues: <c>COX001</c> the root is not
/// <c>Certificate</c> (or <c>CertificateReceipt</c>); <c>COX002</c> <c>CertificateHead</c> or <c>CertificateList</c> missing;
/// <c>COX003</c> a value that does not convert (left unset); <c>XML006</c> an element repeated; <c>XML010</c> (warning) an
/// element the SDK does not know, kept in <c>AdditionalElements</c> under the root, head and goods lines and dropped
/// elsewhere. Child order is not enforced. Thread-safe.
/// </remarks>
public sealed class OriginXmlReader
{
    private static readonly XmlVocabulary Root = new(["CertificateHead", "CertificateList", "ModCertificate", "NonpartyCorpList", "OriInvs", "AplPromise"], keepsUnknown: true);
    private static readonly XmlVocabulary GoodsList = new([], ["Goods"]);
    private static readonly XmlVocabulary OperatorList = new([], ["NonpartyCorp"]);
    private static readonly XmlVocabulary InvoiceList = new([], ["OriInv"]);
    private static readonly XmlVocabulary Promise = new(["AplPromiseCode"]);
    private static readonly XmlVocabulary Receipt = new(["CertNo", "Code", "IssuedAt", "IssuedCertNo", "Note"]);

    private readonly XmlLimits _limits;

    /// <summary>Initializes a new instance of the <see cref="OriginXmlReader"/> class.</summary>
    /// <param name="limits">Input limits; <see langword="null"/> for <see cref="XmlLimits.Default"/>.</param>
    public OriginXmlReader(XmlLimits? limits = null) => _limits = limits ?? XmlLimits.Default;

    /// <summary>Reads a certificate application from UTF-8 XML.</summary>
    /// <param name="utf8Xml">The document; read to its end and left open.</param>
    /// <returns>The application (unless the document is not a readable certificate message) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<CertificateOfOrigin> Read(Stream utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        var s = new ReadSession(_limits, recordPositions: false);
        return new ReadResult<CertificateOfOrigin>(Read(utf8Xml, s), new ValidationReport(s.Issues));
    }

    /// <summary>Reads a certificate application from UTF-8 XML bytes.</summary>
    /// <param name="utf8Xml">The document.</param>
    /// <returns>The application (unless the document is not a readable certificate message) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<CertificateOfOrigin> Read(byte[] utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        using var stream = new MemoryStream(utf8Xml, writable: false);
        return Read(stream);
    }

    /// <summary>Reads a status receipt (<see cref="CertificateReceipt"/>) from UTF-8 XML bytes.</summary>
    /// <param name="utf8Xml">The document.</param>
    /// <returns>The receipt (unless the document is not a readable receipt) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<CertificateReceipt> ReadReceipt(byte[] utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        var s = new ReadSession(_limits, recordPositions: false);
        using var stream = new MemoryStream(utf8Xml, writable: false);
        var root = XmlTree.ReadDocument(stream, s, "COX001", static (name, ns) => name == "CertificateReceipt" && ns == OriginXmlWriter.ReceiptNamespace ? null
            : $"the root element is {{{ns}}}{name}; a certificate status receipt is CertificateReceipt in namespace {OriginXmlWriter.ReceiptNamespace}");
        if (root is null)
        {
            return new ReadResult<CertificateReceipt>(null, new ValidationReport(s.Issues));
        }

        Receipt.Check(root, "/CertificateReceipt", root.Namespace, s);
        string? Text(string name)
        {
            var node = Child(root, name);
            if (node is null && name != "Note" && name != "IssuedCertNo")
            {
                s.Add("COX002", ValidationSeverity.Error, $"{name} is missing: a status receipt has CertNo, Code and IssuedAt", $"/CertificateReceipt/{name}", null, root.Line, root.Column);
            }

            return node?.Text;
        }

        var (number, code, issued) = (Text("CertNo"), Text("Code"), Text("IssuedAt"));
        DateTimeOffset? at = null;
        if (issued is not null && DateTimeOffset.TryParseExact(issued, CertificateReceipt.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            at = t;
        }
        else if (issued is not null)
        {
            s.Add("COX003", ValidationSeverity.Error, $"IssuedAt {XmlFormat.Excerpt(issued)} is not a time written yyyy-MM-ddTHH:mm:ss+08:00", "/CertificateReceipt/IssuedAt", null, root.Line, root.Column);
        }

        var receipt = number is null || code is null || at is null ? null : new CertificateReceipt
        {
            CertificateNumber = number,
            Code = code,
            IssuedAt = at.Value,
            IssuedCertificateNumber = Text("IssuedCertNo"),
            Note = Text("Note"),
        };
        return new ReadResult<CertificateReceipt>(receipt, new ValidationReport(s.Issues));
    }

    /// <summary>Reads an application, leaving the issues (and, when the session records them, the elements' positions) in the session.</summary>
    internal static CertificateOfOrigin? Read(Stream utf8Xml, ReadSession s)
    {
        var root = XmlTree.ReadDocument(utf8Xml, s, "COX001", static (name, ns) => name == "Certificate" ? null
            : $"the root element is {{{ns}}}{name}; a certificate of origin application is Certificate (with CertificateHead and CertificateList)");
        if (root is null)
        {
            return null;
        }

        var kept = Root.Check(root, "/Certificate", root.Namespace, s);
        var head = Child(root, "CertificateHead");
        var list = Child(root, "CertificateList");
        foreach (var (name, node) in new[] { ("CertificateHead", head), ("CertificateList", list) }.Where(static p => p.Item2 is null))
        {
            s.Add("COX002", ValidationSeverity.Error, $"{name} is missing: a certificate application has CertificateHead, then CertificateList with its Goods lines", $"/Certificate/{name}", null, root.Line, root.Column);
        }

        var promise = Child(root, "AplPromise");
        if (promise is not null)
        {
            Promise.Check(promise, "/Certificate/AplPromise", root.Namespace, s);
        }

        return new CertificateOfOrigin
        {
            Head = head is null ? new CertificateHead() : OriginBlocks.Head.Read(head, "/Certificate/CertificateHead", "Head", s),
            Goods = Items(list, GoodsList, "/Certificate/CertificateList", "Goods", OriginBlocks.Goods, "Goods", s),
            Modification = Child(root, "ModCertificate") is { } modification ? OriginBlocks.Modification.Read(modification, "/Certificate/ModCertificate", "Modification", s) : null,
            NonPartyOperators = Items(Child(root, "NonpartyCorpList"), OperatorList, "/Certificate/NonpartyCorpList", "NonpartyCorp", OriginBlocks.NonPartyOperator, "NonPartyOperators", s),
            Invoices = Items(Child(root, "OriInvs"), InvoiceList, "/Certificate/OriInvs", "OriInv", OriginBlocks.Invoice, "Invoices", s),
            ApplicantCommitment = Child(promise, "AplPromiseCode")?.Text,
            AdditionalElements = kept,
        };
    }

    private static List<T> Items<T>(XmlTree? list, XmlVocabulary vocabulary, string xpath, string element, OriginBlock<T> block, string property, ReadSession s)
        where T : class, new()
    {
        if (list is null)
        {
            return [];
        }

        vocabulary.Check(list, xpath, list.Namespace, s);
        return [.. list.Children.Where(c => c.Name == element && c.Namespace == list.Namespace).Select((c, i) => block.Read(c, $"{xpath}/{element}[{i + 1}]", $"{property}[{i}]", s))];
    }

    private static XmlTree? Child(XmlTree? node, string name) => node?.Children.FirstOrDefault(c => c.Name == name && c.Namespace == node.Namespace);
}
