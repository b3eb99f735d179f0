using System.Buffers;
using System.Text;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Edifact;

/// <summary>Configures <see cref="EdifactReader"/>.</summary>
public sealed record EdifactReaderOptions
{
    /// <summary>Gets the default options.</summary>
    public static EdifactReaderOptions Default { get; } = new();

    /// <summary>Gets the longest segment accepted, in bytes; a longer one is <c>EDI003</c> (usually a missing terminator).</summary>
    /// <value>1 MiB.</value>
    public int MaxSegmentBytes { get; init; } = 1024 * 1024;
}

/// <summary>Reads the segments of an EDIFACT stream lazily, so memory stays bounded by one segment whatever the file size.</summary>
/// <remarks>
/// <para>Service characters come from the <c>UNA</c> advice or the syntax defaults. The release character makes the
/// next character data; a release at the very end is kept as data. Whitespace and line breaks between segments are
/// skipped, as partners send them; a UTF-8 byte order mark is skipped.</para>
/// <para>Text is decoded by the character set of <c>UNB</c> S001: <c>UNOW</c> and <c>UNOY</c> as UTF-8, <c>UNOA</c> and
/// <c>UNOB</c> as ASCII, <c>UNOC</c> and the others as ISO 8859-1. A file that declares a single-byte set but carries
/// UTF-8 (common in practice) is read as UTF-8 with a warning in <see cref="Warnings"/>; bytes the declared set
/// cannot carry are a located error (<c>EDI004</c>), never a replacement character.</para>
/// </remarks>
public sealed class EdifactReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
    private readonly Stream _stream;
    private readonly EdifactReaderOptions _options;
    private readonly List<ValidationIssue> _warnings = [];

    /// <summary>Initializes a new instance of the <see cref="EdifactReader"/> class over a stream, which it reads once and leaves open.</summary>
    /// <param name="stream">The interchange bytes.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public EdifactReader(Stream stream, EdifactReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _options = options ?? EdifactReaderOptions.Default;
    }

    /// <summary>Gets the service characters, known once reading has started.</summary>
    public EdifactServiceCharacters ServiceCharacters { get; private set; } = EdifactServiceCharacters.Default;

    /// <summary>Gets a value indicating whether the input began with a <c>UNA</c> advice.</summary>
    public bool HasServiceStringAdvice { get; private set; }

    /// <summary>Gets the syntax identifier of <c>UNB</c> S001 (<c>UNOC</c> …), once the first <c>UNB</c> has been read.</summary>
    public string? SyntaxIdentifier { get; private set; }

    /// <summary>Gets what was readable but not as declared (a single-byte set carrying UTF-8, say).</summary>
    public IReadOnlyList<ValidationIssue> Warnings => _warnings;

    /// <summary>Reads the segments one at a time.</summary>
    /// <returns>The segments in order, <c>UNA</c> not included.</returns>
    /// <exception cref="EdifactException">The input breaks the syntax; the message says where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public IEnumerable<EdifactSegment> Segments()
    {
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var segment = new SegmentBuffer(_options.MaxSegmentBytes);
        try
        {
            var (count, start) = Start(chunk);
            var s = ServiceCharacters;
            int line = 1, column = 1 + start, number = 0, segmentLine = 0, segmentColumn = 0;
            var released = false;
            while (count > 0)
            {
                for (var i = start; i < count; i++)
                {
                    var b = chunk[i];
                    if (segment.Length == 0 && !released)
                    {
                        if (b is (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)' ')
                        {
                            (line, column) = b == (byte)'\n' ? (line + 1, 1) : (line, column + 1);
                            continue;
                        }

                        (segmentLine, segmentColumn) = (line, column);
                    }

                    (line, column) = b == (byte)'\n' ? (line + 1, 1) : (line, column + 1);
                    if (released)
                    {
                        released = false;
                    }
                    else if (b == s.Release)
                    {
                        released = true;
                    }
                    else if (b == s.Segment)
                    {
                        if (segment.Length == 0)
                        {
                            continue; // an empty segment, as some partners send: nothing to read
                        }

                        number++;
                        yield return Parse(segment.Span, number, segmentLine, segmentColumn);
                        segment.Clear();
                        continue;
                    }

                    if (!segment.Add(b))
                    {
                        throw new EdifactException("EDI003", $"the segment starting here is longer than {_options.MaxSegmentBytes:N0} bytes: a segment terminator ({(char)s.Segment}) is probably missing", number + 1, segmentLine, segmentColumn);
                    }
                }

                count = _stream.Read(chunk, 0, chunk.Length);
                start = 0;
            }

            var rest = segment.Span.TrimEnd("\r\n\t "u8);
            if (rest.Length > 0)
            {
                throw new EdifactException("EDI001", $"the input ends inside segment '{Printable(rest[..Math.Min(rest.Length, 20)])}', which has no terminator ({(char)s.Segment}): the file is truncated", number + 1, segmentLine, segmentColumn);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Fills the first chunk, skips a byte order mark and reads the UNA advice; returns the bytes read and where segments start.</summary>
    private (int Count, int Start) Start(byte[] chunk)
    {
        var count = 0;
        while (count < 12 && _stream.Read(chunk, count, chunk.Length - count) is var n and > 0)
        {
            count += n;
        }

        var start = chunk.AsSpan(0, count).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (chunk.AsSpan(start, count - start).StartsWith("UNA"u8))
        {
            ServiceCharacters = EdifactServiceCharacters.Parse(chunk.AsSpan(start, Math.Min(9, count - start)));
            HasServiceStringAdvice = true;
            start += 9;
        }

        return (count, start);
    }

    private EdifactSegment Parse(ReadOnlySpan<byte> raw, int number, int line, int column)
    {
        var s = ServiceCharacters;
        var elements = new List<IReadOnlyList<string>>();
        var components = new List<string>();
        var data = new SegmentBuffer(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == s.Release && i + 1 < raw.Length)
            {
                data.Add(raw[++i]);
            }
            else if (b == s.Component)
            {
                components.Add(Decode(data.Span, number, line, column));
                data.Clear();
            }
            else if (b == s.Element)
            {
                components.Add(Decode(data.Span, number, line, column));
                elements.Add(components);
                components = [];
                data.Clear();
            }
            else
            {
                data.Add(b);
            }
        }

        components.Add(Decode(data.Span, number, line, column));
        elements.Add(components);
        var tag = elements[0];
        if (tag.Count != 1 || tag[0].Length is 0 or > 8 || !tag[0].All(char.IsAsciiLetterOrDigit))
        {
            throw new EdifactException("EDI005", $"'{string.Join((char)s.Component, tag)}' is not a segment tag (letters and digits, such as NAD): the previous segment's terminator may be released or missing", number, line, column);
        }

        var segment = new EdifactSegment(tag[0], elements[1..]);
        if (segment.Tag == "UNB" && SyntaxIdentifier is null)
        {
            SyntaxIdentifier = segment[1];
        }

        return segment;
    }

    private string Decode(ReadOnlySpan<byte> bytes, int number, int line, int column)
    {
        if (!bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
        {
            return Encoding.ASCII.GetString(bytes);
        }

        var set = SyntaxIdentifier ?? "UNOA";
        string? utf8;
        try
        {
            utf8 = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            utf8 = null;
        }

        if (set is "UNOW" or "UNOY")
        {
            return utf8 ?? throw new EdifactException("EDI004", $"the segment holds bytes that are not UTF-8, which {set} requires: convert the file to UTF-8", number, line, column);
        }

        if (utf8 is not null)
        {
            if (_warnings.Count == 0)
            {
                _warnings.Add(new ValidationIssue("EDI101", ValidationSeverity.Warning, $"UNB declares {set} but the text is UTF-8; read as UTF-8 (declare UNOW or UNOY)", new IssueLocation { Line = line, Column = column }));
            }

            return utf8;
        }

        return set is "UNOA" or "UNOB"
            ? throw new EdifactException("EDI004", $"the segment holds byte 0x{bytes[bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F)]:X2}, which {set} cannot carry: declare UNOC (ISO 8859-1) or UNOW (UTF-8)", number, line, column)
            : Encoding.Latin1.GetString(bytes);
    }

    private static string Printable(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes).ReplaceLineEndings(" ");

    /// <summary>Collects one segment's bytes, growing up to a limit.</summary>
    private struct SegmentBuffer(int limit)
    {
        private byte[] _bytes = new byte[Math.Min(limit, 256)];

        public int Length { get; private set; }

        public readonly ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

        public bool Add(byte b)
        {
            if (Length == _bytes.Length)
            {
                if (Length >= limit)
                {
                    return false;
                }

                Array.Resize(ref _bytes, (int)Math.Min(limit, _bytes.Length * 2L));
            }

            _bytes[Length++] = b;
            return true;
        }

        public void Clear() => Length = 0;
    }
}
