using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Validation;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway edifact dump FILE [--format text|json]</c> and <c>gateway edifact contrl FILE -o OUT</c>.</summary>
internal static class EdifactCommands
{
    public static Command Create(TextWriter output)
    {
        var file = new Argument<string>("FILE") { Description = "An EDIFACT interchange." };
        var format = new Option<string>("--format") { Description = "text (one line per segment) or json (segments as [tag, element…], an element with components as an array).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var dump = new Command("dump", "Print the segments a file really contains and its envelope facts: separators, syntax, messages, control-count findings; exit 0 clean, 1 findings.")
        {
            file, format,
        };
        dump.SetAction(parse => Dump(parse.GetValue(file)!, parse.GetValue(format) == "json", output));

        var received = new Argument<string>("FILE") { Description = "A received EDIFACT interchange." };
        var outPath = new Option<string>("-o", "--output") { Description = "Where to write the CONTRL interchange(s).", Required = true };
        var contrl = new Command("contrl", "Acknowledge or reject a received interchange: write a CONTRL (UCI/UCM/UCS/UCD with UN syntax error codes) per interchange; exit 0 all acknowledged, 1 something rejected.")
        {
            received, outPath,
        };
        contrl.SetAction(parse => Contrl(parse.GetValue(received)!, parse.GetValue(outPath)!, output));
        return new Command("edifact", "Inspect and acknowledge UN/EDIFACT interchanges.") { dump, contrl };
    }

    private static int Contrl(string path, string outPath, TextWriter output)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found; check the path");
        }

        IReadOnlyList<ContrlReport> reports;
        using (var stream = File.OpenRead(path))
        {
            reports = Gateway.Sdk.Edifact.Contrl.Check(stream);
        }

        using (var file = File.Create(outPath))
        {
            // Control references unique over time: the preparation time to the second, then the interchange's number in the file.
            var stamp = DateTimeOffset.UtcNow.ToString("yyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            for (var n = 0; n < reports.Count; n++)
            {
                file.Write(Gateway.Sdk.Edifact.Contrl.Write(reports[n], $"{stamp}{n + 1}"[..Math.Min(14, stamp.Length + (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length)]));
            }
        }

        foreach (var report in reports)
        {
            var rejected = report.Messages.Count(m => m.Action == ContrlAction.Rejected);
            output.WriteLine($"interchange {report.InterchangeReference} from {report.Sender}: {Word(report.Action)}{(report.ErrorCode.Length > 0 ? $" (error {report.ErrorCode})" : string.Empty)}; {report.Messages.Count - rejected} message(s) acknowledged, {rejected} rejected");
        }

        output.WriteLine($"wrote {outPath}");
        return reports.Any(r => r.HasRejections) ? GatewayCommand.Invalid : GatewayCommand.Ok;

        static string Word(ContrlAction action) => action.ToString().ToLowerInvariant();
    }

    private static int Dump(string path, bool json, TextWriter output)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found; check the path");
        }

