using System.Globalization;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Origin;

/// <summary>Is one leaf element of a certificate block: its wire name, model property, and how to write and read its text.</summary>
/// <param name="Element">The wire element name.</param>
/// <param name="Property">The model property, for messages and property paths.</param>
/// <param name="Get">Gets the wire text of the value, or <see langword="null"/> when unset.</param>
/// <param name="Set">Returns the block with the value read from the text, or <see langword="null"/> when the text does not convert.</param>
/// <param name="Expected">What a valid text looks like, for the error message.</param>
internal sealed record OriginField<T>(string Element, string Property, Func<T, OriginXmlOptions, string?> Get, Func<T, string, T?> Set, string Expected)
    where T : class;

/// <summary>Is one block of the certificate message: its element and its leaves in wire order, with reading and writing.</summary>
internal sealed class OriginBlock<T>
    where T : class, new()
{
    private readonly Func<T, IReadOnlyList<XmlExtension>>? _kept;
    private readonly Func<T, IReadOnlyList<XmlExtension>, T>? _keep;
    private readonly XmlVocabulary _vocabulary;

    public OriginBlock(string element, OriginField<T>[] fields, Func<T, IReadOnlyList<XmlExtension>>? kept = null, Func<T, IReadOnlyList<XmlExtension>, T>? keep = null)
    {
        (Element, Fields, _kept, _keep) = (element, fields, kept, keep);
        _vocabulary = new XmlVocabulary([.. fields.Select(static f => f.Element)], keepsUnknown: kept is not null);
    }

    public string Element { get; }

    public OriginField<T>[] Fields { get; }

    public void Write(NestedXmlWriter w, T value, OriginXmlOptions options)
    {
        w.Open(Element);
        foreach (var f in Fields)
        {
            w.Leaf(f.Element, f.Get(value, options));
        }

        if (_kept is not null)
        {
            w.Extensions(_kept(value));
        }

        w.Close();
    }

    /// <summary>Reads the block's leaves; a text that does not convert is reported (<c>COX003</c>) and left unset.</summary>
    public T Read(XmlTree node, string xpath, string propertyPath, ReadSession s)
    {
        var kept = _vocabulary.Check(node, xpath, node.Namespace, s);
        var value = new T();
        foreach (var child in node.Children.Where(c => c.Namespace == node.Namespace))
        {
            s.Record($"{xpath}/{child.Name}", child.Line, child.Column);
            if (Array.Find(Fields, f => f.Element == child.Name) is not { } field)
            {
                continue;
            }

            var text = child.Text;
            if (text.Length > 0 && field.Set(value, text) is { } set)
            {
                value = set;
            }
            else if (text.Length > 0)
            {
                s.Add("COX003", ValidationSeverity.Error, $"{child.Name} {XmlFormat.Excerpt(text)} is not {field.Expected}; it is left unset", $"{xpath}/{child.Name}", $"{propertyPath}.{field.Property}", child.Line, child.Column);
            }
        }

        return _keep is not null && kept.Count > 0 ? _keep(value, kept) : value;
    }
}

/// <summary>Builds <see cref="OriginField{T}"/> entries for the value kinds of the certificate message.</summary>
internal static class OriginField
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd"];

    public static OriginField<T> Text<T>(string element, string property, Func<T, string?> get, Func<T, string, T> set)
        where T : class => new(element, property, (x, _) => get(x), set, "text");

    public static OriginField<T> Number<T>(string element, string property, Func<T, decimal?> get, Func<T, decimal, T> set)
        where T : class => new(element, property, (x, _) => get(x) is { } v ? XmlFormat.Decimal(v) : null, (x, t) => XmlFormat.TryParseDecimal(t, out var v) ? set(x, v) : null, "a number such as 1250.50");

    public static OriginField<T> Integer<T>(string element, string property, Func<T, int?> get, Func<T, int, T> set)
        where T : class => new(element, property, (x, _) => get(x)?.ToString(CultureInfo.InvariantCulture), (x, t) => XmlFormat.TryParseInteger(t, out var v) ? set(x, v) : null, "a whole number such as 1");

    public static OriginField<T> Date<T>(string element, string property, Func<T, DateOnly?> get, Func<T, DateOnly, T> set)
        where T : class => new(element, property, (x, o) => get(x)?.ToString(o.DateFormat, CultureInfo.InvariantCulture), (x, t) => TryParseDate(t, out var v) ? set(x, v) : null, "a date written yyyy-MM-dd or yyyyMMdd");

    /// <summary>Reads a date in either of the forms seen in certificate data.</summary>
    public static bool TryParseDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
