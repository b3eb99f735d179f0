using System.Xml;
using System.Xml.Schema;
using Gateway.Sdk.Documents;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Validation;

/// <summary>Validates a message of any supported family: recognises it by its root element (or, for UN/EDIFACT, its
/// <c>UNA</c>/<c>UNB</c> start and <c>UNH</c> message type), checks it against its XSD or segment table, reads it and runs its rules.</summary>
/// <remarks>
/// What <c>gateway validate</c> runs. Issues carry line and column, XPath and, for rule issues, the model property
/// path. When the schema already reports an element, later stages do not report it again. Hostile input (DTDs,
/// entities, excessive size or nesting, wrong encodings, truncation) ends in an issue, never an exception. Thread-safe.
/// </remarks>
public sealed class DocumentValidator
{
    private readonly DocumentValidatorOptions _options;

    /// <summary>Initializes a new instance of the <see cref="DocumentValidator"/> class.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="DocumentValidatorOptions.Default"/>.</param>
    public DocumentValidator(DocumentValidatorOptions? options = null) => _options = options ?? DocumentValidatorOptions.Default;

    /// <summary>Validates a document.</summary>
    /// <param name="utf8Xml">The document; read to its end (up to the size limit) and left open.</param>
    /// <param name="level">The level; <see langword="null"/> to take it from the document (for declarations, <c>DecSign/OperType</c>).</param>
    /// <returns>The family and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    /// <exception cref="XmlSchemaException">A schema of the catalog is invalid.</exception>
    public DocumentValidationResult Validate(Stream utf8Xml, ValidationLevel? level = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        var limits = _options.Limits;
        var bytes = Buffer(utf8Xml, limits);
        if (bytes is null)
        {
            return Fail(null, new ValidationIssue("XML002", ValidationSeverity.Error, $"the document is larger than the limit of {limits.MaxCharacters:N0} characters; split it or raise XmlLimits.MaxCharacters", IssueLocation.Document));
        }

        if (IsEdifact(bytes))
        {
            return Edifact(bytes, level);
        }

        DocumentFamily? family = null;
        var schemaIssues = new List<ValidationIssue>();
        try
        {
            var (root, ns) = Root(bytes, limits);
            family = DocumentFamily.Of(root, ns);
            if (family is null)
            {
                return Fail(null, new ValidationIssue("GW001", ValidationSeverity.Error, $"the root element {{{ns}}}{root} is not a document the SDK knows; supported: {DocumentFamily.Supported}", new IssueLocation { XPath = "/" + root, Line = 1, Column = 1 }));
            }

            if (Schemas(ns) is { } schemas)
            {
                Schema(bytes, limits, schemas, family, ns, schemaIssues);
            }
        }
        catch (Exception e) when (XmlInput.ToIssue(e, limits) is { } issue)
        {
            return Fail(family?.Name, issue);
        }

        var session = new ReadSession(limits, recordPositions: true);
        IReadOnlyList<ValidationIssue> ruleIssues;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            ruleIssues = family.ReadAndValidate(stream, session, level, _options);
        }

        // Each stage reports only elements that no earlier stage has already reported as an error.
        var issues = new List<ValidationIssue>(schemaIssues);
        foreach (var stage in new[] { session.Issues, ruleIssues })
        {
            var flagged = issues.Where(static i => i.Severity == ValidationSeverity.Error && i.Location.XPath is not null).Select(static i => i.Location.XPath!).ToHashSet(StringComparer.Ordinal);
            issues.AddRange(stage.Where(i => i.Location.XPath is null || !flagged.Contains(i.Location.XPath)).Select(i => Place(i, session)));
        }

