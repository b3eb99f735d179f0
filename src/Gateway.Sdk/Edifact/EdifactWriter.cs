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
    private readonly EdifactServiceCharacters _s = serviceCharacters ?? EdifactServiceCharacters.Default;
    private readonly Encoding _encoding = syntaxIdentifier switch
    {
        "UNOA" or "UNOB" => Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        "UNOW" or "UNOY" => new UTF8Encoding(false, true),
        _ => Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
    };

    /// <summary>Writes segments to a stream, after the <c>UNA</c> advice when so configured.</summary>
    /// <param name="segments">The segments.</param>
    /// <param name="output">The stream; left open.</param>
    /// <exception cref="EdifactException">A text holds a character the character set cannot carry (<c>EDI004</c>), or a
    /// segment repeats an element but no repetition separator is set (<c>EDI006</c>).</exception>
    public void Write(IEnumerable<EdifactSegment> segments, Stream output)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(output);
        if (writeServiceStringAdvice)
        {
            output.Write(_s.ToUna());
            WriteLineBreak(output);
        }

        var number = 0;
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            number++;
            Append(text.Clear(), segment);
            try
            {
                output.Write(_encoding.GetBytes(text.ToString()));
            }
            catch (EncoderFallbackException x)
            {
                throw new EdifactException("EDI004", $"{segment.Tag} holds '{x.CharUnknown}{(x.CharUnknownLow == '\0' ? string.Empty : x.CharUnknownLow.ToString())}', which {syntaxIdentifier} cannot carry: use UNOW (UTF-8) for Chinese text", number, 0, 0);
            }

            WriteLineBreak(output);
        }
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
        return Append(new StringBuilder(), segment).ToString();
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

    private StringBuilder Append(StringBuilder text, EdifactSegment segment)
    {
        text.Append(segment.Tag);
        if (segment.HasRepeats && !_s.HasRepetition)
        {
            throw new EdifactException("EDI006", $"{segment.Tag} repeats a data element, which needs the syntax-4 repetition separator: write with service characters such as UNA:+.?*'", 0, 0, 0);
        }

        for (var e = 1; e <= segment.ElementCount; e++)
        {
            text.Append((char)_s.Element);
            var repeats = segment.HasRepeats ? segment.Repeats(e) : [segment.Elements[e - 1]];
            for (var r = 0; r < repeats.Count; r++)
            {
                if (r > 0)
                {
                    text.Append((char)_s.Repetition);
                }

                var element = repeats[r];
                for (var c = 0; c < element.Count; c++)
                {
                    if (c > 0)
                    {
                        text.Append((char)_s.Component);
                    }

                    Escape(text, element[c]);
                }
            }
        }

        return text.Append((char)_s.Segment);
    }

    private void Escape(StringBuilder text, string data)
    {
        foreach (var ch in data)
        {
            if (ch == _s.Component || ch == _s.Element || ch == _s.Segment || ch == _s.Release || (_s.HasRepetition && ch == _s.Repetition))
            {
                text.Append((char)_s.Release);
            }

            text.Append(ch);
        }
    }

    private void WriteLineBreak(Stream output)
    {
        if (lineBreak is not null)
        {
            output.Write(Encoding.ASCII.GetBytes(lineBreak));
        }
    }
}
