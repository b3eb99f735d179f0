using System.Globalization;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Edifact;

/// <summary>Makes, writes and reads CONTRL syntax and service reports.</summary>
/// <remarks>
/// <para><see cref="Check"/> reads an interchange, validates every message against its segment table and turns what it
/// finds into one <see cref="ContrlReport"/> per interchange: control-count, reference and duplicate findings of
/// <c>UNT</c>, <c>UNE</c> and <c>UNZ</c> go to the message, group or interchange they belong to; segment-table findings
/// become <c>UCS</c> and <c>UCD</c> errors with the UN syntax error codes of
/// <see cref="EdifactValidator.SyntaxErrorCode"/>. A level with an error is rejected (<c>4</c>); the others are
/// acknowledged (<c>7</c>); warnings do not reject.</para>
/// <para>CONTRL is written as version 4:1 for a syntax-4 interchange and 2:2 otherwise, each checked by the embedded
/// tables. Thread-safe.</para>
/// </remarks>
public static class Contrl
{
    /// <summary>Acknowledges or rejects every interchange of an input.</summary>
    /// <param name="input">The received interchange(s); read once, left open.</param>
    /// <param name="validator">Validates the messages; <see langword="null"/> for the embedded segment tables.</param>
    /// <param name="options">Reader options; <see langword="null"/> for the defaults.</param>
    /// <returns>One report per interchange, in order. An interchange whose syntax breaks part-way is rejected with the
    /// messages read before the break.</returns>
    /// <exception cref="EdifactException">No interchange header could be read, or a later interchange breaks before its
    /// first message: there is nothing to acknowledge it by.</exception>
    public static IReadOnlyList<ContrlReport> Check(Stream input, EdifactValidator? validator = null, EdifactReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        validator ??= new EdifactValidator();
        var reader = new EdifactReader(input, options);
        var pending = new List<Pending>();
        reader.InterchangeStarted = interchange => pending.Add(new Pending(interchange));
        try
        {
            foreach (var message in reader.Messages())
            {
                pending[^1].Add(message, validator.Validate(message).Errors, validator.SchemaFor(message));
            }
        }
        catch (EdifactException e) when (pending.Count > 0 && pending[^1].Interchange.Trailer is null)
        {
            pending[^1].ErrorCode = EdifactValidator.SyntaxErrorCode(e.Code);
        }

        foreach (var issue in reader.Issues.Where(i => i.Severity == ValidationSeverity.Error))
        {
            pending.LastOrDefault(p => p.Interchange.Header.Number <= issue.Location.Segment)?.Envelope(issue);
        }

        return pending.ConvertAll(p => p.Report());
    }

    /// <summary>Makes a receipt-only report (action <c>8</c>): the interchange arrived; acknowledgement follows later.</summary>
    /// <param name="interchange">The interchange received.</param>
    /// <returns>The report.</returns>
    public static ContrlReport Received(EdifactInterchange interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        return Report(interchange, "8");
    }

