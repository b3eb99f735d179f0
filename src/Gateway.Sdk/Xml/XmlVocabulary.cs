using System.Collections.Frozen;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Xml;

/// <summary>Lists the child elements a block of a nested message may hold, which of them repeat, and whether unknown ones are kept.</summary>
/// <param name="singles">Children that appear at most once.</param>
/// <param name="repeats">Children that may repeat.</param>
/// <param name="keepsUnknown">Whether the model keeps unknown children (<c>AdditionalElements</c>); otherwise they are dropped with a warning.</param>
internal sealed class XmlVocabulary(string[] singles, string[]? repeats = null, bool keepsUnknown = false)
{
    private readonly FrozenDictionary<string, int> _index = singles.Concat(repeats ?? []).Select(static (n, i) => (n, i)).ToFrozenDictionary(static p => p.n, static p => p.i, StringComparer.Ordinal);
    private readonly int _singles = singles.Length;

    /// <summary>Reports repeated singles (<c>XML006</c>) and unknown children (<c>XML010</c>), records positions, and returns the unknown children the model keeps.</summary>
    public IReadOnlyList<XmlExtension> Check(XmlTree node, string xpath, string ns, ReadSession s)
    {
        s.Record(xpath, node.Line, node.Column);
        List<XmlExtension>? kept = null;
        ulong seen = 0;
        foreach (var child in node.Children)
        {
            if (child.Namespace == ns && _index.TryGetValue(child.Name, out var i))
            {
                if (i < _singles)
                {
                    if ((seen & (1UL << i)) != 0)
                    {
                        s.Add("XML006", ValidationSeverity.Error, $"{child.Name} appears twice in {node.Name}; keep one", $"{xpath}/{child.Name}", null, child.Line, child.Column);
                    }

                    seen |= 1UL << i;
                }

                continue;
            }

            if (keepsUnknown)
            {
                (kept ??= []).Add(new XmlExtension(child.Name, child.OuterXml(ns)));
                s.Add("XML010", ValidationSeverity.Warning, $"{child.Name} is not an element the SDK knows in {node.Name}; it is kept as is (check the spelling, or the specification version)", $"{xpath}/{child.Name}", null, child.Line, child.Column);
            }
            else
            {
                s.Add("XML010", ValidationSeverity.Warning, $"{child.Name} is not an element the SDK knows in {node.Name}; it is left out when the message is written again (check the spelling, or the specification version)", $"{xpath}/{child.Name}", null, child.Line, child.Column);
            }
        }

        return kept ?? (IReadOnlyList<XmlExtension>)[];
    }
}
