using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Xml;

/// <summary>Writes block elements described by <see cref="XmlBlock{T}"/>: leaf fields in wire order, children, then kept extensions.</summary>
/// <remarks>Indentation is two spaces a level, with <c>\n</c> line ends; an element with empty text is written <c>&lt;Name /&gt;</c>.</remarks>
internal sealed class XmlBlockWriter(Utf8XmlEmitter output, WireContext context, bool emitEmpty, bool indent)
{
    private readonly List<(string Element, int Index)> _path = [];
    private int _depth;

    /// <summary>Notes the root element (written by the caller) so that error locations are full XPaths.</summary>
    public void Root(string element) => _path.Add((element, 0));

    public void Open(XmlTags tags, int depth, int index = 0)
    {
        _path.Add((tags.Element, index));
        Line(depth);
        output.Raw(tags.Open);
    }

    public void Close(XmlTags tags, int depth)
    {
        _path.RemoveAt(_path.Count - 1);
        Line(depth);
        output.Raw(tags.Close);
    }

    public void Empty(XmlTags tags, int depth)
    {
        Line(depth);
        output.Raw(tags.Empty);
    }

    public void Block<T>(XmlBlock<T> block, T value, int depth, int index = 0)
    {
        Open(block.Tags, depth, index);
        Fields(block, value, depth + 1);
        Extensions(block.Extensions(value), depth + 1);
        Close(block.Tags, depth);
    }

    /// <summary>Writes the items of a list, inside the block's wrapper when it has one; an empty list is left out unless empty elements are asked for.</summary>
    public void List<T>(XmlBlock<T> block, IReadOnlyList<T> items, int depth)
    {
        if (items.Count == 0)
        {
            if (emitEmpty && block.WrapperTags is { } empty)
            {
                Empty(empty, depth);
            }

            return;
        }

        if (block.WrapperTags is { } wrapper)
        {
            Open(wrapper, depth);
        }

        var itemDepth = block.WrapperTags is null ? depth : depth + 1;
        for (var i = 0; i < items.Count; i++)
        {
            Block(block, items[i], itemDepth, i + 1);
        }

        if (block.WrapperTags is { } close)
        {
            Close(close, depth);
        }
    }

    public void Fields<T>(XmlBlock<T> block, T value, int depth)
    {
        _depth = depth;
        block.WriteFields(value, context, this, block.Fields);
    }

    public void Field<T>(XmlField<T> field, string? value)
    {
        if (value is null || value.Length == 0)
        {
            Empty(field, value is null);
            return;
        }

        Start(field);
        if (!output.Text(value))
        {
            var issue = new ValidationIssue("DEC005", ValidationSeverity.Error, $"{field.Name} holds a character that XML cannot carry; remove control characters and unpaired surrogates", new IssueLocation { XPath = XPath(field.Name) });
            throw new DocumentValidationException(new ValidationReport([issue]));
        }

        output.Raw(field.CloseTag);
    }

    public void Field<T>(XmlField<T> field, decimal? value)
    {
        if (value is not { } v)
        {
            Empty(field, isNull: true);
            return;
        }

        Start(field);
        output.Decimal(v);
        output.Raw(field.CloseTag);
    }

    public void Field<T>(XmlField<T> field, long? value)
    {
        if (value is not { } v)
        {
            Empty(field, isNull: true);
            return;
        }

        Start(field);
        output.Integer(v);
        output.Raw(field.CloseTag);
    }

    public void Field<T>(XmlField<T> field, int? value) => Field(field, (long?)value);

    public void Field<T>(XmlField<T> field, DateOnly? value)
    {
        if (value is not { } v)
        {
            Empty(field, isNull: true);
            return;
        }

        Start(field);
        output.Date(v);
        output.Raw(field.CloseTag);
    }

    public void Field<T>(XmlField<T> field, Codes.TradeDirection? value) => Field(field, Wire.Text(value));

    /// <summary>Writes a code or identifier value type, whose <c>ToString</c> returns its stored wire text.</summary>
    public void Field<T, TValue>(XmlField<T> field, TValue? value)
        where TValue : struct => Field(field, value?.ToString());

    public void Extensions(IReadOnlyList<XmlExtension> extensions, int depth)
    {
        for (var i = 0; i < extensions.Count; i++)
        {
            // Kept elements are written as they are, so one built by hand must be checked before it can break the document.
            if (!IsOneElement(extensions[i]))
            {
                var issue = new ValidationIssue("XML012", ValidationSeverity.Error, $"the additional element {extensions[i].Name} is not one well-formed XML element named {extensions[i].Name}; fix its OuterXml", new IssueLocation { XPath = XPath(extensions[i].Name) });
                throw new DocumentValidationException(new ValidationReport([issue]));
            }

            Line(depth);
            output.Markup(extensions[i].OuterXml);
        }
    }

    private void Start<T>(XmlField<T> field)
    {
        Line(_depth);
        output.Raw(field.OpenTag);
    }

    /// <summary>Writes <c>&lt;Name /&gt;</c> for empty text, and for no value only when empty elements are asked for.</summary>
    private void Empty<T>(XmlField<T> field, bool isNull)
    {
        if (!isNull || emitEmpty)
        {
            Line(_depth);
            output.Raw(field.EmptyTag);
        }
    }

    public static bool IsOneElement(XmlExtension extension)
    {
        var settings = XmlInput.Settings(XmlLimits.Default);
        settings.ConformanceLevel = System.Xml.ConformanceLevel.Fragment;
        try
        {
            using var reader = System.Xml.XmlReader.Create(new StringReader(extension.OuterXml), settings);
            if (reader.MoveToContent() != System.Xml.XmlNodeType.Element || reader.LocalName != extension.Name)
            {
                return false;
            }

            reader.Skip();
            return reader.MoveToContent() == System.Xml.XmlNodeType.None && reader.EOF;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }

    private void Line(int depth)
    {
        if (indent)
        {
            output.Indent(depth);
        }
    }

    private string XPath(string leaf) =>
        string.Concat(_path.Select(static p => p.Index > 0 ? $"/{p.Element}[{p.Index}]" : "/" + p.Element)) + "/" + leaf;
}
