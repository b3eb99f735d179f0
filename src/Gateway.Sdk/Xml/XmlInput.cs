using System.Text;
using System.Xml;
using System.Xml.Schema;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Xml;

/// <summary>Opens untrusted XML safely and turns every way it can fail into one clear issue.</summary>
internal static class XmlInput
{
    /// <summary>Is UTF-8 that throws on malformed bytes instead of inventing U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static XmlReaderSettings Settings(XmlLimits limits, XmlSchemaSet? schemas = null, ValidationEventHandler? onSchemaIssue = null)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = limits.MaxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        if (schemas is not null)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = schemas;
            settings.ValidationFlags = XmlSchemaValidationFlags.None;
            settings.ValidationEventHandler += onSchemaIssue;
        }

        return settings;
    }

    /// <summary>Creates a reader over UTF-8 bytes; a UTF-8 byte order mark is skipped, UTF-16/32 ones are refused.</summary>
    public static XmlReader Open(Stream stream, XmlLimits limits, XmlSchemaSet? schemas = null, ValidationEventHandler? onSchemaIssue = null)
    {
        var prefix = new byte[4];
        var count = 0;
        while (count < prefix.Length && stream.Read(prefix, count, prefix.Length - count) is var n and > 0)
        {
            count += n;
        }

        var skip = 0;
        if (count >= 3 && prefix[0] == 0xEF && prefix[1] == 0xBB && prefix[2] == 0xBF)
        {
            skip = 3;
        }
        else if ((count >= 2 && ((prefix[0] == 0xFE && prefix[1] == 0xFF) || (prefix[0] == 0xFF && prefix[1] == 0xFE)))
            || (count == 4 && prefix[0] == 0 && prefix[1] == 0 && prefix[2] == 0xFE && prefix[3] == 0xFF))
        {
            throw new XmlInputException("XML003", "the file is UTF-16 or UTF-32 (byte order mark); single-window messages are UTF-8: save the file as UTF-8", 1, 1);
        }

        var input = new PrefixedStream(prefix.AsMemory(skip, count - skip), stream);
        var text = new StreamReader(input, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        return XmlReader.Create(text, Settings(limits, schemas, onSchemaIssue));
    }

    /// <summary>Loads UTF-8 bytes into a DOM that keeps whitespace, comments and processing instructions (what canonicalization needs), after the same checks as <see cref="Open"/>.</summary>
    /// <exception cref="XmlInputException">The bytes break a limit or are not UTF-8.</exception>
    /// <exception cref="XmlException">The bytes are not well-formed or have a DTD.</exception>
    public static XmlDocument LoadDocument(ReadOnlyMemory<byte> bytes, XmlLimits limits)
    {
        using (var check = Open(new MemoryStream(bytes.ToArray(), writable: false), limits))
        {
            while (Read(check, limits))
            {
            }
        }

        var settings = Settings(limits);
        settings.IgnoreComments = false;
        settings.IgnoreProcessingInstructions = false;
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var skip = bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        using var text = new StreamReader(new MemoryStream(bytes[skip..].ToArray(), writable: false), StrictUtf8, detectEncodingFromByteOrderMarks: false);
        using var reader = XmlReader.Create(text, settings);
        document.Load(reader);
        return document;
    }

    /// <summary>Moves to the next node, enforcing the depth limit and the UTF-8 declaration.</summary>
    public static bool Read(XmlReader reader, XmlLimits limits)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.NodeType == XmlNodeType.XmlDeclaration)
        {
            var encoding = reader.GetAttribute("encoding");
            if (encoding is not null && !encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) && !encoding.Equals("UTF8", StringComparison.OrdinalIgnoreCase))
            {
                throw new XmlInputException("XML003", $"the XML declaration says encoding=\"{encoding}\"; single-window messages are UTF-8: convert the file to UTF-8 and declare encoding=\"UTF-8\"", Line(reader), Column(reader));
            }
        }
        else if (reader.NodeType == XmlNodeType.Element && reader.Depth >= limits.MaxDepth)
        {
            throw new XmlInputException("XML002", $"elements are nested deeper than {limits.MaxDepth} levels; the message is not a single-window document", Line(reader), Column(reader));
        }

        return true;
    }

    /// <summary>Turns a failure while reading into an issue, or returns <see langword="null"/> when the failure is not about the input.</summary>
    public static ValidationIssue? ToIssue(Exception exception, XmlLimits limits) => exception switch
    {
        XmlInputException e => Issue(e.Code, e.Message, e.Line, e.Column),
        XmlException e when e.Message.Contains("DTD", StringComparison.Ordinal) =>
            Issue("XML004", "the document has a DTD (<!DOCTYPE ...>); DTDs and entity declarations are not allowed in single-window messages: remove the DOCTYPE", e.LineNumber, e.LinePosition),
        XmlException e when e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) =>
            Issue("XML002", $"the document is larger than the limit of {limits.MaxCharacters:N0} characters; split it or raise XmlLimits.MaxCharacters", e.LineNumber, e.LinePosition),
        XmlException e when e.Message.Contains("Unexpected end of file", StringComparison.Ordinal) =>
            Issue("XML001", "the document ends before its elements are closed (truncated file?): send the whole file", e.LineNumber, e.LinePosition),
        XmlException e => Issue("XML001", "malformed XML: " + TrimPosition(e.Message), e.LineNumber, e.LinePosition),
        DecoderFallbackException e =>
            Issue("XML003", $"the file is not valid UTF-8 (bad byte at index {e.Index}); single-window messages are UTF-8: convert the file to UTF-8", 0, 0),
        _ => null,
    };

    public static int Line(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    public static int Column(XmlReader reader) => reader is IXmlLineInfo info ? info.LinePosition : 0;

    private static ValidationIssue Issue(string code, string message, int line, int column) =>
        new(code, ValidationSeverity.Error, message, new IssueLocation { Line = line, Column = column });

    private static string TrimPosition(string message)
    {
        var at = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ');
    }
}
