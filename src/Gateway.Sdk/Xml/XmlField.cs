namespace Gateway.Sdk.Xml;

/// <summary>Carries what a field's wire text can depend on besides the field itself.</summary>
/// <param name="IsExport">Whether the document is an export (some fields swap meaning by direction).</param>
internal readonly record struct WireContext(bool IsExport);

/// <summary>Describes one leaf element of a block: its wire name, the model property, and how to get its wire text.</summary>
internal sealed record XmlField<T>(string Name, string Property, Func<T, WireContext, string?> Get, string? ExportProperty = null)
{
    public string PropertyFor(WireContext context) => context.IsExport && ExportProperty is not null ? ExportProperty : Property;
}

/// <summary>Describes a block element: its name, its optional wrapper, and its leaf fields in wire order.</summary>
internal sealed class XmlBlock<T>(string element, string? wrapper, Func<T, IReadOnlyList<XmlExtension>> extensions, XmlField<T>[] fields)
{
    public Func<T, IReadOnlyList<XmlExtension>> Extensions { get; } = extensions;

    public string Element { get; } = element;

    public string? Wrapper { get; } = wrapper;

    public IReadOnlyList<XmlField<T>> Fields { get; } = fields;

    public IReadOnlyDictionary<string, XmlField<T>> ByName { get; } = fields.ToDictionary(static f => f.Name, StringComparer.Ordinal);

    public string PropertyOf(string name, WireContext context) => ByName.TryGetValue(name, out var field) ? field.PropertyFor(context) : name;
}
