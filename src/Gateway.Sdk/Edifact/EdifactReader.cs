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

    /// <summary>Gets a value indicating whether <see cref="EdifactReader.Messages"/> checks control counts, control
    /// references and duplicate references (<c>EDI211</c>–<c>EDI213</c>).</summary>
    /// <value><see langword="true"/>.</value>
    public bool ValidateControlCounts { get; init; } = true;

    /// <summary>Gets a value indicating whether each segment keeps the bytes it was read from, with the line breaks
    /// around it, the byte order mark and the <c>UNA</c>, so that a writer made by <see cref="EdifactWriter.For"/> writes
    /// the segments nobody changed byte for byte as they came.</summary>
    /// <value><see langword="false"/>: keeping the bytes costs memory and time.</value>
    public bool KeepText { get; init; }
}

/// <summary>Reads the segments of an EDIFACT stream lazily, so memory stays bounded by one segment whatever the file size.</summary>
/// <remarks>
/// <para>Service characters come from the <c>UNA</c> advice or the syntax defaults. The release character makes the
/// next character data; a release at the very end is kept as data. Whitespace and line breaks between segments are
/// skipped, as partners send them; a UTF-8 byte order mark is skipped.</para>
/// <para>Text is decoded by the character set of <c>UNB</c> S001: <c>UNOW</c> and <c>UNOY</c> as UTF-8, <c>UNOA</c> and
/// <c>UNOB</c> as ASCII, <c>UNOC</c> and the others as ISO 8859-1. A file that declares a single-byte set but carries
/// UTF-8 (common in practice) is read as UTF-8 with a warning in <see cref="Issues"/>; bytes the declared set
/// cannot carry are a located error (<c>EDI004</c>), never a replacement character.</para>
/// </remarks>
public sealed partial class EdifactReader
{
    private const byte Release = 1;
    private const byte Separator = 2;
    private const byte ElementSeparator = 3;
    private const byte RepetitionSeparator = 4;
    private const byte NonAscii = 5;
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
    private static readonly SearchValues<char> TagCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    private readonly Stream _stream;
    private readonly EdifactReaderOptions _options;
    private readonly List<ValidationIssue> _issues = [];
    private readonly List<int> _componentBounds = new(32);
    private readonly List<int> _elementStarts = new(16);
    private readonly List<int> _repeatStarts = [];
    private readonly Dictionary<int, string> _tags = [];
    private IEnumerator<EdifactSegment?>? _tokens;
    private bool _scanning;
    private bool _onSegment;
    private int _textLength;
    private int _number;
    private int _line;
    private SegmentBuffer _data = new(int.MaxValue);
    private char[] _chars = new char[256];
    private byte[] _classes = null!;
    private SearchValues<byte> _separators = null!;
    private SearchValues<byte> _stops = null!;
    private bool _utf8Warned;

