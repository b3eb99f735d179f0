namespace Gateway.Sdk.Edifact;

/// <summary>Represents one segment: its tag and its data elements, each a list of components (simple elements have one).</summary>
/// <remarks>
/// Release characters are resolved: components hold the data itself. Syntax-4 repetitions are not split. A segment
/// read by <see cref="EdifactReader"/> keeps its text in one string and makes component strings only when they are
/// asked for, so reading a file costs little more than scanning it.
/// </remarks>
public sealed class EdifactSegment : IEquatable<EdifactSegment>
{
    private readonly string? _text;
    private readonly int[]? _bounds;
    private IReadOnlyList<IReadOnlyList<string>>? _elements;

    /// <summary>Initializes a new instance of the <see cref="EdifactSegment"/> class.</summary>
    /// <param name="tag">The segment tag, such as <c>NAD</c>.</param>
    /// <param name="elements">The data elements in order, each a list of components; trailing empty ones are kept.</param>
    public EdifactSegment(string tag, IReadOnlyList<IReadOnlyList<string>> elements)
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(elements);
        Tag = tag;
        _elements = elements;
        ElementCount = elements.Count;
    }

    /// <summary>Initializes a segment over one string: <paramref name="bounds"/> holds, for elements 0..n (0 is the tag),
    /// the index of each element's first component, then one past the last; then a start and an end per component.</summary>
    internal EdifactSegment(string tag, string text, int[] bounds, int elementCount)
    {
        Tag = tag;
        _text = text;
        _bounds = bounds;
        ElementCount = elementCount;
    }

    /// <summary>Gets the segment tag, such as <c>NAD</c>.</summary>
    public string Tag { get; }

    /// <summary>Gets the 1-based number of the segment in the input it was read from (<c>UNA</c> not counted), or 0 for a segment made in code.</summary>
    public int Number { get; internal init; }

    /// <summary>Gets the 1-based line the segment starts on in the input it was read from, or 0 for a segment made in code.</summary>
    public int Line { get; internal init; }

    /// <summary>Gets how many data elements follow the tag.</summary>
    public int ElementCount { get; }

    /// <summary>Gets the data elements in order, each a list of components.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Elements => _elements ??= Materialize();

    /// <summary>Gets a component, or an empty string when the element or component is absent.</summary>
    /// <param name="element">The 1-based element position (after the tag).</param>
    /// <param name="component">The 1-based component position.</param>
    /// <returns>The component's data.</returns>
    public string this[int element, int component = 1]
    {
        get
        {
            if (element < 1 || element > ElementCount || component < 1)
            {
                return string.Empty;
            }

            if (_bounds is null)
            {
                var components = _elements![element - 1];
                return component <= components.Count ? components[component - 1] : string.Empty;
            }

            var first = _bounds[element] + component - 1;
            return first < _bounds[element + 1] ? Component(first) : string.Empty;
        }
    }

    /// <summary>Compares tag and every component.</summary>
    /// <param name="other">The other segment.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(EdifactSegment? other) =>
        other is not null && Tag == other.Tag && ElementCount == other.ElementCount
        && Elements.Zip(other.Elements).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EdifactSegment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tag, ElementCount);

    /// <summary>Formats the segment with the default service characters, releases not shown.</summary>
    /// <returns>Text such as <c>NAD+CZ+12345::9</c>.</returns>
    public override string ToString() => Tag + string.Concat(Elements.Select(e => "+" + string.Join(':', e)));

    private string Component(int index)
    {
        var at = ElementCount + 2 + (2 * index);
        return _text![_bounds![at].._bounds[at + 1]];
    }

    private List<IReadOnlyList<string>> Materialize()
    {
        var elements = new List<IReadOnlyList<string>>(ElementCount);
        for (var e = 1; e <= ElementCount; e++)
        {
            var components = new string[_bounds![e + 1] - _bounds[e]];
            for (var c = 0; c < components.Length; c++)
            {
                components[c] = Component(_bounds[e] + c);
            }

            elements.Add(components);
        }

        return elements;
    }
}
