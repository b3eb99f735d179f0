namespace Gateway.Sdk.Edifact;

/// <summary>Represents one segment: its tag and its data elements, each a list of components (simple elements have one).</summary>
/// <remarks>
/// Release characters are resolved: components hold the data itself. A data element repeated with the syntax-4
/// repetition separator has several occurrences: <see cref="Elements"/> and the indexer give the first,
/// <see cref="Repeats"/> gives them all. A segment read by <see cref="EdifactReader"/> keeps its text in one string and
/// makes component strings only when they are asked for, so reading a file costs little more than scanning it.
/// </remarks>
public sealed class EdifactSegment : IEquatable<EdifactSegment>
{
    private readonly string? _text;
    private readonly int _textLength;
    private IReadOnlyList<IReadOnlyList<string>>? _elements;

    // What few segments have lives in one side object, so that the millions of plain ones stay small.
    private Rare? _rare;

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

    private EdifactSegment(string tag, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> repeats)
    {
        Tag = tag;
        _rare = new Rare { Repeats = repeats };
        _elements = [.. repeats.Select(r => r[0])];
        ElementCount = repeats.Count;
    }

    /// <summary>Initializes a segment over one string: its first <paramref name="textLength"/> characters are the data,
    /// then come the bounds as characters, unless <paramref name="wideBounds"/> holds them (a segment too long for that).
    /// The bounds are, for elements 0..n (0 is the tag), the index of each element's first component, then one past the
    /// last; then the end of each component (components are contiguous: each starts where the previous one ends). <paramref name="repeatStarts"/> holds, in order, the index of each
    /// component that starts a repetition.</summary>
    internal EdifactSegment(string tag, string text, int textLength, int[]? wideBounds, int elementCount, int[]? repeatStarts)
    {
        Tag = tag;
        _text = text;
        _textLength = textLength;
        ElementCount = elementCount;
        if (wideBounds is not null || repeatStarts is not null)
        {
            _rare = new Rare { WideBounds = wideBounds, RepeatStarts = repeatStarts };
        }
    }

    /// <summary>Gets the segment tag, such as <c>NAD</c>.</summary>
    public string Tag { get; }

    /// <summary>Gets the 1-based number of the segment in the input it was read from (<c>UNA</c> not counted), or 0 for a segment made in code.</summary>
    public int Number { get; internal init; }

    /// <summary>Gets the 1-based line the segment starts on in the input it was read from, or 0 for a segment made in code.</summary>
    public int Line { get; internal init; }

    /// <summary>Gets how many data elements follow the tag.</summary>
    public int ElementCount { get; }

    /// <summary>Gets or sets the bytes the segment was read from, when the reader keeps them.</summary>
    internal KeptText? Kept
    {
        get => _rare?.Kept;
        set => (_rare ??= new Rare()).Kept = value;
    }

    /// <summary>Gets the data elements in order, each a list of components (the first occurrence of a repeated element).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Elements => _elements ??= Materialize();

    /// <summary>Gets a value indicating whether an element repeats (syntax-4 repetition separator).</summary>
    public bool HasRepeats => _rare?.RepeatStarts is not null || (_rare?.Repeats is { } repeats && repeats.Any(r => r.Count > 1));

    /// <summary>Makes a segment whose data elements may repeat (syntax version 4).</summary>
    /// <param name="tag">The segment tag.</param>
    /// <param name="elements">The data elements in order, each a list of one or more occurrences, each a list of components.</param>
    /// <returns>The segment.</returns>
    public static EdifactSegment WithRepeats(string tag, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> elements)
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(elements);
        if (elements.Any(e => e.Count == 0))
        {
            throw new ArgumentException("every data element needs at least one occurrence", nameof(elements));
        }

