namespace Gateway.Sdk.Edifact;

/// <summary>Is the segment <see cref="EdifactReader.Read"/> stopped at, read in place: its tag and components are spans over
/// the reader's buffer, valid until the next <see cref="EdifactReader.Read"/>. Nothing is allocated to read them.</summary>
/// <remarks>Release characters are resolved and text decoded as for <see cref="EdifactSegment"/>; positions are 1-based as
/// in its indexer, and a repeated element (syntax version 4) gives its first occurrence. <see cref="ToSegment"/> makes a
/// segment object of it, to keep.</remarks>
public readonly ref struct EdifactSegmentSpan
{
    private readonly EdifactReader _reader;

    internal EdifactSegmentSpan(EdifactReader reader) => _reader = reader;

    /// <summary>Gets the segment tag, such as <c>NAD</c>.</summary>
    public ReadOnlySpan<char> Tag => _reader.TagSpan();

    /// <summary>Gets how many data elements follow the tag.</summary>
    public int ElementCount => _reader.ElementCount;

    /// <summary>Gets the 1-based number of the segment in the input (<c>UNA</c> not counted).</summary>
    public int Number => _reader.Position.Number;

    /// <summary>Gets the 1-based line the segment starts on.</summary>
    public int Line => _reader.Position.Line;

    /// <summary>Gets a component, or an empty span when the element or component is absent.</summary>
    /// <param name="element">The 1-based element position (after the tag).</param>
    /// <param name="component">The 1-based component position.</param>
    /// <returns>The component's data.</returns>
    public ReadOnlySpan<char> this[int element, int component = 1] => _reader.Component(element, component);

    /// <summary>Gets how many components an element has (its first occurrence), or 0 when it is absent.</summary>
    /// <param name="element">The 1-based element position.</param>
    /// <returns>The number of components.</returns>
    public int ComponentCount(int element) => _reader.ComponentCount(element);

    /// <summary>Makes a segment object of this segment, to keep beyond the next <see cref="EdifactReader.Read"/>.</summary>
    /// <returns>The segment, equal to the one <see cref="EdifactReader.Segments"/> would have given.</returns>
    public EdifactSegment ToSegment() => _reader.ToSegment();
}
