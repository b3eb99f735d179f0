using System.Text;

namespace Gateway.Sdk.Edifact;

/// <summary>Carries fields that have no template line, as <c>key=value</c> pairs in <c>FTX+ZZZ</c> segments.</summary>
/// <remarks>Pairs are joined by <c>;</c>, with <c>%</c>, <c>=</c> and <c>;</c> in them written <c>%25</c>, <c>%3D</c> and
/// <c>%3B</c>; a key alone marks a list item or block with no values. The text is cut into components of 70
/// characters (FTX C108/4440), five a segment.</remarks>
internal sealed class Fallback
{
    private const int Component = 70;
    private readonly List<string> _pairs = [];

    public void Add(string key, string? value) =>
        _pairs.Add(value is null ? key : key + "=" + value.Replace("%", "%25", StringComparison.Ordinal).Replace("=", "%3D", StringComparison.Ordinal).Replace(";", "%3B", StringComparison.Ordinal));

    /// <summary>Writes as many pairs as fit in <paramref name="room"/> segments; returns the pairs that did not fit.</summary>
    public List<string> WriteTo(List<EdifactSegment> segments, int room = int.MaxValue)
    {
        var fitting = 0;
        for (var length = 0; fitting < _pairs.Count; fitting++)
        {
            length += _pairs[fitting].Length + (fitting > 0 ? 1 : 0);
            if (length > (long)room * 5 * (Component - 1))
            {
                break;
            }
        }

        var text = string.Join(';', _pairs.Take(fitting));
        var components = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var length = Math.Min(Component, text.Length - i);
            if (length == Component && char.IsHighSurrogate(text[i + length - 1]))
            {
                length--;
            }

            components.Add(text.Substring(i, length));
            i += length;
        }

        foreach (var chunk in components.Chunk(5))
        {
            segments.Add(new EdifactSegment("FTX", [["ZZZ"], [], [], chunk]));
        }

        return _pairs.Skip(fitting).ToList();
    }

    /// <summary>Adds pairs that did not fit at a lower level, under a key prefix such as <c>DecList[2].</c>.</summary>
    public void AddRange(string prefix, IEnumerable<string> pairs) => _pairs.AddRange(pairs.Select(p => prefix + p));

    /// <summary>Reads the pairs of the <c>FTX+ZZZ</c> segments of a level, in order.</summary>
    public static List<(string Key, string? Value, EdifactSegment Segment)> Read(IEnumerable<EdifactSegment> segments)
    {
        var pairs = new List<(string, string?, EdifactSegment)>();
        var text = new StringBuilder();
        EdifactSegment? first = null;
        foreach (var segment in segments.Where(s => s.Tag == "FTX" && s[1] == "ZZZ"))
        {
            first ??= segment;
            if (segment.ElementCount >= 4)
            {
                foreach (var component in segment.Elements[3])
                {
                    text.Append(component);
                }
            }
        }

        if (first is null || text.Length == 0)
        {
            return pairs;
        }

        foreach (var pair in text.ToString().Split(';'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var value = equals < 0 ? null : pair[(equals + 1)..].Replace("%3B", ";", StringComparison.Ordinal).Replace("%3D", "=", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);
            pairs.Add((equals < 0 ? pair : pair[..equals], value, first));
        }

        return pairs;
    }
}
