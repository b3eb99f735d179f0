using Gateway.Sdk.Edifact;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Says where each <c>DecMessage</c> field goes in a CUSDEC message: a message implementation guide held as data.</summary>
/// <remarks>
/// <para><see cref="Default"/> is the SDK's own guide for CUSDEC D.96B (<c>Documents/Declarations/Data/cusdec-d96b.txt</c>,
/// shown in <c>docs/edifact.md</c>). China Customs has published no CUSDEC guide for the single window, so this one is
/// not official: it puts the fields that have a clear UN home in BGM, MEA, FTX, RFF, TDT, NAD, EQD, DOC, CST and MOA
/// segments, and carries every other field in <c>FTX+ZZZ</c> segments, so that no field is lost.</para>
/// <para>Text format: <c>[Block]</c> names a block (<c>DecHead</c>, <c>DecList</c>, <c>Container</c> …); each line under it is
/// <c>PATH TEMPLATE</c>, where PATH is <c>-</c> for the block's level or <c>SGn</c> when the segment opens an occurrence
/// of that group, and TEMPLATE is a segment with the default separators in which <c>{Field}</c> stands for a field's wire
/// text and <c>{Field|a=b|c=d}</c> maps values. A list block's first line is its anchor, written for every item.</para>
/// </remarks>
public sealed class CusdecMapping
{
    private static readonly Lazy<CusdecMapping> Embedded = new(() =>
    {
        using var stream = typeof(CusdecMapping).Assembly.GetManifestResourceStream("Gateway.Sdk.Declarations.cusdec-d96b.txt")!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    private CusdecMapping(Dictionary<string, List<Line>> blocks) => Blocks = blocks;

    /// <summary>Gets the SDK's guide for CUSDEC D.96B.</summary>
    public static CusdecMapping Default => Embedded.Value;

    internal IReadOnlyDictionary<string, List<Line>> Blocks { get; }

    /// <summary>Reads a guide from its text.</summary>
    /// <param name="text">The guide.</param>
    /// <returns>The guide.</returns>
    /// <exception cref="FormatException">A line cannot be read; the message names it.</exception>
    public static CusdecMapping Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new Dictionary<string, List<Line>>(StringComparer.Ordinal);
        List<Line>? current = null;
        var number = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                blocks[line[1..^1]] = current = [];
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (current is null || space < 1)
            {
                throw new FormatException($"CUSDEC guide line {number}: expected '[Block]' or 'PATH TEMPLATE', such as '- FTX+AAA+++{{GName}}'");
            }

            var path = line[..space];
            current.Add(new Line(path == "-" ? null : path, ParseTemplate(line[(space + 1)..].Trim(), number)));
        }

        return new CusdecMapping(blocks);
    }

    private static Template ParseTemplate(string text, int number)
    {
        var elements = text.Split('+');
        if (elements[0].Length != 3 || elements[0].Any(c => !char.IsAsciiLetterUpper(c)))
        {
            throw new FormatException($"CUSDEC guide line {number}: '{text}' does not start with a segment tag");
        }

        var parts = elements.Skip(1).Select(e => e.Split(':').Select(c => ParsePart(c, number)).ToArray()).ToArray();
        return new Template(elements[0], parts);
    }

    private static Part ParsePart(string text, int number)
    {
        if (!text.StartsWith('{'))
        {
            return new Part(text, null, null);
        }

        if (!text.EndsWith('}'))
        {
            throw new FormatException($"CUSDEC guide line {number}: '{text}' has no closing brace");
        }

        var pieces = text[1..^1].Split('|');
        var map = pieces.Length == 1 ? null : pieces.Skip(1).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p.Length == 2 ? p[1] : throw new FormatException($"CUSDEC guide line {number}: '{text}' maps values as {{Field|from=to}}"), StringComparer.Ordinal);
        return new Part(null, pieces[0], map);
    }

    /// <summary>A template line: the group it opens (or <see langword="null"/>) and the segment.</summary>
    internal sealed record Line(string? Group, Template Template);

    /// <summary>A constant component or a field, optionally with a value map.</summary>
    internal sealed record Part(string? Constant, string? Field, IReadOnlyDictionary<string, string>? Map);

    /// <summary>A segment template: tag, then elements of components.</summary>
    internal sealed record Template(string Tag, Part[][] Elements)
    {
        public IEnumerable<string> Fields => Elements.SelectMany(e => e).Where(p => p.Field is not null).Select(p => p.Field!);

        /// <summary>Fills the template; returns <see langword="null"/> (and no fields used) when a value cannot be expressed or nothing would be carried.</summary>
        public EdifactSegment? Fill(Func<string, string?> value, Func<int, int, string, bool> fits, bool anchor)
        {
            var any = false;
            var elements = new List<IReadOnlyList<string>>();
            for (var e = 0; e < Elements.Length; e++)
            {
                var components = new string[Elements[e].Length];
                for (var c = 0; c < components.Length; c++)
                {
                    var part = Elements[e][c];
                    if (part.Constant is not null)
                    {
                        components[c] = part.Constant;
                        continue;
                    }

                    var text = value(part.Field!);
                    if (text is not null && part.Map is not null)
                    {
                        text = part.Map.TryGetValue(text, out var mapped) ? mapped : null;
                        if (text is null)
                        {
                            return null;
                        }
                    }
                    else if (text is null && part.Map is not null && !anchor)
                    {
                        return null;
                    }

                    if (text is { Length: > 0 } && !fits(e + 1, c + 1, text))
                    {
                        return null;
                    }

                    any |= part.Map is null && text is { Length: > 0 };
                    components[c] = text ?? string.Empty;
                }

                elements.Add(components);
            }

            return any || anchor ? new EdifactSegment(Tag, elements) : null;
        }

        /// <summary>Says whether a segment has this template's tag, constants and mapped values.</summary>
        public bool Matches(EdifactSegment segment)
        {
            if (segment.Tag != Tag)
            {
                return false;
            }

            for (var e = 0; e < Elements.Length; e++)
            {
                for (var c = 0; c < Elements[e].Length; c++)
                {
                    var part = Elements[e][c];
                    var actual = segment[e + 1, c + 1];
                    if ((part.Constant is not null && actual != part.Constant) || (part.Map is not null && actual.Length > 0 && !part.Map.Values.Contains(actual)))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Reads the fields' values from a matching segment.</summary>
        public IEnumerable<(string Field, string Value)> Read(EdifactSegment segment)
        {
            for (var e = 0; e < Elements.Length; e++)
            {
                for (var c = 0; c < Elements[e].Length; c++)
                {
                    var part = Elements[e][c];
                    var actual = segment[e + 1, c + 1];
                    if (part.Field is null || actual.Length == 0)
                    {
                        continue;
                    }

                    yield return (part.Field, part.Map is null ? actual : part.Map.First(m => m.Value == actual).Key);
                }
            }
        }
    }
}
