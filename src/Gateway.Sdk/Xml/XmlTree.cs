using System.Globalization;
using System.Text;
using System.Xml;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Xml;

/// <summary>Is one element read into memory: what nested, data-centric messages (manifests) are mapped from.</summary>
/// <remarks>Text of an element that has child elements is reported (<c>XML005</c>) and dropped; comments and processing instructions are already skipped by <see cref="XmlInput"/>.</remarks>
internal sealed class XmlTree
{
    private static readonly List<XmlTree> NoChildren = [];

    private XmlTree(string name, string ns, string prefix, int line, int column)
    {
        Name = name;
        Namespace = ns;
        Prefix = prefix;
        Line = line;
        Column = column;
    }

    public string Name { get; }

    public string Namespace { get; }

    public string Prefix { get; }

    public int Line { get; }

    public int Column { get; }

    public string Text { get; private set; } = string.Empty;

    public List<(string Prefix, string Name, string Namespace, string Value)>? Attributes { get; private set; }

    public List<XmlTree> Children { get; private set; } = NoChildren;

    private string? _mixed;

    public string? Attribute(string name) => Attributes?.FirstOrDefault(a => a.Name == name && a.Namespace.Length == 0).Value;

    /// <summary>Opens a document and reads its root element into a tree, unless <paramref name="problem"/> says the root (local name,
    /// namespace) is not what the caller reads: then that one issue (<paramref name="code"/>) is left in the session. A document
    /// without a root (<c>XML001</c>) and input problems (DTD, limits, truncation, encoding, a second root) are left as their own
    /// issue. Returns <see langword="null"/> on any issue.</summary>
    public static XmlTree? ReadDocument(Stream utf8Xml, ReadSession s, string code, Func<string, string, string?> problem)
    {
        try
        {
            using var reader = XmlInput.Open(utf8Xml, s.Limits);
            while (XmlInput.Read(reader, s.Limits) && reader.NodeType != XmlNodeType.Element)
            {
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                s.Add("XML001", ValidationSeverity.Error, "the document has no root element: send the whole file", null, null, 1, 1);
                return null;
            }

            if (problem(reader.LocalName, reader.NamespaceURI) is { } message)
            {
                s.Add(code, ValidationSeverity.Error, message, "/" + reader.LocalName, null, XmlInput.Line(reader), XmlInput.Column(reader));
                return null;
            }

            var root = Read(reader, s);

            // Whatever follows the root must be blanks: a second document pasted after the first is an error.
            while (XmlInput.Read(reader, s.Limits))
            {
            }

            return root;
        }
        catch (Exception e) when (XmlInput.ToIssue(e, s.Limits) is { } issue)
        {
            s.Issues.Add(issue);
            return null;
        }
    }

    /// <summary>Reads the element the reader is on, with everything inside it, and moves past it.</summary>
    public static XmlTree Read(XmlReader r, ReadSession s)
    {
        var stack = new Stack<XmlTree>();
        XmlTree? root = null;
        StringBuilder? text = null;
        do
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                    var node = new XmlTree(r.LocalName, r.NamespaceURI, r.Prefix, XmlInput.Line(r), XmlInput.Column(r));
                    if (r.MoveToFirstAttribute())
                    {
                        node.Attributes = [];
                        do
                        {
                            if (r.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                            {
                                node.Attributes.Add((r.Prefix, r.LocalName, r.NamespaceURI, r.Value));
                            }
                        }
                        while (r.MoveToNextAttribute());
                        r.MoveToElement();
                    }

                    if (stack.TryPeek(out var parent))
                    {
                        Flush(parent, ref text);
                        (parent.Children == NoChildren ? parent.Children = [] : parent.Children).Add(node);
                    }

                    root ??= node;
                    if (!r.IsEmptyElement)
                    {
                        stack.Push(node);
                    }

                    break;
                case XmlNodeType.EndElement:
                    var closed = stack.Pop();
                    Flush(closed, ref text);
                    Close(closed, s);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    (text ??= new StringBuilder()).Append(r.Value);
                    break;
            }

            if (stack.Count == 0)
            {
                XmlInput.Read(r, s.Limits);
                return root!;
            }
        }
        while (XmlInput.Read(r, s.Limits));

        throw new XmlInputException("XML001", "the document ends before its elements are closed (truncated file?): send the whole file", XmlInput.Line(r), XmlInput.Column(r));
    }

    /// <summary>Writes the element back as XML text, for keeping an element the SDK does not model.</summary>
    /// <param name="containerNamespace">The default namespace where the text will be put back: elements in it are written without a namespace declaration.</param>
    public string OuterXml(string containerNamespace)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var w = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            Write(w, containerNamespace);
        }

        return output.ToString();
    }

    private void Write(XmlWriter w, string containerNamespace)
    {
        if (Namespace == containerNamespace)
        {
            w.WriteStartElement(Name);
        }
        else
        {
            w.WriteStartElement(Prefix, Name, Namespace);
        }

        foreach (var (prefix, name, ns, value) in Attributes ?? [])
        {
            w.WriteAttributeString(prefix, name, ns, value);
        }

        if (Children.Count == 0)
        {
            w.WriteString(Text);
        }

        foreach (var child in Children)
        {
            child.Write(w, containerNamespace);
        }

        w.WriteFullEndElement();
    }

    /// <summary>Gives a leaf its text; for an element with children, only notes the first real text found between them.</summary>
    private static void Flush(XmlTree node, ref StringBuilder? text)
    {
        if (text is not { Length: > 0 })
        {
            return;
        }

        if (node.Children.Count == 0 && node.Text.Length == 0)
        {
            node.Text = text.ToString();
        }
        else if (node._mixed is null)
        {
            var value = text.ToString();
            node._mixed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        text.Clear();
    }

    /// <summary>Drops the indentation around child elements and reports real text there.</summary>
    private static void Close(XmlTree node, ReadSession s)
    {
        if (node.Children.Count == 0)
        {
            return;
        }

        if (node._mixed is null && !string.IsNullOrWhiteSpace(node.Text))
        {
            node._mixed = node.Text.Trim();
        }

        if (node._mixed is { } text)
        {
            s.Add("XML005", ValidationSeverity.Error, $"{node.Name} holds text '{XmlFormat.Excerpt(text)}' where only elements belong; remove it", null, null, node.Line, node.Column);
        }

        node.Text = string.Empty;
    }
}
