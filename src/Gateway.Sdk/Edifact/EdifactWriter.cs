using System.Globalization;
using System.Text;

namespace Gateway.Sdk.Edifact;

/// <summary>Writes segments with the release character exactly where the data needs it.</summary>
/// <remarks>
/// A component's component separator, element separator, segment terminator, release character and (syntax 4)
/// repetition separator are preceded by the release character; nothing else is, so the decimal mark is never
/// escaped. Text is encoded in the character set of the syntax identifier: <c>UNOA</c>/<c>UNOB</c> ASCII,
/// <c>UNOC</c> ISO 8859-1, <c>UNOW</c>/<c>UNOY</c> UTF-8; a character the set cannot carry is a located error
/// (<c>EDI004</c>), never a question mark. Thread-safe.
/// </remarks>
public sealed class EdifactWriter(EdifactServiceCharacters? serviceCharacters = null, string syntaxIdentifier = "UNOW", bool writeServiceStringAdvice = true, string? lineBreak = null)
{
    private static readonly Encoding Ascii = Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    private static readonly Encoding Utf8 = new UTF8Encoding(false, true);
    private static readonly Encoding Latin1 = Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    private readonly Style _style = new(serviceCharacters ?? EdifactServiceCharacters.Default, syntaxIdentifier, writeServiceStringAdvice);
    private EdifactReader? _reader;

    /// <summary>Writes segments to a stream, after the <c>UNA</c> advice when so configured.</summary>
    /// <param name="segments">The segments.</param>
    /// <param name="output">The stream; left open.</param>
    /// <exception cref="EdifactException">A text holds a character the character set cannot carry (<c>EDI004</c>), or a
    /// segment repeats an element but no repetition separator is set (<c>EDI006</c>).</exception>
    public void Write(IEnumerable<EdifactSegment> segments, Stream output)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(output);
        var number = 0;
        var text = new StringBuilder();
        EdifactSegment? previousKept = null;
        Style? style = null;
        foreach (var segment in segments)
        {
            number++;
            style ??= Resolve(); // once the first segment has arrived, so that a reader being followed has read its UNA and UNB

            // The blanks after a kept segment are known once the reader has moved past them, so they are written late.
            Flush(ref previousKept, output);
            if (segment.Kept is { } kept && kept.Characters == style.Characters && kept.Syntax == style.Syntax)
            {
                output.Write(number == 1 ? kept.Leading : []);
                output.Write(kept.Bytes);
                previousKept = segment;
                continue;
            }

            if (number == 1)
            {
                Una(style, output);
            }

            Append(text.Clear(), segment, style.Characters);
            try
            {
                output.Write(style.Encoding.GetBytes(text.ToString()));
            }
            catch (EncoderFallbackException x)
            {
                throw new EdifactException("EDI004", $"{segment.Tag} holds '{x.CharUnknown}{(x.CharUnknownLow == '\0' ? string.Empty : x.CharUnknownLow.ToString())}', which {style.Syntax} cannot carry: use UNOW (UTF-8) for Chinese text", number, 0, 0);
            }

            WriteLineBreak(output);
        }

        Flush(ref previousKept, output);
        if (number == 0)
        {
            Una(Resolve(), output);
        }

