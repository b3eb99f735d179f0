using System.Globalization;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Edifact;

/// <summary>The envelope layer: interchanges, functional groups and messages, with control counts checked.</summary>
public sealed partial class EdifactReader
{
    /// <summary>Reads the messages one at a time, each with its interchange and group, so memory stays bounded by one message.</summary>
    /// <returns>The messages in order, across every interchange of the input.</returns>
    /// <remarks>
    /// Control counts and references are checked as the trailers arrive (<c>UNT</c>, <c>UNE</c>, <c>UNZ</c>), and so
    /// are duplicate message and group references within an interchange. Those findings are errors added to
    /// <see cref="Issues"/>, not exceptions, so files with wrong counts, which partners do send, can still be read.
    /// Envelope structure that cannot be read (no <c>UNB</c>, a segment outside a message, a message without
    /// <c>UNT</c>, an input that ends before <c>UNZ</c>) is an <see cref="EdifactException"/>.
    /// </remarks>
    /// <exception cref="EdifactException">The input breaks the syntax or the envelope structure; the message says where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public IEnumerable<EdifactMessage> Messages()
    {
        EdifactInterchange? interchange = null;
        EdifactGroup? group = null;
        List<EdifactSegment>? message = null;
        var messages = 0;
        var groups = 0;
        var groupMessages = 0;
        var references = new HashSet<ulong>();
        EdifactSegment? last = null;
        foreach (var segment in Segments())
        {
            last = segment;
            if (message is not null)
            {
                if (segment.Tag is "UNH" or "UNB" or "UNZ" or "UNG" or "UNE")
                {
                    throw Structure(segment, $"message {message[0][1]} has no UNT before this {segment.Tag}: add the UNT trailer");
                }

                message.Add(segment);
                if (segment.Tag == "UNT")
                {
                    CheckMessage(message, segment);
                    yield return new EdifactMessage(interchange!, group, message);
                    message = null;
                }

                continue;
            }

            switch (segment.Tag)
            {
                case "UNB" when interchange is null:
                    interchange = new EdifactInterchange(segment);
                    InterchangeStarted?.Invoke(interchange);
                    (messages, groups) = (0, 0);
                    references.Clear();
                    break;
                case "UNG" when interchange is not null && group is null && (groups > 0 || messages == 0):
                    group = new EdifactGroup(segment);
                    groups++;
                    groupMessages = 0;
                    Duplicate(references, "G" + group.Reference, segment, $"group reference {group.Reference} is used twice in the interchange");
                    break;
                case "UNE" when group is not null:
                    group.Trailer = segment;
                    Count(segment, "UNE", groupMessages, "messages");
                    Reference(segment, "UNE", group.Reference, "UNG");
                    group = null;
                    break;
                case "UNH" when interchange is not null && (group is not null || groups == 0):
                    message = [segment];
                    messages++;
                    groupMessages++;
                    Duplicate(references, "M" + (group?.Reference ?? string.Empty) + "\u0001" + segment[1], segment, $"message reference {segment[1]} is used twice in the {(group is null ? "interchange" : "group")}");
                    break;
                case "UNZ" when interchange is not null && group is null:
                    interchange.Trailer = segment;
                    Count(segment, "UNZ", groups > 0 ? groups : messages, groups > 0 ? "groups" : "messages");
                    Reference(segment, "UNZ", interchange.ControlReference, "UNB");
                    interchange = null;
                    break;
                default:
                    throw Structure(segment, segment.Tag switch
                    {
                        _ when interchange is null => $"{segment.Tag} is outside an interchange: an interchange starts with UNB (or UNA then UNB)",
                        "UNB" => "UNB inside an interchange: the previous interchange needs its UNZ first",
                        "UNT" => "UNT without UNH: the message header is missing or its tag is broken",
                        "UNH" or "UNG" => "functional groups and messages outside groups are mixed in one interchange: put every message in a group, or none",
                        _ => $"{segment.Tag} is outside a message: expected UNH{(group is null ? ", UNG or UNZ" : " or UNE")}",
                    });
            }
        }

        if (message is not null || group is not null || interchange is not null)
        {
            var open = message is not null ? $"message {message[0][1]} has no UNT" : group is not null ? $"group {group.Reference} has no UNE" : "the interchange has no UNZ";
            throw new EdifactException("EDI201", $"the input ends but {open}: the file is truncated", last?.Number ?? 0, last?.Line ?? 1, 1);
        }

        if (last is null)
        {
            throw new EdifactException("EDI201", "the input has no segments: an interchange starts with UNB (or UNA then UNB)", 0, 1, 1);
        }
    }

    /// <summary>Reads every message of an input and keeps the first of a type, adding the reader's findings and any syntax
    /// error to <paramref name="issues"/>; returns <see langword="false"/> when the syntax breaks.</summary>
    internal static bool TryReadFirst(Stream input, string type, List<ValidationIssue> issues, out EdifactMessage? message)
    {
        var reader = new EdifactReader(input);
        message = null;
        try
        {
            foreach (var m in reader.Messages())
            {
                message ??= m.Type == type ? m : null;
            }
        }
        catch (EdifactException e)
        {
            issues.AddRange(reader.Issues);
            issues.Add(e.ToIssue());
            return false;
        }

        issues.AddRange(reader.Issues);
        return true;
    }

    /// <summary>Gets or sets what to call when a <c>UNB</c> starts an interchange, before its messages are read.</summary>
    internal Action<EdifactInterchange>? InterchangeStarted { get; set; }

    private static EdifactException Structure(EdifactSegment segment, string problem) => new("EDI201", problem, segment.Number, segment.Line, 1);

    /// <summary>Checks a message's <c>UNT</c>: its count of segments from <c>UNH</c> to <c>UNT</c>, and its reference.</summary>
    private void CheckMessage(List<EdifactSegment> message, EdifactSegment trailer)
    {
        Count(trailer, $"message {message[0][1]}: UNT", message.Count, "segments");
        Reference(trailer, $"message {message[0][1]}: UNT", message[0][1], "UNH");
    }

    private void Count(EdifactSegment trailer, string what, int counted, string unit)
    {
        if (!_options.ValidateControlCounts || (int.TryParse(trailer[1], NumberStyles.None, CultureInfo.InvariantCulture, out var declared) && declared == counted))
        {
            return;
        }

        Finding(trailer, "EDI211", $"{what} says {trailer[1]} {unit}, counted {counted}: correct the control count");
    }

    private void Reference(EdifactSegment trailer, string what, string expected, string header)
    {
        if (_options.ValidateControlCounts && trailer[2] != expected)
        {
            Finding(trailer, "EDI212", $"{what} reference {trailer[2]} differs from the {header} reference {expected}: they must be equal");
        }
    }

    private void Duplicate(HashSet<ulong> references, string reference, EdifactSegment segment, string problem)
    {
        // A 64-bit hash rather than the string keeps memory small for interchanges of a million messages.
        var hash = 14695981039346656037UL;
        foreach (var ch in reference)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        if (_options.ValidateControlCounts && !references.Add(hash))
        {
            Finding(segment, "EDI213", problem + ": references must be unique");
        }
    }

    private void Finding(EdifactSegment segment, string code, string message) =>
        _issues.Add(new ValidationIssue(code, ValidationSeverity.Error, message, new IssueLocation { Line = segment.Line, Column = 1, Segment = segment.Number, EdifactPath = segment.Tag }));
}
