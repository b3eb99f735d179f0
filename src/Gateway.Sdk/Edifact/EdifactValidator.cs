using System.Globalization;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Edifact;

/// <summary>Checks a message against its segment table and segment layouts: order, mandatory segments and groups,
/// repeats, then each segment's elements and components (presence, count, length, character type).</summary>
/// <remarks>
/// <para>Every issue says where: line, segment number and a path such as <c>SG30[2]/CST/C246/7361</c> (group
/// occurrences 1-based, then the segment tag, composite and element identifiers). A message whose directory the
/// validator has no schema for is checked only for its envelope, with warning <c>EDI310</c>. Control counts are
/// checked by <see cref="EdifactReader.Messages"/>. Thread-safe.</para>
/// <para>Codes, with the UN syntax error code (0085) each maps to in CONTRL: <c>EDI301</c> missing mandatory segment
/// or group (13), <c>EDI302</c> segment not allowed here (15), <c>EDI303</c> too many segment repeats (35),
/// <c>EDI304</c> too many group repeats (36), <c>EDI305</c> missing mandatory element or component (13), <c>EDI306</c>
/// too many elements or components (16), <c>EDI307</c> value too long (39), <c>EDI308</c> value too short (40),
/// <c>EDI309</c> wrong character type (37).</para>
/// </remarks>
public sealed class EdifactValidator
{
    private readonly Func<string, string, string, EdifactSchema?> _schemas;

    /// <summary>Initializes a new instance of the <see cref="EdifactValidator"/> class.</summary>
    /// <param name="schemas">Finds the schema of a message type, version and release; <see langword="null"/> for the embedded ones (<see cref="EdifactSchema.Find"/>).</param>
    public EdifactValidator(Func<string, string, string, EdifactSchema?>? schemas = null) => _schemas = schemas ?? EdifactSchema.Find;

    /// <summary>Gets the UN syntax error code (data element 0085) for a validation code, as CONTRL reports it.</summary>
    /// <param name="code">A code such as <c>EDI301</c>.</param>
    /// <returns>The 0085 code, such as <c>13</c>; <c>18</c> (unspecified error) for a code with no closer match.</returns>
    public static string SyntaxErrorCode(string code) => code switch
    {
        "EDI301" or "EDI305" => "13",
        "EDI302" => "15",
        "EDI303" => "35",
        "EDI304" => "36",
        "EDI306" => "16",
        "EDI307" => "39",
        "EDI308" => "40",
        "EDI309" => "37",
        "EDI004" => "21",
        "EDI002" => "20",
        "EDI211" => "29",
        "EDI212" => "28",
        "EDI213" => "26",
        _ => "18",
    };

    /// <summary>Validates a message.</summary>
    /// <param name="message">The message, as read by <see cref="EdifactReader.Messages"/>.</param>
    /// <returns>Every issue found, in segment order.</returns>
    public ValidationReport Validate(EdifactMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var issues = new List<ValidationIssue>();
        var header = message.Segments[0];
        if (SchemaFor(message) is { } schema)
        {
            Parse(message, schema, issues);
        }
        else
        {
            issues.Add(new ValidationIssue("EDI310", ValidationSeverity.Warning, $"no segment table for {message.Identifier}: only the envelope was checked; load one with EdifactSchema.Parse", Where(header, "UNH/S009")));
        }

        return new ValidationReport(issues);
    }

    /// <summary>Finds the schema the message is checked against, or <see langword="null"/>.</summary>
    internal EdifactSchema? SchemaFor(EdifactMessage message) => _schemas(message.Type, message.Segments[0][2, 2], message.Segments[0][2, 3]);

    /// <summary>Places the message's segments in the groups of its table, reporting what does not fit.</summary>
    internal static Node Parse(EdifactMessage message, EdifactSchema schema, List<ValidationIssue> issues)
    {
        var root = new Node(schema.Root, string.Empty);
        new Matcher(message.Segments, schema, issues).Match(schema.Root, root, 0, static _ => false);
        return root;
    }

