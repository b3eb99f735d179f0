using System.Collections;

namespace Gateway.Sdk.Xml;

/// <summary>Creates the read-only lists that give documents value equality.</summary>
internal static class EquatableList
{
    public static EquatableList<T> From<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items as EquatableList<T> ?? (items.Count == 0 ? EquatableList<T>.Empty : new EquatableList<T>([.. items]));
    }
}

/// <summary>Is a read-only list compared by its items, so that records holding lists compare by value.</summary>
internal sealed class EquatableList<T>(T[] items) : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    public static EquatableList<T> Empty { get; } = new([]);

    public int Count => items.Length;

    public T this[int index] => items[index];

    public bool Equals(EquatableList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.Items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => obj is EquatableList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    private T[] Items => items;
}