        // Two passes: the envelope first (messages and findings), then every segment, even past an envelope error.
        var (envelope, interchanges, findings) = Envelope(path);
        using var stream = File.OpenRead(path);
        var reader = new EdifactReader(stream);
        var count = 0;
        if (json)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteString("file", path);
                WriteEnvelope(writer, envelope, interchanges);
                writer.WriteStartArray("segments");
                count = Each(reader, findings, segment =>
                {
                    WriteSegment(writer, segment, (char)reader.ServiceCharacters.Repetition);
                    if (writer.BytesPending + buffer.Length > 64 * 1024)
                    {
                        writer.Flush();
                        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                        buffer.SetLength(0);
                    }
                });
                writer.WriteEndArray();
                writer.WriteNumber("segmentCount", count);
                writer.WriteStartArray("findings");
                foreach (var finding in findings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                    writer.WriteString("code", finding.Code);
                    writer.WriteNumber("segment", finding.Location.Segment);
                    writer.WriteNumber("line", finding.Location.Line);
                    writer.WriteString("message", finding.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        else
        {
            var s = envelope.ServiceCharacters;
            output.WriteLine($"{path}: {(envelope.HasServiceStringAdvice ? "UNA" : "no UNA, defaults")} {(char)s.Component}{(char)s.Element}{(char)s.DecimalMark}{(char)s.Release}{(char)s.Repetition}{(char)s.Segment}; syntax {Syntax(envelope, interchanges) ?? "unknown"}");
            foreach (var (interchange, messages) in interchanges)
            {
                var groups = messages.Select(m => m.Group).OfType<EdifactGroup>().Distinct().Count();
                output.WriteLine($"interchange {interchange.ControlReference} from {interchange.Sender} to {interchange.Recipient}: {messages.Count} message(s){(groups > 0 ? $" in {groups} group(s)" : string.Empty)}, UNZ says {interchange.Trailer?[1]}");
                foreach (var m in messages)
                {
                    output.WriteLine($"  message {m.Reference} {m.Identifier}: {m.Count} segments, UNT says {m.Declared}");
                }
            }

            var writer = new EdifactWriter(s, envelope.SyntaxIdentifier ?? "UNOW", writeServiceStringAdvice: false);
            count = Each(reader, findings, segment => output.WriteLine($"{segment.Number,6} {segment.Line,6}  {writer.Format(segment)}"));
            foreach (var finding in findings)
            {
                output.WriteLine($"{path}:{finding.Location.Line}: {finding.Severity.ToString().ToLowerInvariant()} {finding.Code}: segment {finding.Location.Segment}: {GatewayCommand.OneLine(finding.Message)}");
            }

            output.WriteLine($"{count} segment(s), {findings.Count(f => f.Severity == ValidationSeverity.Error)} error(s), {findings.Count(f => f.Severity == ValidationSeverity.Warning)} warning(s)");
        }

        return findings.Any(f => f.Severity == ValidationSeverity.Error) ? GatewayCommand.Invalid : GatewayCommand.Ok;
    }

    /// <summary>Reads every segment and returns how many; a syntax error ends the reading and becomes a finding unless the envelope pass has it.</summary>
    private static int Each(EdifactReader reader, List<ValidationIssue> findings, Action<EdifactSegment> visit)
    {
        var count = 0;
        try
        {
            foreach (var segment in reader.Segments())
            {
                visit(segment);
                count++;
            }
        }
        catch (EdifactException e)
        {
            if (!findings.Any(f => f.Code == e.Code && f.Location.Segment == e.Segment))
            {
                findings.Add(e.ToIssue());
            }
        }

        return count;
    }

    private static (EdifactReader Reader, List<(EdifactInterchange Interchange, List<MessageFacts> Messages)> Interchanges, List<ValidationIssue> Findings) Envelope(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = new EdifactReader(stream);
        var interchanges = new List<(EdifactInterchange Interchange, List<MessageFacts> Messages)>();
        var findings = new List<ValidationIssue>();
        try
        {
            foreach (var message in reader.Messages())
            {
                if (interchanges.Count == 0 || interchanges[^1].Interchange != message.Interchange)
                {
                    interchanges.Add((message.Interchange, []));
                }

                interchanges[^1].Messages.Add(new MessageFacts(message.Reference, message.Identifier, message.Segments.Count, message.Segments[^1][1], message.Group));
            }
        }
        catch (EdifactException e)
        {
            findings.Add(e.ToIssue());
        }

        findings.InsertRange(0, reader.Issues);
        return (reader, interchanges, findings);
    }

    private static string? Syntax(EdifactReader envelope, List<(EdifactInterchange Interchange, List<MessageFacts> Messages)> interchanges) =>
        interchanges.Count > 0 ? string.Join(':', interchanges[0].Interchange.Header.Elements[0]) : envelope.SyntaxIdentifier;

    private static void WriteEnvelope(Utf8JsonWriter writer, EdifactReader envelope, List<(EdifactInterchange Interchange, List<MessageFacts> Messages)> interchanges)
    {
        var s = envelope.ServiceCharacters;
        writer.WriteStartObject("separators");
        foreach (var (name, value) in new[] { ("component", s.Component), ("element", s.Element), ("decimal", s.DecimalMark), ("release", s.Release), ("repetition", s.Repetition), ("segment", s.Segment) })
        {
            writer.WriteString(name, ((char)value).ToString());
        }

        writer.WriteEndObject();
        writer.WriteBoolean("una", envelope.HasServiceStringAdvice);
        writer.WriteString("syntax", Syntax(envelope, interchanges));
        writer.WriteStartArray("interchanges");
        foreach (var (interchange, messages) in interchanges)
        {
            writer.WriteStartObject();
            writer.WriteString("controlReference", interchange.ControlReference);
            writer.WriteString("sender", interchange.Sender);
            writer.WriteString("recipient", interchange.Recipient);
            writer.WriteString("declaredCount", interchange.Trailer?[1]);
            writer.WriteNumber("groups", messages.Select(m => m.Group).OfType<EdifactGroup>().Distinct().Count());
            writer.WriteStartArray("messages");
            foreach (var message in messages)
            {
                writer.WriteStartObject();
                writer.WriteString("reference", message.Reference);
                writer.WriteString("type", message.Identifier);
                writer.WriteNumber("segments", message.Count);
                writer.WriteString("declaredSegments", message.Declared);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>[tag, element…]</c>, an element with components as an array; as in the recorded vectors,
    /// repetitions are not split: occurrences are joined back with the repetition separator.</summary>
    private static void WriteSegment(Utf8JsonWriter writer, EdifactSegment segment, char repetition)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(segment.Tag);
        for (var e = 1; e <= segment.ElementCount; e++)
        {
            var repeats = segment.Repeats(e);
            var components = repeats[0].ToList();
            foreach (var repeat in repeats.Skip(1))
            {
                components[^1] += repetition + repeat[0];
                components.AddRange(repeat.Skip(1));
            }

            if (components.Count == 1)
            {
                writer.WriteStringValue(components[0]);
                continue;
            }

            writer.WriteStartArray();
            components.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private sealed record MessageFacts(string Reference, string Identifier, int Count, string Declared, EdifactGroup? Group);
}
