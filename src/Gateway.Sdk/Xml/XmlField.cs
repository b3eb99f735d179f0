using System.Collections.Frozen;
using System.Text;

namespace Gateway.Sdk.Xml;

/// <summary>Carries what a field's wire text can depend on besides the field itself.</summary>
/// <param name="IsExport">Whether the document is an export (some fields swap meaning by direction).</param>
internal readonly record struct WireContext(bool IsExport);

/// <summary>Describes one leaf element of a block: its wire name, the model property, and how to get its wire text (for validation).</summary>
internal sealed class XmlField<T>(string name, string property, Func<T, WireContext, string?> get, string? exportProperty = null)
{
    public string Name { get; } = name;

    public Func<T, WireContext, string?> Get { get; } = get;

    public byte[] OpenTag { get; } = Encoding.UTF8.GetBytes($"<{name}>");

    public byte[] CloseTag { get; } = Encoding.UTF8.GetBytes($"</{name}>");

    public byte[] EmptyTag { get; } = Encoding.UTF8.GetBytes($"<{name} />");

    public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(name);

    public string Property => property;

    public string PropertyFor(WireContext context) => context.IsExport && exportProperty is not null ? exportProperty : property;
}

/// <summary>Describes a block element: its name, its optional wrapper, and its leaf fields in wire order.</summary>
/// <remarks><paramref name="write"/> writes the fields straight from the model, in the order of <paramref name="fields"/>: it is the writer's fast path, generated with the table.</remarks>
internal sealed class XmlBlock<T>(string element, string? wrapper, Func<T, IReadOnlyList<XmlExtension>> extensions, XmlField<T>[] fields, Action<T, WireContext, XmlBlockWriter, XmlField<T>[]> write)
{
    public Action<T, WireContext, XmlBlockWriter, XmlField<T>[]> WriteFields { get; } = write;

    public string Element { get; } = element;

    public string? Wrapper { get; } = wrapper;

    public Func<T, IReadOnlyList<XmlExtension>> Extensions { get; } = extensions;

    public XmlField<T>[] Fields { get; } = fields;

    /// <summary>Gets each field's position in <see cref="Fields"/> by element name.</summary>
    public FrozenDictionary<string, int> Index { get; } = fields.Select(static (f, i) => (f.Name, i)).ToFrozenDictionary(static p => p.Name, static p => p.i, StringComparer.Ordinal);

    public XmlTags Tags { get; } = new(element);

    /// <summary>Finds the field named <paramref name="name"/> (UTF-8), looking from <paramref name="next"/> on first, since fields usually come in order; -1 when there is none.</summary>
    public int Find(ReadOnlySpan<byte> name, int next)
    {
        var fields = Fields;
        for (var i = next; i < fields.Length; i++)
        {
            if (Matches(fields[i].Utf8Name, name))
            {
                return i;
            }
        }

        for (var i = 0; i < next && i < fields.Length; i++)
        {
            if (Matches(fields[i].Utf8Name, name))
            {
                return i;
            }
        }

        return -1;

        static bool Matches(byte[] field, ReadOnlySpan<byte> name) =>
            field.Length == name.Length && field[0] == name[0] && field.AsSpan().SequenceEqual(name);
    }

    public XmlTags? WrapperTags { get; } = wrapper is null ? null : new XmlTags(wrapper);
}

/// <summary>Holds the UTF-8 start, end and empty tags of an element.</summary>
internal sealed class XmlTags(string element)
{
    public string Element { get; } = element;

    public byte[] Open { get; } = Encoding.UTF8.GetBytes($"<{element}>");

    public ReadOnlySpan<byte> Utf8Name => Open.AsSpan(1, Open.Length - 2);

    public byte[] Close { get; } = Encoding.UTF8.GetBytes($"</{element}>");

    public byte[] Empty { get; } = Encoding.UTF8.GetBytes($"<{element} />");
}
