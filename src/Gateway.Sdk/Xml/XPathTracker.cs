using System.Xml;

namespace Gateway.Sdk.Xml;

/// <summary>Follows a reader through a document and names the current element as an XPath; repeated elements get a 1-based index.</summary>
/// <param name="repeated">Names of elements that repeat, or <c>Parent/Name</c> for one that repeats only under that parent.</param>
internal sealed class XPathTracker(IReadOnlySet<string> repeated)
{
    private readonly Stack<(string Path, Dictionary<string, int> Counts)> _stack = new();

    public string Current => _stack.Count == 0 ? string.Empty : _stack.Peek().Path;

    /// <summary>Names a child of the current element without entering it (the count is not advanced).</summary>
    public string Child(string name)
    {
        if (!repeated.Contains(name) && !repeated.Contains(ParentName() + "/" + name))
        {
            return $"{Current}/{name}";
        }

        var counts = _stack.Count == 0 ? null : _stack.Peek().Counts;
        return $"{Current}/{name}[{(counts?.GetValueOrDefault(name) ?? 0) + 1}]";
    }

    private string ParentName()
    {
        var path = Current.AsSpan();
        path = path[(path.LastIndexOf('/') + 1)..];
        return (path.IndexOf('[') is var bracket and >= 0 ? path[..bracket] : path).ToString();
    }

    public void Visit(XmlReader reader)
    {
        if (reader.NodeType == XmlNodeType.Element)
        {
            var path = Child(reader.LocalName);
            if (_stack.Count > 0)
            {
                var counts = _stack.Peek().Counts;
                counts[reader.LocalName] = counts.GetValueOrDefault(reader.LocalName) + 1;
            }

            if (!reader.IsEmptyElement)
            {
                _stack.Push((path, new Dictionary<string, int>(StringComparer.Ordinal)));
            }
        }
        else if (reader.NodeType == XmlNodeType.EndElement && _stack.Count > 0)
        {
            _stack.Pop();
        }
    }
}