        return new EdifactSegment(tag, elements);
    }

    /// <summary>Gets every occurrence of a data element, each a list of components.</summary>
    /// <param name="element">The 1-based element position (after the tag).</param>
    /// <returns>One occurrence for an element that does not repeat; none for an absent element.</returns>
    public IReadOnlyList<IReadOnlyList<string>> Repeats(int element)
    {
        if (element < 1 || element > ElementCount)
        {
            return [];
        }

        if (_text is null)
        {
            return _rare?.Repeats?[element - 1] ?? [_elements![element - 1]];
        }

        var occurrences = new List<IReadOnlyList<string>>(1);
        var start = Bound(element);
        while (start < Bound(element + 1) || occurrences.Count == 0)
        {
            var end = RepeatEnd(element, start);
            var components = new string[end - start];
            for (var c = 0; c < components.Length; c++)
            {
                components[c] = Component(start + c);
            }

            occurrences.Add(components);
            start = end;
        }

        return occurrences;
    }

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

            if (_text is null)
            {
                var components = _elements![element - 1];
                return component <= components.Count ? components[component - 1] : string.Empty;
            }

            var first = Bound(element) + component - 1;
            return first < RepeatEnd(element, Bound(element)) ? Component(first) : string.Empty;
        }
    }

    /// <summary>Compares tag and every component.</summary>
    /// <param name="other">The other segment.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(EdifactSegment? other) =>
        other is not null && Tag == other.Tag && ElementCount == other.ElementCount
        && (HasRepeats || other.HasRepeats
            ? Enumerable.Range(1, ElementCount).All(e => Repeats(e).Count == other.Repeats(e).Count && Repeats(e).Zip(other.Repeats(e)).All(p => p.First.SequenceEqual(p.Second)))
            : Elements.Zip(other.Elements).All(p => p.First.SequenceEqual(p.Second)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EdifactSegment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tag, ElementCount);

    /// <summary>Formats the segment with the default service characters, repetitions separated by <c>*</c>, releases not shown.</summary>
    /// <returns>Text such as <c>NAD+CZ+12345::9</c>.</returns>
    public override string ToString() => Tag + string.Concat(Enumerable.Range(1, ElementCount).Select(e => "+" + string.Join('*', Repeats(e).Select(r => string.Join(':', r)))));

    private int Bound(int index) => _rare?.WideBounds is { } wide ? wide[index] : _text![_textLength + index];

    /// <summary>Finds where the occurrence starting at component <paramref name="start"/> of an element ends.</summary>
    private int RepeatEnd(int element, int start)
    {
        var end = Bound(element + 1);
        if (_rare?.RepeatStarts is { } repeatStarts)
        {
            foreach (var r in repeatStarts)
            {
                if (r > start && r < end)
                {
                    return r;
                }
            }
        }

        return end;
    }

    private string Component(int index)
    {
        var at = ElementCount + 2 + index;
        var start = index == 0 ? 0 : Bound(at - 1);
        return _text!.Substring(start, Bound(at) - start);
    }

    private List<IReadOnlyList<string>> Materialize()
    {
        var elements = new List<IReadOnlyList<string>>(ElementCount);
        for (var e = 1; e <= ElementCount; e++)
        {
            var components = new string[RepeatEnd(e, Bound(e)) - Bound(e)];
            for (var c = 0; c < components.Length; c++)
            {
                components[c] = Component(Bound(e) + c);
            }

            elements.Add(components);
        }

        return elements;
    }

    /// <summary>Holds what only some segments have: bounds too large for characters, repetitions, the bytes kept for rewriting.</summary>
    private sealed class Rare
    {
        public int[]? WideBounds { get; init; }

        public int[]? RepeatStarts { get; init; }

        public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>? Repeats { get; init; }

        public KeptText? Kept { get; set; }
    }
}

/// <summary>Holds what a segment was read from, for writing it back unchanged.</summary>
/// <param name="Bytes">The segment's bytes, terminator included.</param>
/// <param name="Characters">The service characters the bytes are written with.</param>
/// <param name="Syntax">The syntax identifier the bytes are encoded in.</param>
internal sealed record KeptText(byte[] Bytes, EdifactServiceCharacters Characters, string Syntax)
{
    /// <summary>Gets what came before the first segment: byte order mark, <c>UNA</c>, blanks; empty for the others.</summary>
    public byte[] Leading { get; init; } = [];

    /// <summary>Gets or sets the blanks and line breaks after the segment, once the reader has seen them.</summary>
    public byte[] Trailing { get; set; } = [];
}