        static void Flush(ref EdifactSegment? previousKept, Stream output)
        {
            output.Write(previousKept?.Kept!.Trailing ?? []);
            previousKept = null;
        }
    }

    /// <summary>Makes a writer with a reader's service characters, syntax identifier and <c>UNA</c> choice: segments read
    /// with <see cref="EdifactReaderOptions.KeepText"/> and not replaced are written byte for byte as they came, line
    /// breaks, byte order mark and <c>UNA</c> included; new segments are formatted with the same characters.</summary>
    /// <param name="reader">The reader; its characters are taken when the first segment is written, so the writer can
    /// consume the reader's segments as they are read.</param>
    /// <param name="lineBreak">The line break after each new segment; <see langword="null"/> for none.</param>
    /// <returns>The writer.</returns>
    public static EdifactWriter For(EdifactReader reader, string? lineBreak = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new EdifactWriter(lineBreak: lineBreak) { _reader = reader };
    }

    /// <summary>Writes segments to a byte array.</summary>
    /// <param name="segments">The segments.</param>
    /// <returns>The interchange bytes.</returns>
    /// <exception cref="EdifactException">A text holds a character the character set cannot carry (<c>EDI004</c>), or a
    /// segment repeats an element but no repetition separator is set (<c>EDI006</c>).</exception>
    public byte[] Write(IEnumerable<EdifactSegment> segments)
    {
        using var buffer = new MemoryStream();
        Write(segments, buffer);
        return buffer.ToArray();
    }

    /// <summary>Formats one segment with these service characters, releases included, terminator included.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>Text such as <c>FTX+AAA+++a?:b'</c>.</returns>
    public string Format(EdifactSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return Append(new StringBuilder(), segment, Resolve().Characters).ToString();
    }

    /// <summary>Wraps messages in <c>UNB</c> and <c>UNZ</c>: the date is <c>CCYYMMDD</c> in syntax 4, <c>YYMMDD</c> before.</summary>
    internal static List<EdifactSegment> Interchange(string syntaxIdentifier, string syntaxVersion, string[] sender, string[] recipient, DateTimeOffset? prepared, string reference, IEnumerable<EdifactSegment> messages)
    {
        var at = (prepared ?? DateTimeOffset.UtcNow).ToOffset(TimeSpan.FromHours(8));
        var date = at.ToString(syntaxVersion == "4" ? "yyyyMMdd" : "yyMMdd", CultureInfo.InvariantCulture);
        List<EdifactSegment> segments = [new("UNB", [[syntaxIdentifier, syntaxVersion], Trim(sender), Trim(recipient), [date, at.ToString("HHmm", CultureInfo.InvariantCulture)], [reference]])];
        segments.AddRange(messages);
        var count = segments.Count(s => s.Tag == "UNH");
        segments.Add(new EdifactSegment("UNZ", [[count.ToString(CultureInfo.InvariantCulture)], [reference]]));
        return segments;

        static string[] Trim(string[] components) => components[..Math.Max(1, Array.FindLastIndex(components, c => c.Length > 0) + 1)];
    }

    private static StringBuilder Append(StringBuilder text, EdifactSegment segment, EdifactServiceCharacters s)
    {
        text.Append(segment.Tag);
        if (segment.HasRepeats && !s.HasRepetition)
        {
            throw new EdifactException("EDI006", $"{segment.Tag} repeats a data element, which needs the syntax-4 repetition separator: write with service characters such as UNA:+.?*'", 0, 0, 0);
        }

        for (var e = 1; e <= segment.ElementCount; e++)
        {
            text.Append((char)s.Element);
            var repeats = segment.HasRepeats ? segment.Repeats(e) : [segment.Elements[e - 1]];
            for (var r = 0; r < repeats.Count; r++)
            {
                if (r > 0)
                {
                    text.Append((char)s.Repetition);
                }

                var element = repeats[r];
                for (var c = 0; c < element.Count; c++)
                {
                    if (c > 0)
                    {
                        text.Append((char)s.Component);
                    }

                    Escape(text, element[c], s);
                }
            }
        }

        return text.Append((char)s.Segment);
    }

    private static void Escape(StringBuilder text, string data, EdifactServiceCharacters s)
    {
        foreach (var ch in data)
        {
            if (ch == s.Component || ch == s.Element || ch == s.Segment || ch == s.Release || (s.HasRepetition && ch == s.Repetition))
            {
                text.Append((char)s.Release);
            }

            text.Append(ch);
        }
    }

    private Style Resolve() =>
        _reader is null ? _style : new(_reader.ServiceCharacters, _reader.SyntaxIdentifier ?? "UNOA", _reader.HasServiceStringAdvice);

    private void Una(Style style, Stream output)
    {
        if (style.WriteAdvice)
        {
            output.Write(style.Characters.ToUna());
            WriteLineBreak(output);
        }
    }

    private void WriteLineBreak(Stream output)
    {
        if (lineBreak is not null)
        {
            output.Write(Encoding.ASCII.GetBytes(lineBreak));
        }
    }

    private sealed record Style(EdifactServiceCharacters Characters, string Syntax, bool WriteAdvice)
    {
        public Encoding Encoding => Syntax switch
        {
            "UNOA" or "UNOB" => Ascii,
            "UNOW" or "UNOY" => Utf8,
            _ => Latin1,
        };
    }
}