        return new DocumentValidationResult(family.Name, new ValidationReport(issues));
    }

    /// <summary>Says whether the input starts (after a byte order mark and blanks) with <c>UNA</c> or <c>UNB</c>.</summary>
    internal static bool IsEdifact(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        bytes = bytes.TrimStart(" \t\r\n"u8);
        return bytes.StartsWith("UNA"u8) || bytes.StartsWith("UNB"u8);
    }

    /// <summary>Validates an EDIFACT interchange: envelope and control counts, each message against its segment table,
    /// a CUSDEC message's declaration against the declaration rules and a CUSCAR message's manifest against the manifest rules.</summary>
    private DocumentValidationResult Edifact(byte[] bytes, ValidationLevel? level)
    {
        var issues = new List<ValidationIssue>();
        var reader = new EdifactReader(new MemoryStream(bytes, writable: false));
        var validator = new EdifactValidator();
        var cusdec = false;
        var cuscar = false;
        try
        {
            foreach (var message in reader.Messages())
            {
                cusdec |= message.Type == "CUSDEC";
                cuscar |= message.Type == "CUSCAR";
                if (message.Type is not ("CUSDEC" or "CUSCAR"))
                {
                    issues.AddRange(validator.Validate(message).Issues);
                }
            }
        }
        catch (EdifactException e)
        {
            issues.Add(e.ToIssue());
        }

        if (cuscar && !cusdec)
        {
            // The CUSCAR reader reports the envelope and the segment table too, then the manifest's rules apply.
            var manifest = CuscarReader.Read(new MemoryStream(bytes, writable: false));
            issues.InsertRange(0, manifest.Report.Issues);
            if (manifest.Value is not null)
            {
                issues.AddRange(new ManifestValidator(_options.Manifests).Validate(manifest.Value).Issues.Select(i => i with { Location = i.Location with { XPath = null } }));
            }

            return new DocumentValidationResult("manifest", new ValidationReport(issues.Distinct()));
        }

        if (!cusdec)
        {
            return new DocumentValidationResult("edifact", new ValidationReport(reader.Issues.Concat(issues)));
        }

        // The CUSDEC reader reports the envelope and the segment table too, then the declaration's rules apply.
        var read = new CusdecReader().Read(new MemoryStream(bytes, writable: false));
        issues.InsertRange(0, read.Report.Issues);
        if (read.Value is not null)
        {
            issues.AddRange(new DeclarationValidator(_options.Declarations).Validate(read.Value, level).Issues.Select(i => i with { Location = i.Location with { XPath = null } }));
        }

        return new DocumentValidationResult("declaration", new ValidationReport(issues.Distinct()));
    }

    /// <summary>Finds the schemas outside the input's error handling: a broken catalog is the caller's problem, not the document's.</summary>
    private XmlSchemaSet? Schemas(string ns)
    {
        try
        {
            return _options.Schemas.Find(ns);
        }
        catch (XmlException e)
        {
            throw new XmlSchemaException($"a schema of the catalog is not well-formed XML: {e.Message}", e);
        }
    }

    private static DocumentValidationResult Fail(string? family, ValidationIssue issue) => new(family, new ValidationReport([issue]));

    /// <summary>Reads the input into memory, or returns <see langword="null"/> when it exceeds the limit (UTF-8 has at most 4 bytes a character).</summary>
    private static byte[]? Buffer(Stream input, XmlLimits limits)
    {
        var max = limits.MaxCharacters * 4;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static (string Root, string Namespace) Root(byte[] bytes, XmlLimits limits)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlInput.Open(stream, limits);
        while (XmlInput.Read(reader, limits))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return (reader.LocalName, reader.NamespaceURI);
            }
        }

        throw new XmlInputException("XML001", "the document has no root element", 1, 1);
    }

    private static void Schema(byte[] bytes, XmlLimits limits, XmlSchemaSet schemas, DocumentFamily family, string ns, List<ValidationIssue> issues)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var path = new XPathTracker(family.RepeatedElements);
        XmlReader? reader = null;
        using var validating = reader = XmlInput.Open(stream, limits, schemas, (_, e) =>
        {
            var xpath = reader!.NodeType == XmlNodeType.Element ? path.Child(reader.LocalName) : path.Current;
            var message = e.Message.Replace($" in namespace '{ns}'", string.Empty, StringComparison.Ordinal).Replace($"'{ns}:", "'", StringComparison.Ordinal);
            issues.Add(new ValidationIssue("XSD001", e.Severity == XmlSeverityType.Error ? ValidationSeverity.Error : ValidationSeverity.Warning, message, new IssueLocation { XPath = xpath, Line = e.Exception.LineNumber, Column = e.Exception.LinePosition }));
        });
        while (XmlInput.Read(reader, limits))
        {
            path.Visit(reader);
        }
    }

    private static ValidationIssue Place(ValidationIssue issue, ReadSession session)
    {
        if (issue.Location.Line > 0 || issue.Location.XPath is not { } xpath || session.Positions is not { } positions)
        {
            return issue;
        }

        for (var path = xpath; path.Length > 0; path = path[..Math.Max(0, path.LastIndexOf('/'))])
        {
            if (positions.TryGetValue(path, out var at))
            {
                return issue with { Location = issue.Location with { Line = at.Line, Column = at.Column } };
            }
        }

        return issue;
    }
}
