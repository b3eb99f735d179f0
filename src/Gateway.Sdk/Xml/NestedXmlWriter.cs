using System.Globalization;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Xml;

/// <summary>Writes nested, data-centric XML (manifests): open and close blocks, leaves that are left out when unset, kept extensions.</summary>
/// <remarks>Indentation is two spaces a level with <c>\n</c> line ends; empty text is written <c>&lt;Name /&gt;</c>. A text that XML cannot carry throws with its XPath and <paramref name="badCharacterCode"/>.</remarks>
internal sealed class NestedXmlWriter(Utf8XmlEmitter output, bool indent, string badCharacterCode)
{
    private readonly List<string> _path = [];
    private bool _started;

    public void Open(string name, string? attributes = null)
    {
        Line();
        _started = true;
        output.Raw("<"u8);
        output.Markup(name);
        if (attributes is not null)
        {
            output.Markup(attributes);
        }

        output.Raw(">"u8);
        _path.Add(name);
    }

    public void Close()
    {
        var name = _path[^1];
        _path.RemoveAt(_path.Count - 1);
        Line();
        output.Raw("</"u8);
        output.Markup(name);
        output.Raw(">"u8);
    }

    public void Leaf(string name, string? value, string? attribute = null, string? attributeValue = null)
    {
        if (value is null)
        {
            return;
        }

        Line();
        output.Raw("<"u8);
        output.Markup(name);
        if (attributeValue is not null)
        {
            output.Raw(" "u8);
            output.Markup(attribute!);
            output.Raw("=\""u8);
            Text(output.Text(attributeValue, attribute: true), name + "/@" + attribute);
            output.Raw("\""u8);
        }

        if (value.Length == 0)
        {
            output.Raw(" />"u8);
            return;
        }

        output.Raw(">"u8);
        Text(output.Text(value), name);
        output.Raw("</"u8);
        output.Markup(name);
        output.Raw(">"u8);
    }

    public void Leaf(string name, decimal? value, string? attribute = null, string? attributeValue = null) =>
        Leaf(name, value is { } v ? XmlFormat.Decimal(v) : null, attribute, attributeValue);

    public void Leaf(string name, long? value) => Leaf(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <c>&lt;block&gt;&lt;leaf&gt;value&lt;/leaf&gt;&lt;/block&gt;</c> when the value is set.</summary>
    public void Wrapped(string block, string leaf, string? value)
    {
        if (value is not null)
        {
            Open(block);
            Leaf(leaf, value);
            Close();
        }
    }

    public void Extensions(IReadOnlyList<XmlExtension> extensions)
    {
        foreach (var extension in extensions)
        {
            // Kept elements are written as they are, so one built by hand must be checked before it can break the document.
            if (!XmlBlockWriter.IsOneElement(extension))
            {
                throw Fail("XML012", $"the additional element {extension.Name} is not one well-formed XML element named {extension.Name}; fix its OuterXml", extension.Name);
            }

            Line();
            output.Markup(extension.OuterXml);
        }
    }

    private void Text(bool written, string leaf)
    {
        if (!written)
        {
            throw Fail(badCharacterCode, $"{leaf} holds a character that XML cannot carry; remove control characters and unpaired surrogates", leaf);
        }
    }

    private DocumentValidationException Fail(string code, string message, string leaf) =>
        new(new ValidationReport([new ValidationIssue(code, ValidationSeverity.Error, message, new IssueLocation { XPath = "/" + string.Join('/', _path) + "/" + leaf })]));

    private void Line()
    {
        // The root follows the prolog's own line break.
        if (indent && _started)
        {
            output.Indent(_path.Count);
        }
    }
}
