using System.Globalization;
using System.Text;
using System.Xml;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Xml;

/// <summary>Walks block elements of a message: leaf fields, child blocks, and elements the SDK does not know.</summary>
internal static class XmlBlockReader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>Reads a block whose leaf fields are described by <paramref name="block"/>; <paramref name="child"/> may consume other child elements.</summary>
    public static FieldValues<T> Read<T>(XmlReader r, ReadSession s, XmlBlock<T> block, string ns, string xpath, string propertyPath, WireContext context, Func<bool>? child = null)
    {
        s.Record(xpath, XmlInput.Line(r), XmlInput.Column(r));
        var values = new FieldValues<T>(s, xpath, propertyPath, block, context);
        ForEachChild(r, s, () =>
        {
            var (line, column) = (XmlInput.Line(r), XmlInput.Column(r));
            if (r.NamespaceURI == ns && block.Index.TryGetValue(r.LocalName, out var index))
            {
                values.Add(index, ReadText(r, s, xpath), line, column);
            }
            else if (child is null || !child())
            {
                values.AddExtension(new XmlExtension(r.LocalName, Capture(r, s.Limits, ns)), line, column);
            }
        });
        return values;
    }

    /// <summary>Calls <paramref name="onChild"/> for each child element of the current element; it must consume the child.</summary>
    public static void ForEachChild(XmlReader r, ReadSession s, Action onChild)
    {
        if (r.IsEmptyElement)
        {
            XmlInput.Read(r, s.Limits);
            return;
        }

        var depth = r.Depth;
        var name = r.LocalName;
        Next(r, s);
        while (r.NodeType != XmlNodeType.EndElement || r.Depth != depth)
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                    onChild();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    s.Add("XML005", ValidationSeverity.Error, $"{name} holds text '{XmlFormat.Excerpt(r.Value)}' where only elements belong; remove it", null, null, XmlInput.Line(r), XmlInput.Column(r));
                    Next(r, s);
                    break;
                default:
                    Next(r, s);
                    break;
            }
        }

        XmlInput.Read(r, s.Limits);
    }

    /// <summary>Reads the text of a leaf element and moves past it.</summary>
    public static string ReadText(XmlReader r, ReadSession s, string parentXPath)
    {
        if (r.IsEmptyElement)
        {
            Next(r, s);
            return string.Empty;
        }

        var depth = r.Depth;
        var name = r.LocalName;
        Next(r, s);
        string? first = null;
        StringBuilder? more = null;
        while (r.NodeType != XmlNodeType.EndElement || r.Depth != depth)
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (first is null)
                    {
                        first = r.Value;
                    }
                    else
                    {
                        (more ??= new StringBuilder(first)).Append(r.Value);
                    }

                    Next(r, s);
                    break;
                case XmlNodeType.Element:
                    s.Add("XML005", ValidationSeverity.Error, $"{name} must hold text, but holds element {r.LocalName}; remove the element", $"{parentXPath}/{name}", null, XmlInput.Line(r), XmlInput.Column(r));
                    Capture(r, s.Limits);
                    break;
                default:
                    Next(r, s);
                    break;
            }
        }

        Next(r, s);
        return more?.ToString() ?? first ?? string.Empty;
    }

    /// <summary>Copies the current element with its content to XML text and moves past it.</summary>
    /// <param name="r">The reader, on the element.</param>
    /// <param name="limits">The depth limit applies inside the element too.</param>
    /// <param name="containerNamespace">The default namespace where the text will be put back: elements in it are written without a namespace declaration.</param>
    public static string Capture(XmlReader r, XmlLimits limits, string? containerNamespace = null)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            Copy(r, writer, limits, containerNamespace);
        }

        return text.ToString();
    }

    /// <summary>Copies the current element to <paramref name="w"/> and moves past it; namespace declarations are left to the writer and insignificant whitespace is dropped.</summary>
    private static void Copy(XmlReader r, XmlWriter w, XmlLimits limits, string? containerNamespace)
    {
        var depth = r.Depth;
        do
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                    if (r.NamespaceURI == containerNamespace)
                    {
                        w.WriteStartElement(r.LocalName);
                    }
                    else
                    {
                        w.WriteStartElement(r.Prefix, r.LocalName, r.NamespaceURI);
                    }

                    if (r.MoveToFirstAttribute())
                    {
                        do
                        {
                            if (r.NamespaceURI != XmlnsNamespace)
                            {
                                w.WriteAttributeString(r.Prefix, r.LocalName, r.NamespaceURI, r.Value);
                            }
                        }
                        while (r.MoveToNextAttribute());
                        r.MoveToElement();
                    }

                    if (r.IsEmptyElement)
                    {
                        w.WriteEndElement();
                    }

                    break;
                case XmlNodeType.EndElement:
                    w.WriteFullEndElement();
                    break;
                case XmlNodeType.Text:
                    w.WriteString(r.Value);
                    break;
                case XmlNodeType.CDATA:
                    w.WriteCData(r.Value);
                    break;
                case XmlNodeType.SignificantWhitespace:
                    w.WriteWhitespace(r.Value);
                    break;

                // Indentation between elements is dropped, so that a kept element reads back the same after an indenting writer.
            }

            var closed = r.Depth == depth && (r.IsEmptyElement || r.NodeType == XmlNodeType.EndElement);
            if (!XmlInput.Read(r, limits) || closed)
            {
                return;
            }
        }
        while (true);
    }

    private static void Next(XmlReader r, ReadSession s)
    {
        if (!XmlInput.Read(r, s.Limits))
        {
            throw new XmlInputException("XML001", "the document ends before its elements are closed (truncated file?): send the whole file", XmlInput.Line(r), XmlInput.Column(r));
        }
    }
}
