using System.Globalization;
using System.Xml;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Finds and converts the elements of a manifest tree, reporting what does not convert; shared by the message and receipt readers.</summary>
internal sealed class ManifestNodes(ReadSession s, string ns)
{
    public const string SendTimeFormat = "yyyyMMddHHmmssfff";

    public ReadSession Session => s;

    public string Namespace => ns;

    /// <summary>Opens a manifest document and reads its root into a tree; returns <see langword="null"/> with an issue when it is not a manifest.</summary>
    public static XmlTree? Root(Stream utf8Xml, ReadSession s, out ManifestMessageType type)
    {
        ManifestMessageType found = default;
        var root = XmlTree.ReadDocument(utf8Xml, s, "MAN000", (name, ns) => name == "Manifest" && ManifestMessageType.TryFromNamespace(ns, out found) ? null
            : $"the root element is {{{ns}}}{name}; a manifest message is Manifest in namespace urn:Declaration:datamodel:standard:CN:MTxxxx:1");
        type = found;
        return root;
    }

    public XmlTree? Child(XmlTree? node, string name)
    {
        if (node is null)
        {
            return null;
        }

        foreach (var child in node.Children)
        {
            if (child.Name == name && child.Namespace == ns)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>Lists the children with a name, each with its 1-based XPath index.</summary>
    public IEnumerable<(XmlTree Node, int Index)> Each(XmlTree node, string name)
    {
        var index = 0;
        foreach (var child in node.Children)
        {
            if (child.Name == name && child.Namespace == ns)
            {
                yield return (child, ++index);
            }
        }
    }

    /// <summary>Finds a child block and checks its children; returns the block and its XPath.</summary>
    public (XmlTree? Node, string XPath) Block(XmlTree? parent, string name, string parentXPath, XmlVocabulary vocabulary)
    {
        var xpath = parentXPath + "/" + name;
        var node = Child(parent, name);
        if (node is not null)
        {
            vocabulary.Check(node, xpath, ns, s);
        }

        return (node, xpath);
    }

    public string? Text(XmlTree? parent, string name, string parentXPath)
    {
        var node = Child(parent, name);
        if (node is null)
        {
            return null;
        }

        if (s.Positions is not null)
        {
            s.Record(parentXPath + "/" + name, node.Line, node.Column);
        }

        return node.Text;
    }

    /// <summary>Gets the text of a child of a child block that has one leaf, such as <c>Carrier/ID</c>.</summary>
    public string? Text(XmlTree? parent, string block, string leaf, string parentXPath, XmlVocabulary vocabulary)
    {
        var (node, xpath) = Block(parent, block, parentXPath, vocabulary);
        return Text(node, leaf, xpath);
    }

    public decimal? Decimal(XmlTree? parent, string name, string parentXPath, string property) =>
        Convert<decimal>(parent, name, parentXPath, property, XmlFormat.TryParseDecimal, "is not a number: write digits with a '.' decimal point and no grouping, such as 1234.5");

    public long? Int64(XmlTree? parent, string name, string parentXPath, string property) =>
        Convert<long>(parent, name, parentXPath, property, XmlFormat.TryParseLong, "is not a whole number: digits only, such as 120");

    public int? Int32(XmlTree? parent, string name, string parentXPath, string property) =>
        Convert<int>(parent, name, parentXPath, property, XmlFormat.TryParseInteger, "is not a whole number: digits only, such as 1");

    public DateTime? Time(XmlTree? parent, string name, string parentXPath, string property) =>
        Convert<DateTime>(parent, name, parentXPath, property, static (string? t, out DateTime v) => DateTime.TryParseExact(t, SendTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out v), $"is not a time: write {SendTimeFormat} (17 digits, China Standard Time), such as 20261122093015250");

    private T? Convert<T>(XmlTree? parent, string name, string parentXPath, string property, Codes.IdentifierFormat.TryParser<T> parse, string problem)
        where T : struct
    {
        var text = Text(parent, name, parentXPath);
        if (text is not { Length: > 0 })
        {
            return null;
        }

        if (parse(text.Trim(), out var value))
        {
            return value;
        }

        var node = Child(parent, name)!;
        s.Add("MAN003", ValidationSeverity.Error, $"{name} '{XmlFormat.Excerpt(text)}' {problem}", $"{parentXPath}/{name}", property, node.Line, node.Column);
        return null;
    }
}