    /// <summary>Initializes a new instance of the <see cref="EdifactReader"/> class over a stream, which it reads once and leaves open.</summary>
    /// <param name="stream">The interchange bytes.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public EdifactReader(Stream stream, EdifactReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _options = options ?? EdifactReaderOptions.Default;
        ServiceCharacters = EdifactServiceCharacters.Default;
    }

    /// <summary>Gets the service characters, known once reading has started: those of the <c>UNA</c> advice, or the
    /// defaults of the syntax version (the repetition separator <c>*</c> from a <c>UNB</c> of version 4 on).</summary>
    public EdifactServiceCharacters ServiceCharacters
    {
        get;
        private set
        {
            field = value;
            _separators = SearchValues.Create(value.HasRepetition ? [value.Release, value.Component, value.Element, value.Repetition] : [value.Release, value.Component, value.Element]);
            _classes = new byte[256];
            _classes.AsSpan(0x80).Fill(NonAscii);
            _classes[value.Release] = Release;
            _stops = SearchValues.Create([.. Enumerable.Range(0x80, 0x80).Select(static b => (byte)b), value.Release, value.Component, value.Element, .. value.HasRepetition ? [value.Repetition] : Array.Empty<byte>()]);
            _classes[value.Component] = Separator;
            _classes[value.Element] = ElementSeparator;
            if (value.HasRepetition)
            {
                _classes[value.Repetition] = RepetitionSeparator;
            }
        }
    }

    /// <summary>Gets a value indicating whether the input began with a <c>UNA</c> advice.</summary>
    public bool HasServiceStringAdvice { get; private set; }

    /// <summary>Gets the syntax identifier of <c>UNB</c> S001 (<c>UNOC</c> …), once the first <c>UNB</c> has been read.</summary>
    public string? SyntaxIdentifier { get; private set; }

    /// <summary>Gets what was readable but not as declared: warnings (a single-byte set carrying UTF-8, say) and, when
    /// reading <see cref="Messages"/>, control-count and reference findings (errors).</summary>
    public IReadOnlyList<ValidationIssue> Issues => _issues;

    /// <summary>Reads the segments one at a time.</summary>
    /// <returns>The segments in order, <c>UNA</c> not included.</returns>
    /// <exception cref="EdifactException">The input breaks the syntax; the message says where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Read"/> has been called: a reader reads its stream once, one way.</exception>
    public IEnumerable<EdifactSegment> Segments() =>
        _tokens is null ? (IEnumerable<EdifactSegment>)Scan(materialize: true) : throw new InvalidOperationException("this reader is already reading with Read(); use one way per reader");

    /// <summary>Advances to the next segment without making a segment object: <see cref="Current"/> gives its tag and
    /// components as spans over the reader's buffer, valid until the next call. Nothing is allocated per segment, so this is
    /// the fastest way through a large interchange.</summary>
    /// <returns><see langword="true"/> when there is a segment; <see langword="false"/> at the end of the input.</returns>
    /// <exception cref="EdifactException">The input breaks the syntax; the message says where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="InvalidOperationException"><see cref="EdifactReaderOptions.KeepText"/> is set (kept text belongs to
    /// segment objects: use <see cref="Segments"/>), or <see cref="Segments"/> has been called.</exception>
    public bool Read()
    {
        if (_tokens is null)
        {
            if (_options.KeepText || _scanning)
            {
                throw new InvalidOperationException(_options.KeepText ? "KeepText keeps each segment's bytes in its segment object: read with Segments()" : "this reader is already reading with Segments(); use one way per reader");
            }

            _tokens = Scan(materialize: false).GetEnumerator();
        }

        _onSegment = false; // a failed read leaves no segment to look at
        _onSegment = _tokens.MoveNext();
        return _onSegment;
    }

    /// <summary>Gets the segment <see cref="Read"/> stopped at.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Read"/> has not returned <see langword="true"/>.</exception>
    public EdifactSegmentSpan Current => _onSegment ? new EdifactSegmentSpan(this) : throw new InvalidOperationException("call Read() first, and use Current only while it returns true");

    /// <summary>Reads the input, filling the reader's buffers with each segment in turn; with <paramref name="materialize"/>, yields a segment object for each, else <see langword="null"/>.</summary>
    private IEnumerable<EdifactSegment?> Scan(bool materialize)
    {
        _scanning = true;
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var segment = new SegmentBuffer(_options.MaxSegmentBytes);
        var keep = _options.KeepText;
        var gap = new SegmentBuffer(keep ? _options.MaxSegmentBytes : 0);
        EdifactSegment? previous = null;
        try
        {
            var (count, i) = Start(chunk);
            if (keep)
            {
                gap.Add(chunk.AsSpan(0, i));
            }

            var s = ServiceCharacters;
            int line = 1, column = 1 + i, number = 0, segmentLine = 0, segmentColumn = 0;
            var released = false;
            while (count > 0)
            {
                while (i < count)
                {
                    if (segment.Length == 0 && !released)
                    {
                        // Line breaks and blanks between segments are not data.
                        while (i < count && chunk[i] is (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)' ')
                        {
                            if (keep && !gap.Add(chunk.AsSpan(i, 1)))
                            {
                                throw new EdifactException("EDI003", $"more than {_options.MaxSegmentBytes:N0} bytes of blanks between segments: the file is not EDIFACT", number + 1, line, column);
                            }

                            (line, column) = chunk[i++] == (byte)'\n' ? (line + 1, 1) : (line, column + 1);
                        }

                        if (i == count)
                        {
                            break;
                        }

                        (segmentLine, segmentColumn) = (line, column);

                        // Fast path: the whole segment lies in the chunk, so it is parsed where it is, without a copy.
                        var end = End(chunk.AsSpan(i, count - i), s);
                        if (end > 0 && end <= _options.MaxSegmentBytes)
                        {
                            number++;
                            var parsed = Parse(chunk.AsSpan(i, end), number, segmentLine, segmentColumn, materialize);
                            if (keep)
                            {
                                Keep(parsed!, previous, ref gap, chunk.AsSpan(i, end), s.Segment);
                                previous = parsed;
                            }

                            var lastBreak = chunk.AsSpan(i, end).LastIndexOf((byte)'\n');
                            (line, column) = lastBreak < 0 ? (line, column + end + 1) : (line + chunk.AsSpan(i, end).Count((byte)'\n'), end - lastBreak + 1);
                            i += end + 1;
                            yield return parsed;
                            continue;
                        }
                    }

                    if (released)
                    {
                        released = false;
                        (line, column) = chunk[i] == (byte)'\n' ? (line + 1, 1) : (line, column + 1);
                        Append(ref segment, chunk.AsSpan(i++, 1), number, segmentLine, segmentColumn);
                        continue;
                    }

                    // Copy the run up to the next byte that matters in one go.
                    var k = chunk.AsSpan(i, count - i).IndexOfAny(s.Release, s.Segment, (byte)'\n');
                    var run = k < 0 ? count - i : k;
                    Append(ref segment, chunk.AsSpan(i, run), number, segmentLine, segmentColumn);
                    column += run;
                    i += run;
                    if (k < 0)
                    {
                        break;
                    }

                    var b = chunk[i++];
                    if (b == s.Segment)
                    {
                        column++;
                        if (segment.Length > 0)
                        {
                            number++;
                            var parsed = Parse(segment.Span, number, segmentLine, segmentColumn, materialize);
                            if (keep)
                            {
                                Keep(parsed!, previous, ref gap, segment.Span, s.Segment);
                                previous = parsed;
                            }

                            segment.Clear();
                            yield return parsed;
                        }
                        else if (keep)
                        {
                            gap.Add([b]); // an empty segment: kept as it came
                        }

                        continue;
                    }

                    (line, column) = b == (byte)'\n' ? (line + 1, 1) : (line, column + 1);
                    released = b == s.Release;
                    Append(ref segment, [b], number, segmentLine, segmentColumn);
                }

                count = _stream.Read(chunk, 0, chunk.Length);
                i = 0;
            }

            if (keep && previous is not null)
            {
                previous.Kept!.Trailing = gap.Span.ToArray();
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

    /// <summary>Finds the unreleased segment terminator in <paramref name="bytes"/>, or -1.</summary>
    private static int End(ReadOnlySpan<byte> bytes, EdifactServiceCharacters s)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            var k = bytes[position..].IndexOfAny(s.Release, s.Segment);
            if (k < 0)
            {
                return -1;
            }

            position += k;
            if (bytes[position] == s.Segment)
            {
                return position;
            }

            position += 2;
        }

        return -1;
    }

    /// <summary>Gives a segment its bytes and the reader's service characters; the blanks before it go to the previous
    /// segment, or, for the first, with the byte order mark and <c>UNA</c> before it.</summary>
    private void Keep(EdifactSegment parsed, EdifactSegment? previous, ref SegmentBuffer gap, ReadOnlySpan<byte> raw, byte terminator)
    {
        parsed.Kept = new KeptText([.. raw, terminator], ServiceCharacters, SyntaxIdentifier ?? "UNOA") { Leading = previous is null ? gap.Span.ToArray() : [] };
        if (previous is not null)
        {
            previous.Kept!.Trailing = gap.Span.ToArray();
        }

        gap.Clear();
    }

    private void Append(ref SegmentBuffer segment, ReadOnlySpan<byte> bytes, int number, int line, int column)
    {
        if (!segment.Add(bytes))
        {
            throw new EdifactException("EDI003", $"the segment starting here is longer than {_options.MaxSegmentBytes:N0} bytes: a segment terminator ({(char)ServiceCharacters.Segment}) is probably missing", number + 1, line, column);
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

    /// <summary>Finds where elements, components and repetitions start, resolves releases and decodes the segment once.</summary>
    private EdifactSegment? Parse(ReadOnlySpan<byte> raw, int number, int line, int column, bool materialize)
    {
        var s = ServiceCharacters;
        if (!ScanAscii(raw, out var textLength))
        {
            // Non-ASCII text or a release before a non-ASCII byte: resolve releases, then decode by the character set.
            _componentBounds.Clear();
            _elementStarts.Clear();
            _repeatStarts.Clear();
            _elementStarts.Add(0);
            var released = raw.IndexOf(s.Release) >= 0;
            if (released)
            {
                _data.Clear();
            }

            var start = 0;
            var position = 0;
            while (true)
            {
                var k = raw[position..].IndexOfAny(_separators);
                if (k < 0)
                {
                    if (released)
                    {
                        _data.Add(raw[position..]);
                    }

                    break;
                }

                if (released)
                {
                    _data.Add(raw.Slice(position, k));
                }

                position += k + 1;
                var b = raw[position - 1];
                if (b == s.Release)
                {
                    _data.Add(position < raw.Length ? raw.Slice(position++, 1) : [b]);
                    continue;
                }

                var at = released ? _data.Length : position - 1;
                _componentBounds.Add(start);
                _componentBounds.Add(at);
                start = released ? at : position;
                if (b == s.Element)
                {
                    _elementStarts.Add(_componentBounds.Count / 2);
                }
                else if (b == s.Repetition)
                {
                    _repeatStarts.Add(_componentBounds.Count / 2);
                }
            }

            _componentBounds.Add(start);
            _componentBounds.Add(released ? _data.Length : raw.Length);
            _elementStarts.Add(_componentBounds.Count / 2);

            // Decode component by component, so character positions replace byte positions.
            var data = released ? _data.Span : raw;
            var builder = new StringBuilder(data.Length);
            for (var i = 0; i < _componentBounds.Count; i += 2)
            {
                var piece = Decode(data[_componentBounds[i].._componentBounds[i + 1]], number, line, column);
                _componentBounds[i] = builder.Length;
                builder.Append(piece);
                _componentBounds[i + 1] = builder.Length;
            }

            textLength = builder.Length;
            builder.CopyTo(0, Chars(textLength), textLength);
        }

        (_textLength, _number, _line) = (textLength, number, line);
        var tag = TagSpan();
        if (_elementStarts[1] != 1 || tag.Length is 0 or > 8 || tag.ContainsAnyExcept(TagCharacters))
        {
            var shown = _chars.AsSpan(0, _componentBounds[(2 * _elementStarts[1]) - 1]).ToString();
            throw new EdifactException("EDI005", $"'{shown}' is not a segment tag (letters and digits, such as NAD): the previous segment's terminator may be released or missing", number, line, column);
        }

        if (SyntaxIdentifier is null && tag is "UNB")
        {
            SyntaxIdentifier = Component(1, 1).ToString();
            if (!HasServiceStringAdvice && Component(1, 2) is "4")
            {
                ServiceCharacters = ServiceCharacters with { Repetition = (byte)'*' };
            }
        }

        return materialize ? Materialize() : null;
    }

    /// <summary>Makes a segment object of the segment in the buffers.</summary>
    private EdifactSegment Materialize()
    {
        // Components are contiguous in the text, so each one's start is the previous one's end: only the ends are kept.
        var textLength = _textLength;
        var components = _componentBounds.Count / 2;
        var boundCount = _elementStarts.Count + components;
        Chars(textLength + boundCount);

        // One allocation: the bounds follow the text as characters, unless a bound does not fit in one.
        var elementCount = _elementStarts.Count - 2;
        int[]? wide = null;
        if (textLength + boundCount <= char.MaxValue)
        {
            for (var i = 0; i < _elementStarts.Count; i++)
            {
                _chars[textLength + i] = (char)_elementStarts[i];
            }

            for (var i = 0; i < components; i++)
            {
                _chars[textLength + _elementStarts.Count + i] = (char)_componentBounds[(2 * i) + 1];
            }
        }
        else
        {
            wide = new int[boundCount];
            _elementStarts.CopyTo(wide);
            for (var i = 0; i < components; i++)
            {
                wide[_elementStarts.Count + i] = _componentBounds[(2 * i) + 1];
            }
            boundCount = 0;
        }

        var text = new string(_chars, 0, textLength + boundCount);
        return new EdifactSegment(Tag(TagSpan()), text, textLength, wide, elementCount, _repeatStarts.Count > 0 ? [.. _repeatStarts] : null) { Number = _number, Line = _line };
    }

    /// <summary>Gets the tag of the segment in the buffers.</summary>
    internal ReadOnlySpan<char> TagSpan() => _chars.AsSpan(_componentBounds[0], _componentBounds[1] - _componentBounds[0]);

    /// <summary>Gets how many data elements follow the tag in the segment in the buffers.</summary>
    internal int ElementCount => _elementStarts.Count - 2;

    /// <summary>Gets the segment number and line of the segment in the buffers.</summary>
    internal (int Number, int Line) Position => (_number, _line);

    /// <summary>Gets how many components the first occurrence of an element has in the segment in the buffers (0 when absent).</summary>
    internal int ComponentCount(int element) =>
        element < 1 || element > ElementCount ? 0 : RepeatEnd(element) - _elementStarts[element];

    /// <summary>Gets a component of the first occurrence of an element (1-based, as <see cref="EdifactSegment"/>'s indexer), empty when absent.</summary>
    internal ReadOnlySpan<char> Component(int element, int component)
    {
        if (element < 1 || element > ElementCount || component < 1)
        {
            return [];
        }

        var index = _elementStarts[element] + component - 1;
        return index < RepeatEnd(element) ? _chars.AsSpan(_componentBounds[2 * index], _componentBounds[(2 * index) + 1] - _componentBounds[2 * index]) : [];
    }

    /// <summary>Makes a segment object of the segment <see cref="Read"/> stopped at.</summary>
    internal EdifactSegment ToSegment() => Materialize();

    private int RepeatEnd(int element)
    {
        var (start, end) = (_elementStarts[element], _elementStarts[element + 1]);
        foreach (var r in _repeatStarts)
        {
            if (r > start && r < end)
            {
                return r;
            }
        }

        return end;
    }

    /// <summary>Returns the character buffer, grown to at least <paramref name="length"/>, its content kept.</summary>
    private Span<char> Chars(int length)
    {
        if (_chars.Length < length)
        {
            Array.Resize(ref _chars, Math.Max(length, _chars.Length * 2));
        }

        return _chars;
    }

    /// <summary>The common case in one pass: an ASCII segment's characters go to the buffer, releases resolved, and its
    /// element, component and repetition bounds are noted. Returns <see langword="false"/> at the first non-ASCII byte.</summary>
    private bool ScanAscii(ReadOnlySpan<byte> raw, out int length)
    {
        _componentBounds.Clear();
        _elementStarts.Clear();
        _repeatStarts.Clear();
        _elementStarts.Add(0);
        var chars = Chars(raw.Length);
        var classes = _classes;
        int t = 0, start = 0;
        length = 0;
        for (var p = 0; p < raw.Length; p++)
        {
            // Runs of plain ASCII are found and widened with vector instructions.
            var stop = raw[p..].IndexOfAny(_stops);
            var run = stop < 0 ? raw[p..] : raw.Slice(p, stop);
            if (run.Length > 0)
            {
                System.Text.Ascii.ToUtf16(run, chars[t..], out _);
                t += run.Length;
                p += run.Length;
                if (stop < 0)
                {
                    break;
                }
            }

            var b = raw[p];
            var kind = classes[b];
            if (kind == Release)
            {
                if (p + 1 < raw.Length && (b = raw[++p]) > 0x7F)
                {
                    return false;
                }

                chars[t++] = (char)b; // a release at the very end is kept as data
                continue;
            }

            if (kind == NonAscii)
            {
                return false;
            }

            _componentBounds.Add(start);
            _componentBounds.Add(t);
            start = t;
            if (kind == ElementSeparator)
            {
                _elementStarts.Add(_componentBounds.Count / 2);
            }
            else if (kind == RepetitionSeparator)
            {
                _repeatStarts.Add(_componentBounds.Count / 2);
            }
        }

        _componentBounds.Add(start);
        _componentBounds.Add(t);
        _elementStarts.Add(_componentBounds.Count / 2);
        length = t;
        return true;
    }

    /// <summary>Returns the tag, one string per distinct tag of the interchange rather than one per segment.</summary>
    private string Tag(ReadOnlySpan<char> span)
    {
        if (span.Length != 3 || span.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return span.ToString();
        }

        var key = (span[0] << 16) | (span[1] << 8) | span[2];
        if (!_tags.TryGetValue(key, out var tag))
        {
            _tags[key] = tag = span.ToString();
        }

        return tag;
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
            if (!_utf8Warned)
            {
                _utf8Warned = true;
                _issues.Add(new ValidationIssue("EDI101", ValidationSeverity.Warning, $"UNB declares {set} but the text is UTF-8; read as UTF-8 (declare UNOW or UNOY)", new IssueLocation { Line = line, Column = column }));
            }

            return utf8;
        }

        return set is "UNOA" or "UNOB"
            ? throw new EdifactException("EDI004", $"the segment holds byte 0x{bytes[bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F)]:X2}, which {set} cannot carry: declare UNOC (ISO 8859-1) or UNOW (UTF-8)", number, line, column)
            : Encoding.Latin1.GetString(bytes);
    }

    private static string Printable(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes).ReplaceLineEndings(" ");

    /// <summary>Collects bytes, growing up to a limit.</summary>
    private struct SegmentBuffer(int limit)
    {
        private byte[] _bytes = new byte[Math.Min(limit, 256)];

        public int Length { get; private set; }

        public readonly ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

        public bool Add(ReadOnlySpan<byte> bytes)
        {
            if (Length + bytes.Length > _bytes.Length)
            {
                if ((long)Length + bytes.Length > limit)
                {
                    return false;
                }

                Array.Resize(ref _bytes, (int)Math.Min(limit, Math.Max(_bytes.Length * 2L, Length + bytes.Length)));
            }

            bytes.CopyTo(_bytes.AsSpan(Length));
            Length += bytes.Length;
            return true;
        }

        public void Clear() => Length = 0;
    }
}