    /// <summary>Reads a CONTRL message.</summary>
    /// <param name="message">The message, as read by <see cref="EdifactReader.Messages"/>.</param>
    /// <returns>The report; its syntax is that of the interchange the CONTRL came in (version 4 for CONTRL 4:1).</returns>
    /// <exception cref="EdifactException">The message is not CONTRL or has no <c>UCI</c> (<c>EDI501</c>).</exception>
    public static ContrlReport Read(EdifactMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var header = message.Segments[0];
        if (message.Type != "CONTRL" || message.Segments.Count < 2 || message.Segments[1].Tag != "UCI")
        {
            throw new EdifactException("EDI501", $"message {message.Reference} is {message.Identifier}, not a CONTRL starting with UCI: read it with the reader for its type", header.Number, header.Line, 1);
        }

        var uci = message.Segments[1];
        var groups = new List<ContrlGroupResponse>();
        var messages = new List<ContrlMessageResponse>();
        List<ContrlSegmentError>? segments = null;
        List<ContrlElementError>? elements = null;
        string? group = null;
        foreach (var segment in message.Segments.Skip(2))
        {
            switch (segment.Tag)
            {
                case "UCF":
                    group = segment[1];
                    groups.Add(new ContrlGroupResponse { Reference = group, Sender = segment[2], Recipient = segment[3], ActionCode = segment[4], ErrorCode = segment[5] });
                    break;
                case "UCM":
                    messages.Add(new ContrlMessageResponse
                    {
                        Reference = segment[1],
                        Identifier = string.Join(':', segment.ElementCount >= 2 ? segment.Elements[1] : []),
                        GroupReference = group,
                        ActionCode = segment[3],
                        ErrorCode = segment[4],
                        Segments = segments = [],
                    });
                    break;
                case "UCS" when segments is not null:
                    segments.Add(new ContrlSegmentError(Number(segment[1]), segment[2], elements = []));
                    break;
                case "UCD" when elements is not null:
                    elements.Add(new ContrlElementError(segment[1], Number(segment[2, 1]), Number(segment[2, 2])));
                    break;
            }
        }

        return Report(message.Interchange, uci[4]) with
        {
            InterchangeReference = uci[1],
            Sender = uci[2, 1],
            SenderQualifier = uci[2, 2],
            Recipient = uci[3, 1],
            RecipientQualifier = uci[3, 2],
            ErrorCode = uci[5],
            SyntaxVersion = header[2, 2] == "4" || message.Interchange.SyntaxVersion.Length == 0 ? header[2, 2] : message.Interchange.SyntaxVersion,
            Groups = groups,
            Messages = messages,
        };
    }

    /// <summary>Writes a report as a CONTRL message: <c>UNH</c> to <c>UNT</c>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="reference">The message reference (<c>UNH</c> 0062).</param>
    /// <returns>The segments; at most 999 segment errors a message and 99 element errors a segment are written, as CONTRL allows.</returns>
    public static IReadOnlyList<EdifactSegment> ToMessage(ContrlReport report, string reference = "1")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(reference);
        List<EdifactSegment> segments =
        [
            Segment("UNH", [reference], report.SyntaxVersion == "4" ? ["CONTRL", "4", "1", "UN"] : ["CONTRL", "2", "2", "UN"]),
            Segment("UCI", [report.InterchangeReference], [report.Sender, report.SenderQualifier], [report.Recipient, report.RecipientQualifier], [report.ActionCode], [report.ErrorCode]),
        ];
        foreach (var m in report.Messages.Where(m => m.GroupReference is null))
        {
            Message(segments, m);
        }

        foreach (var g in report.Groups)
        {
            segments.Add(Segment("UCF", [g.Reference], [g.Sender], [g.Recipient], [g.ActionCode], [g.ErrorCode]));
            foreach (var m in report.Messages.Where(m => m.GroupReference == g.Reference))
            {
                Message(segments, m);
            }
        }

