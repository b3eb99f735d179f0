namespace Gateway.Sdk.Edifact;

/// <summary>Represents one segment: its tag and its data elements, each a list of components (simple elements have one).</summary>
/// <param name="Tag">The segment tag, such as <c>NAD</c>.</param>
/// <param name="Elements">The data elements in order; trailing empty ones are kept as read.</param>
/// <remarks>Release characters are resolved: components hold the data itself. Syntax-4 repetitions are not split.</remarks>
public sealed record EdifactSegment(string Tag, IReadOnlyList<IReadOnlyList<string>> Elements)
{
    /// <summary>Gets a component, or an empty string when the element or component is absent.</summary>
    /// <param name="element">The 1-based element position (after the tag).</param>
    /// <param name="component">The 1-based component position.</param>
    /// <returns>The component's data.</returns>
    public string this[int element, int component = 1] =>
        element >= 1 && element <= Elements.Count && component >= 1 && component <= Elements[element - 1].Count ? Elements[element - 1][component - 1] : string.Empty;

    /// <summary>Compares tag and every component.</summary>
    /// <param name="other">The other segment.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(EdifactSegment? other) =>
        other is not null && Tag == other.Tag && Elements.Count == other.Elements.Count
        && Elements.Zip(other.Elements).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tag, Elements.Count);
}
