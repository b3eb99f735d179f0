using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Gateway.Sdk.Edifact;

/// <summary>Holds what a message type of one directory may contain: its segment table (groups, status, repeats) and the
/// layout of its segments (elements, components, status, formats), both read from text held as data.</summary>
/// <remarks>
/// <para>The SDK embeds CUSDEC and CUSRES of directory D.96B and CONTRL 2:2 (syntax 3) and 4:1 (syntax 4); the tables'
/// sources are listed in <c>docs/edifact.md</c>. Load another message or directory with <see cref="Parse"/>.</para>
/// <para>Table text has one entry a line: <c>TAG STATUS MAXREPEAT</c> (<c>BGM M 1</c>) or a group <c>SGn STATUS
/// MAXREPEAT</c> whose content follows, indented two more spaces, trigger segment first. Segment text has blocks
/// separated by blank lines: <c>TAG Name</c>, then each element indented two spaces (<c>3035 M an..3</c>, or a composite
/// <c>C082 C</c>) and each component four (<c>3039 M an..35</c>). Lines starting with <c>#</c> are comments.</para>
/// </remarks>
public sealed class EdifactSchema
{
    private static readonly ConcurrentDictionary<string, EdifactSchema?> Embedded = new(StringComparer.Ordinal);

    private EdifactSchema(string messageType, string directory, Group root, IReadOnlyDictionary<string, SegmentSpec> segments)
    {
        MessageType = messageType;
        Directory = directory;
        Root = root;
        Segments = segments;
    }

    /// <summary>Gets the message type, such as <c>CUSDEC</c>.</summary>
    public string MessageType { get; }

    /// <summary>Gets the directory: version and release joined, such as <c>D96B</c>, or <c>2:2</c> for a service message.</summary>
    public string Directory { get; }

    /// <summary>Gets the message's segment table: the top level, whose entries are segments and groups.</summary>
    internal Group Root { get; }

    /// <summary>Gets the segment layouts by tag; a tag without one is checked only for its place in the table.</summary>
    internal IReadOnlyDictionary<string, SegmentSpec> Segments { get; }