        segments.Add(Segment("UNT", [(segments.Count + 1).ToString(CultureInfo.InvariantCulture)], [reference]));
        return segments;
    }

    /// <summary>Writes a report as an interchange with one CONTRL message, from the recipient of the interchange
    /// acknowledged back to its sender.</summary>
    /// <param name="report">The report.</param>
    /// <param name="controlReference">The interchange control reference (<c>UNB</c> 0020).</param>
    /// <param name="prepared">The preparation time; <see langword="null"/> for now, in China Standard Time.</param>
    /// <returns>The interchange bytes, one segment a line.</returns>
    /// <exception cref="EdifactException">A text holds a character the syntax identifier cannot carry (<c>EDI004</c>).</exception>
    public static byte[] Write(ContrlReport report, string controlReference = "1", DateTimeOffset? prepared = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var segments = EdifactWriter.Interchange(report.SyntaxIdentifier, report.SyntaxVersion, [report.Recipient, report.RecipientQualifier], [report.Sender, report.SenderQualifier], prepared, controlReference, ToMessage(report));
        return new EdifactWriter(EdifactServiceCharacters.Default, report.SyntaxIdentifier, writeServiceStringAdvice: true, "\n").Write(segments);
    }

    /// <summary>Maps an action code (0083) to an action.</summary>
    internal static ContrlAction ActionOf(string code) => code switch
    {
        "4" or "6" => ContrlAction.Rejected,
        "1" or "2" or "3" or "5" or "7" => ContrlAction.Acknowledged,
        "8" => ContrlAction.Received,
        _ => ContrlAction.Unknown,
    };

    private static ContrlReport Report(EdifactInterchange interchange, string action) => new()
    {
        InterchangeReference = interchange.ControlReference,
        Sender = interchange.Sender,
        SenderQualifier = interchange.Header[2, 2],
        Recipient = interchange.Recipient,
        RecipientQualifier = interchange.Header[3, 2],
        ActionCode = action,
        SyntaxIdentifier = interchange.SyntaxIdentifier,
        SyntaxVersion = interchange.SyntaxVersion,
    };

    private static void Message(List<EdifactSegment> segments, ContrlMessageResponse m)
    {
        segments.Add(Segment("UCM", [m.Reference], m.Identifier.Split(':'), [m.ActionCode], [m.ErrorCode]));
        foreach (var s in m.Segments.Take(999))
        {
            segments.Add(Segment("UCS", [s.Position.ToString(CultureInfo.InvariantCulture)], [s.ErrorCode]));
            segments.AddRange(s.Elements.Take(99).Select(e => Segment("UCD", [e.ErrorCode], [e.Element.ToString(CultureInfo.InvariantCulture), e.Component > 0 ? e.Component.ToString(CultureInfo.InvariantCulture) : string.Empty])));
        }
    }

    /// <summary>Makes a segment, dropping empty trailing components and elements.</summary>
    private static EdifactSegment Segment(string tag, params string[][] elements)
    {
        var trimmed = elements.Select(e => e.AsSpan()[..(Array.FindLastIndex(e, c => c.Length > 0) + 1)].ToArray()).ToList();
        while (trimmed.Count > 0 && trimmed[^1].Length == 0)
        {
            trimmed.RemoveAt(trimmed.Count - 1);
        }

        return new EdifactSegment(tag, [.. trimmed.Select(e => (IReadOnlyList<string>)(e.Length == 0 ? [string.Empty] : e))]);
    }

    private static int Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>Collects what is found in one interchange while it is read.</summary>
    private sealed class Pending(EdifactInterchange interchange)
    {
        private readonly List<Item> _messages = [];
        private readonly List<(EdifactGroup Group, string ErrorCode)> _groups = [];

        public EdifactInterchange Interchange => interchange;

        public string ErrorCode { get; set; } = string.Empty;

        public void Add(EdifactMessage message, IEnumerable<ValidationIssue> errors, EdifactSchema? schema)
        {
            if (message.Group is { } group && (_groups.Count == 0 || _groups[^1].Group != group))
            {
                _groups.Add((group, string.Empty));
            }

            var first = message.Segments[0].Number;
            var item = new Item(message.Reference, message.Identifier, message.Group?.Reference, first, message.Segments[^1].Number);
            foreach (var error in errors)
            {
                var position = error.Location.Segment - first + 1;
                var tag = position >= 1 && position <= message.Segments.Count ? message.Segments[position - 1].Tag : string.Empty;
                item.Add(position, EdifactValidator.SyntaxErrorCode(error.Code), Locate(error.Location.EdifactPath, tag, schema));
            }

            _messages.Add(item);
        }

        /// <summary>Places an envelope finding on the message, group or interchange whose segments it falls in.</summary>
        public void Envelope(ValidationIssue issue)
        {
            var n = issue.Location.Segment;
            var code = EdifactValidator.SyntaxErrorCode(issue.Code);
            var k = _messages.FindLastIndex(m => m.First <= n);
            if (k >= 0 && n <= _messages[k].Last)
            {
                _messages[k].ErrorCode = First(_messages[k].ErrorCode, code);
                return;
            }

            var g = _groups.FindLastIndex(x => x.Group.Header.Number <= n);
            if (g >= 0 && n <= (_groups[g].Group.Trailer?.Number ?? int.MaxValue))
            {
                _groups[g] = (_groups[g].Group, First(_groups[g].ErrorCode, code));
                return;
            }

            ErrorCode = First(ErrorCode, code);
        }

        public ContrlReport Report() => Contrl.Report(interchange, Action(ErrorCode.Length > 0)) with
        {
            ErrorCode = ErrorCode,
            Groups = _groups.ConvertAll(g => new ContrlGroupResponse
            {
                Reference = g.Group.Reference,
                Sender = g.Group.Header[2, 1],
                Recipient = g.Group.Header[3, 1],
                ActionCode = Action(g.ErrorCode.Length > 0),
                ErrorCode = g.ErrorCode,
            }),
            Messages = _messages.ConvertAll(m => new ContrlMessageResponse
            {
                Reference = m.Reference,
                Identifier = m.Identifier,
                GroupReference = m.Group,
                ActionCode = Action(m.ErrorCode.Length > 0 || m.Segments.Count > 0),
                ErrorCode = m.ErrorCode,
                Segments = m.Segments.Select(s => new ContrlSegmentError(s.Key, s.Value.Code, s.Value.Elements)).ToList(),
            }),
        };

        private static string Action(bool rejected) => rejected ? "4" : "7";

        private static string First(string current, string code) => current.Length > 0 ? current : code;

        /// <summary>Finds the element and component positions a path such as <c>SG30[1]/CST/C246/7361</c> names after the
        /// segment's tag; (0, 0) for the segment as a whole.</summary>
        private static (int Element, int Component) Locate(string? path, string tag, EdifactSchema? schema)
        {
            var parts = (path ?? string.Empty).Split('/');
            var t = Array.LastIndexOf(parts, tag);
            if (t < 0 || t == parts.Length - 1 || schema is null || !schema.Segments.TryGetValue(tag, out var spec))
            {
                return (0, 0);
            }

            var element = Position(spec.Elements, parts[t + 1]);
            var component = element > 0 && t + 2 < parts.Length ? Position(spec.Elements[element - 1].Components, parts[t + 2]) : 0;
            return (element, component);
        }

        /// <summary>Finds the 1-based position of <c>ID</c> or <c>ID[k]</c> (the k-th of a repeated identifier), or 0.</summary>
        private static int Position(List<EdifactSchema.ElementSpec> items, string name)
        {
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            var id = bracket < 0 ? name : name[..bracket];
            var occurrence = bracket < 0 ? 1 : Number(name[(bracket + 1)..^1]);
            for (var k = 0; k < items.Count; k++)
            {
                if (items[k].Id == id && --occurrence == 0)
                {
                    return k + 1;
                }
            }

            return 0;
        }
    }

    /// <summary>One message's findings, by segment position.</summary>
    private sealed class Item(string reference, string identifier, string? group, int first, int last)
    {
        public string Reference => reference;

        public string Identifier => identifier;

        public string? Group => group;

        public int First => first;

        public int Last => last;

        public string ErrorCode { get; set; } = string.Empty;

        public SortedDictionary<int, (string Code, List<ContrlElementError> Elements)> Segments { get; } = [];

        public void Add(int position, string code, (int Element, int Component) at)
        {
            var entry = Segments.TryGetValue(position, out var found) ? found : (string.Empty, []);
            if (at.Element == 0)
            {
                entry.Code = entry.Code.Length > 0 ? entry.Code : code;
            }
            else
            {
                entry.Elements.Add(new ContrlElementError(code, at.Element, at.Component));
            }

            Segments[position] = entry;
        }
    }
}