    /// <summary>Checks a value against a format such as <c>an..35</c> or <c>n..15</c>; returns the code and message of the first problem, or <see langword="null"/>.</summary>
    internal static (string Code, string Message)? Check(string value, EdifactSchema.Format format)
    {
        var length = value.Length;
        if (format.Kind == "n")
        {
            var digits = value.AsSpan().TrimStart('-');
            var mark = digits.IndexOfAny('.', ',');
            var numeric = digits.Length > 0 && (mark < 0 ? !digits.ContainsAnyExceptInRange('0', '9') : !digits[..mark].ContainsAnyExceptInRange('0', '9') && !digits[(mark + 1)..].ContainsAnyExceptInRange('0', '9') && digits.Length > 1);
            if (!numeric)
            {
                return ("EDI309", $"'{value}' is not numeric ({format}): digits, an optional decimal mark and a leading minus only");
            }

            length = digits.Length - (mark < 0 ? 0 : 1);
        }
        else if (format.Kind == "a" && value.Any(char.IsAsciiDigit))
        {
            return ("EDI309", $"'{value}' holds digits but is alphabetic ({format})");
        }

        return length > format.Length ? ("EDI307", $"'{(value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…"))}' has {length} characters, more than {format} allows")
            : format.Fixed && length < format.Length ? ("EDI308", $"'{value}' has {length} characters, but {format} needs exactly {format.Length}")
            : null;
    }

    private static IssueLocation Where(EdifactSegment segment, string path) => new() { Line = segment.Line, Column = 1, Segment = segment.Number, EdifactPath = path };

    /// <summary>A group occurrence (or the message itself): its segments and the group occurrences inside it, in order.</summary>
    internal sealed class Node(EdifactSchema.Group group, string path)
    {
        public EdifactSchema.Group Group => group;

        public string Path => path;

        public List<EdifactSegment> Segments { get; } = [];

        public List<Node> Children { get; } = [];
    }

    private sealed class Matcher(IReadOnlyList<EdifactSegment> segments, EdifactSchema schema, List<ValidationIssue> issues)
    {
        /// <summary>Matches segments from <paramref name="position"/> against a group's entries; returns where the group ends.</summary>
        public int Match(EdifactSchema.Group group, Node node, int position, Func<string, bool> enclosing)
        {
            var entries = group.Entries;
            var counts = new int[entries.Count];
            var isRoot = node.Path.Length == 0;
            var i = 0;
            while (position < segments.Count)
            {
                var segment = segments[position];
                var j = Find(entries, isRoot || counts[0] == 0 ? i : Math.Max(i, 1), segment.Tag);
                if (j >= 0 && counts[j] >= entries[j].MaxRepeat && Find(entries, j + 1, segment.Tag) is var later and >= 0
                    && !entries.Skip(j + 1).Take(later - j - 1).Any(e => e.Mandatory))
                {
                    j = later; // a full entry gives way to a later one with the same tag (CUSDEC has UNS twice)
                }

                if (j < 0)
                {
                    if (!isRoot && enclosing(segment.Tag))
                    {
                        break;
                    }

                    Add("EDI302", $"{segment.Tag} is not allowed here{(i < entries.Count ? $": expected {Expected(entries, i, counts)}" : string.Empty)}", segment, Join(node.Path, segment.Tag));
                    position++;
                    continue;
                }

                Missing(entries, counts, i, j, segment.Tag, segment, node.Path);
                i = j;
                var entry = entries[j];
                counts[j]++;
                if (counts[j] > entry.MaxRepeat)
                {
                    Add(entry is EdifactSchema.Group ? "EDI304" : "EDI303", $"{entry.Tag} occurs more than {entry.MaxRepeat} time(s), its maximum here", segment, Join(node.Path, entry.Tag));
                }

                if (entry is EdifactSchema.Group child)
                {
                    var childNode = new Node(child, Join(node.Path, $"{child.Tag}[{counts[j]}]"));
                    node.Children.Add(childNode);
                    var at = j;
                    position = Match(child, childNode, position, tag => Find(entries, at, tag) >= 0 || enclosing(tag));
                }
                else
                {
                    node.Segments.Add(segment);
                    Elements(segment, Join(node.Path, segment.Tag));
                    position++;
                }
            }

            var last = position < segments.Count ? segments[position] : segments[^1];
            Missing(entries, counts, i, entries.Count, position < segments.Count ? last.Tag : "the end of the message", last, node.Path);
            return position;
        }

        private static int Find(List<EdifactSchema.Entry> entries, int from, string tag)
        {
            for (var k = from; k < entries.Count; k++)
            {
                if ((entries[k] is EdifactSchema.Group g ? g.Trigger : entries[k].Tag) == tag)
                {
                    return k;
                }
            }

            return -1;
        }

        private static string Expected(List<EdifactSchema.Entry> entries, int from, int[] counts)
        {
            var next = entries.Skip(from).Select((e, k) => (e, k: k + from)).FirstOrDefault(x => x.e.Mandatory && counts[x.k] == 0).e ?? entries[from];
            return next is EdifactSchema.Group g ? $"{g.Trigger} ({g.Tag})" : next.Tag;
        }

        private void Missing(List<EdifactSchema.Entry> entries, int[] counts, int from, int to, string before, EdifactSegment at, string path)
        {
            for (var k = from; k < to; k++)
            {
                if (entries[k].Mandatory && counts[k] == 0)
                {
                    var what = entries[k] is EdifactSchema.Group g ? $"{g.Trigger} ({g.Tag})" : entries[k].Tag;
                    Add("EDI301", $"expected {what} before {before}: it is mandatory", at, Join(path, entries[k].Tag));
                    counts[k] = -1;
                }
            }
        }

        private void Elements(EdifactSegment segment, string path)
        {
            if (!schema.Segments.TryGetValue(segment.Tag, out var spec))
            {
                return;
            }

            for (var e = 0; e < segment.ElementCount || e < spec.Elements.Count; e++)
            {
                if (e >= spec.Elements.Count)
                {
                    Add("EDI306", $"{segment.Tag} has {segment.ElementCount} data elements, at most {spec.Elements.Count} allowed: remove the extra ones", segment, path);
                    return;
                }

                var element = spec.Elements[e];
                var components = e < segment.ElementCount ? segment.Elements[e] : [];
                var at = $"{path}/{Occurrence(spec.Elements, e)}";
                if (segment.HasRepeats && segment.Repeats(e + 1).Count > 1)
                {
                    Add("EDI306", $"{element.Id} occurs {segment.Repeats(e + 1).Count} times, but the segment layout allows it once: only the first occurrence is checked", segment, at);
                }

                if (components.All(c => c.Length == 0))
                {
                    if (element.Mandatory)
                    {
                        Add("EDI305", $"{element.Id} (element {e + 1} of {segment.Tag}) is mandatory but empty", segment, at);
                    }

                    continue;
                }

                if (element.Format is { } format)
                {
                    if (components.Count > 1)
                    {
                        Add("EDI306", $"{element.Id} is a simple element but has {components.Count} components", segment, at);
                    }

                    Value(components[0], format, segment, at);
                    continue;
                }

                if (components.Count > element.Components.Count)
                {
                    Add("EDI306", $"{element.Id} has {components.Count} components, at most {element.Components.Count} allowed", segment, at);
                }

                for (var c = 0; c < element.Components.Count; c++)
                {
                    var component = element.Components[c];
                    var value = c < components.Count ? components[c] : string.Empty;
                    if (value.Length == 0)
                    {
                        if (component.Mandatory)
                        {
                            Add("EDI305", $"{component.Id} (component {c + 1} of {element.Id}) is mandatory when {element.Id} is present", segment, $"{at}/{Occurrence(element.Components, c)}");
                        }

                        continue;
                    }

                    Value(value, component.Format!, segment, $"{at}/{Occurrence(element.Components, c)}");
                }
            }
        }

        /// <summary>Names the item at <paramref name="index"/> by its identifier, with its occurrence when the identifier repeats (<c>C059/3042[2]</c>).</summary>
        private static string Occurrence(List<EdifactSchema.ElementSpec> items, int index)
        {
            var name = items[index].Id;
            var before = 0;
            var total = 0;
            for (var k = 0; k < items.Count; k++)
            {
                if (items[k].Id == name)
                {
                    total++;
                    before += k < index ? 1 : 0;
                }
            }

            return total > 1 ? $"{name}[{before + 1}]" : name;
        }

        private void Value(string value, EdifactSchema.Format format, EdifactSegment segment, string path)
        {
            if (Check(value, format) is { } problem)
            {
                Add(problem.Code, problem.Message, segment, path);
            }
        }

        private void Add(string code, string message, EdifactSegment segment, string path) =>
            issues.Add(new ValidationIssue(code, ValidationSeverity.Error, message, Where(segment, path)));

        private static string Join(string path, string part) => path.Length == 0 ? part : $"{path}/{part}";
    }
}