    /// <summary>Finds an embedded schema.</summary>
    /// <param name="messageType">The message type (<c>UNH</c> S009/0065), such as <c>CUSDEC</c>.</param>
    /// <param name="version">The version (S009/0052), such as <c>D</c>, or <c>2</c> for CONTRL.</param>
    /// <param name="release">The release (S009/0054), such as <c>96B</c>.</param>
    /// <returns>The schema, or <see langword="null"/> when the SDK has none for that message and directory.</returns>
    public static EdifactSchema? Find(string messageType, string version, string release)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(release);
        var directory = version == "D" ? version + release : $"{version}.{release}";
        return Embedded.GetOrAdd($"{messageType}.{directory}", static key =>
        {
            var table = Resource($"{key}.table.txt");
            if (table is null)
            {
                return null;
            }

            var type = key[..key.IndexOf('.', StringComparison.Ordinal)];
            var directory = key[(type.Length + 1)..];
            var service = type == "CONTRL" ? (directory.StartsWith('4') ? "service4" : "service") : "service";
            var segments = directory.StartsWith('D') ? Resource($"{directory}.segments.txt") + "\n\n" + Resource($"{service}.segments.txt") : Resource($"{service}.segments.txt")!;
            return Parse(type, directory, table, segments);
        });
    }

    /// <summary>Reads a schema from its segment table and segment layouts.</summary>
    /// <param name="messageType">The message type, such as <c>CUSDEC</c>.</param>
    /// <param name="directory">The directory, such as <c>D96B</c>.</param>
    /// <param name="table">The segment table text.</param>
    /// <param name="segments">The segment layout text.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="FormatException">A line cannot be read; the message names it.</exception>
    public static EdifactSchema Parse(string messageType, string directory, string table, string segments)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(segments);
        return new EdifactSchema(messageType, directory, ParseTable(table), ParseSegments(segments));
    }

    private static string? Resource(string name)
    {
        using var stream = typeof(EdifactSchema).Assembly.GetManifestResourceStream("Gateway.Sdk.Edifact." + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IEnumerable<(int Line, int Indent, string[] Words)> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n')
            .Select((line, i) => (Line: i + 1, Text: line))
            .Where(l => l.Text.Trim().Length > 0 && !l.Text.TrimStart().StartsWith('#'))
            .Select(l => (l.Line, l.Text.Length - l.Text.TrimStart().Length, l.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    private static Group ParseTable(string text)
    {
        var root = new Group("", true, 1, []);
        var stack = new List<(int Indent, Group Group)> { (-1, root) };
        foreach (var (line, indent, words) in Lines(text))
        {
            if (words.Length != 3 || words[1] is not ("M" or "C") || !int.TryParse(words[2], NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max < 1)
            {
                throw new FormatException($"segment table line {line}: expected 'TAG M|C MAXREPEAT', such as 'BGM M 1'");
            }

            while (stack[^1].Indent >= indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var parent = stack[^1].Group;
            if (words[0].StartsWith("SG", StringComparison.Ordinal) && words[0].Length > 2 && char.IsAsciiDigit(words[0][2]))
            {
                var group = new Group(words[0], words[1] == "M", max, []);
                parent.Entries.Add(group);
                stack.Add((indent, group));
            }
            else
            {
                parent.Entries.Add(new Entry(words[0], words[1] == "M", max));
            }
        }

        foreach (var group in Groups(root).Where(g => g.Entries.Count == 0 || g.Entries[0] is Group))
        {
            throw new FormatException($"segment table: {group.Tag} must start with its trigger segment");
        }

        return root;
    }

    private static IEnumerable<Group> Groups(Group group) => group.Entries.OfType<Group>().SelectMany(g => Groups(g).Prepend(g));

    private static Dictionary<string, SegmentSpec> ParseSegments(string text)
    {
        var specs = new Dictionary<string, SegmentSpec>(StringComparer.Ordinal);
        SegmentSpec? segment = null;
        foreach (var (line, indent, words) in Lines(text))
        {
            switch (indent)
            {
                case 0:
                    segment = new SegmentSpec(words[0], string.Join(' ', words.Skip(1)), []);
                    specs[segment.Tag] = segment;
                    break;
                case 2 when segment is not null && words.Length is 2 or 3:
                    segment.Elements.Add(new ElementSpec(words[0], words[1] == "M", words.Length == 3 ? Format.Parse(words[2], line) : null, []));
                    break;
                case 4 when segment?.Elements.LastOrDefault() is { Format: null } composite && words.Length == 3:
                    composite.Components.Add(new ElementSpec(words[0], words[1] == "M", Format.Parse(words[2], line), []));
                    break;
                default:
                    throw new FormatException($"segment layout line {line}: expected 'TAG Name', an element '  ID M|C FORMAT', a composite '  ID M|C' or a component '    ID M|C FORMAT'");
            }
        }

        return specs;
    }

    /// <summary>An entry of a segment table: a segment, or a group when it is a <see cref="Group"/>.</summary>
    internal record Entry(string Tag, bool Mandatory, int MaxRepeat);

    /// <summary>A segment group; its first entry is the trigger segment.</summary>
    internal sealed record Group(string Tag, bool Mandatory, int MaxRepeat, List<Entry> Entries) : Entry(Tag, Mandatory, MaxRepeat)
    {
        public string Trigger => Entries[0].Tag;
    }

    /// <summary>The layout of a segment.</summary>
    internal sealed record SegmentSpec(string Tag, string Name, List<ElementSpec> Elements);

    /// <summary>A simple element (with a format) or a composite (with components).</summary>
    internal sealed record ElementSpec(string Id, bool Mandatory, Format? Format, List<ElementSpec> Components);

    /// <summary>A data format such as <c>an..35</c>: kind <c>a</c>, <c>n</c> or <c>an</c>, and a fixed or maximum length.</summary>
    internal sealed record Format(string Kind, int Length, bool Fixed)
    {
        public static Format Parse(string text, int line)
        {
            var kind = text.StartsWith("an", StringComparison.Ordinal) ? "an" : text[..1];
            var rest = text[kind.Length..];
            var variable = rest.StartsWith("..", StringComparison.Ordinal);
            return kind is "a" or "n" or "an" && int.TryParse(variable ? rest[2..] : rest, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                ? new Format(kind, length, !variable)
                : throw new FormatException($"segment layout line {line}: '{text}' is not a format such as an..35, n..15 or a3");
        }

        public override string ToString() => Kind + (Fixed ? string.Empty : "..") + Length.ToString(CultureInfo.InvariantCulture);
    }
}
