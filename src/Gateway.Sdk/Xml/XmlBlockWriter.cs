using System.Text;
using System.Xml;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Xml;

/// <summary>Writes block elements described by <see cref="XmlBlock{T}"/>: leaf fields in wire order, then children, then kept extensions.</summary>
internal sealed class XmlBlockWriter(XmlWriter writer, string ns, WireContext context, bool emitEmpty)
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public XmlWriter Writer { get; } = writer;

    public static XmlWriterSettings Settings(bool indent) => new()
    {
        Encoding = Utf8NoBom,
        Indent = indent,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        OmitXmlDeclaration = true,
        CloseOutput = false,
    };

    public void WriteList<T>(XmlBlock<T> block, IReadOnlyList<T> items, string xpath, Action<T, string>? children = null, bool always = false)
    {
        if (items.Count == 0 && !always && !emitEmpty)
        {
            return;
        }

        if (block.Wrapper is not null)
        {
            Writer.WriteStartElement(block.Wrapper, ns);
            xpath += "/" + block.Wrapper;
        }

        for (var i = 0; i < items.Count; i++)
        {
            Write(block, items[i], $"{xpath}/{block.Element}[{i + 1}]", children);
        }

        if (block.Wrapper is not null)
        {
            Writer.WriteEndElement();
        }
    }

    public void Write<T>(XmlBlock<T> block, T value, string xpath, Action<T, string>? children = null)
    {
        Writer.WriteStartElement(block.Element, ns);
        foreach (var field in block.Fields)
        {
            var text = field.Get(value, context);
            if (text is not null || emitEmpty)
            {
                try
                {
                    Writer.WriteElementString(field.Name, ns, text ?? string.Empty);
                }
                catch (ArgumentException e)
                {
                    var issue = new ValidationIssue("DEC005", ValidationSeverity.Error, $"{field.Name} holds a character that XML cannot carry ({e.Message.Split('.')[0]}); remove control characters and unpaired surrogates", new IssueLocation { XPath = $"{xpath}/{field.Name}" });
                    throw new DocumentValidationException(new ValidationReport([issue]));
                }
            }
        }

        children?.Invoke(value, xpath);
        WriteExtensions(block.Extensions(value));
        Writer.WriteEndElement();
    }

    public void WriteExtensions(IReadOnlyList<XmlExtension> extensions)
    {
        foreach (var extension in extensions)
        {
            using var reader = XmlReader.Create(new StringReader(extension.OuterXml), XmlInput.Settings(XmlLimits.Default));
            reader.MoveToContent();
            XmlBlockReader.Copy(reader, Writer, XmlLimits.Default);
        }
    }
}
