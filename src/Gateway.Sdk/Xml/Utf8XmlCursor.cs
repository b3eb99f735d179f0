using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Gateway.Sdk.Xml;

/// <summary>
/// Reads the plain shape single-window messages have straight from UTF-8 bytes: an optional XML declaration, elements
/// without attributes below the root, and text with the predefined entities. Every method returns <see langword="false"/>
/// at anything else (comments, CDATA, DTDs, character references, carriage returns in text, malformed markup), and the
/// caller then reads the document with <see cref="XmlInput"/>, which accepts or reports it; so this cursor never accepts
/// a document <see cref="System.Xml.XmlReader"/> would refuse, and never reports anything itself.
/// </summary>
/// <remarks>
/// The bytes are checked where they are used rather than in a pass of their own: markup must match ASCII names and
/// characters, a text stops at any control character XML forbids, and a text or attribute value becomes a string only if
/// it is well-formed UTF-8 without U+FFFE or U+FFFF (<see cref="Failed"/> otherwise). So every value a reader converts
/// has been checked, and a reader must convert every value it keeps.
/// </remarks>
internal sealed class Utf8XmlCursor
{
    private const int ShortTableSize = 4096;

    private const byte SpaceKind = 1;
    private const byte NameStop = 2;
    private const byte TextStop = 4;

    /// <summary>The characters XML 1.0 forbids below U+0020.</summary>
    private static readonly byte[] Forbidden = [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0C, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F];

    /// <summary>Classifies bytes; names, whitespace runs and most texts are short, and a scalar loop over this table beats a vectorized search on them.</summary>
    private static readonly byte[] Kinds = CreateKinds();
    private static readonly SearchValues<byte> TextStops = SearchValues.Create([.. "<&]\r"u8, .. Forbidden]);

    /// <summary>Holds short texts met in any document, one per slot; an entry is immutable, so threads may share the table without locks.</summary>
    private static readonly ShortText?[] ShortTable = new ShortText?[ShortTableSize];

    private byte[] _doc = [];
    private int _pos;
    private int _end;

    /// <summary>Gets the number of the current document, counted from 1, so that what is kept from an earlier document is not mistaken for the current one's.</summary>
    public long Document { get; private set; }

    /// <summary>Gets or sets a value indicating whether a value did not convert, so the document must be read the slow way.</summary>
    public bool Failed { get; set; }

    /// <summary>Starts on a document: skips a byte order mark, the XML declaration and whitespace.</summary>
    public bool Open(byte[] document, int offset, int count)
    {
        (_doc, _pos, _end, Failed) = (document, offset, offset + count, false);
        Document++;
        if (Rest.StartsWith("\uFEFF"u8))
        {
            _pos += 3;
        }

        if (Rest.StartsWith("<?"u8) && !Declaration())
        {
            return false;
        }

        SkipSpace();
        return true;
    }

    /// <summary>Forgets the document.</summary>
    public void Clear() => _doc = [];

    /// <summary>Skips whitespace and tells whether an end tag follows.</summary>
    public bool AtEndTag()
    {
        SkipSpace();
        return _pos + 1 < _end && _doc[_pos] == (byte)'<' && _doc[_pos + 1] == (byte)'/';
    }

    /// <summary>Skips whitespace and tells whether only whitespace was left.</summary>
    public bool AtDocumentEnd()
    {
        SkipSpace();
        return _pos == _end;
    }

    /// <summary>Skips whitespace and reads a start tag without attributes.</summary>
    /// <param name="name">The element's name, as a range of the document.</param>
    /// <param name="empty">Whether the tag closes itself (<c>&lt;x/&gt;</c>).</param>
    public bool StartTag(out Range name, out bool empty)
    {
        empty = false;
        if (!StartTagName(out name))
        {
            return false;
        }

        var doc = _doc;
        SkipSpace();
        if (_pos < _end && doc[_pos] == (byte)'>')
        {
            _pos++;
            return true;
        }

        empty = _pos + 1 < _end && doc[_pos] == (byte)'/' && doc[_pos + 1] == (byte)'>';
        _pos += 2;
        return empty;
    }

    /// <summary>Reads the start tag <paramref name="openTag"/> (<c>&lt;name&gt;</c>) if it is next.</summary>
    /// <remarks>Call it after <see cref="AtEndTag"/>, which skipped the whitespace.</remarks>
    public bool KnownStartTag(ReadOnlySpan<byte> openTag)
    {
        if (!_doc.AsSpan(_pos, _end - _pos).StartsWith(openTag))
        {
            return false;
        }

        _pos += openTag.Length;
        return true;
    }

    /// <summary>Skips whitespace and reads the root's start tag: its name, the default namespace and the optional <c>Version</c> attribute.</summary>
    public bool Root(ReadOnlySpan<byte> name, ReadOnlySpan<byte> ns, out string? version)
    {
        version = null;
        var hasNamespace = false;
        if (!StartTagName(out var tag) || !Name(tag).SequenceEqual(name))
        {
            return false;
        }

        while (true)
        {
            var spaced = SkipSpace();
            if (Rest.StartsWith(">"u8))
            {
                _pos++;
                return hasNamespace;
            }

            if (!Attribute(spaced, out var attribute, out var start, out var length))
            {
                return false;
            }

            if (attribute.SequenceEqual("xmlns"u8) && !hasNamespace)
            {
                hasNamespace = _doc.AsSpan(start, length).SequenceEqual(ns);
                if (!hasNamespace)
                {
                    return false;
                }
            }
            else if (attribute.SequenceEqual("Version"u8) && version is null)
            {
                version = GetString(start, length);
            }
            else
            {
                return false;
            }
        }
    }

    /// <summary>Reads an end tag, which must close <paramref name="name"/>.</summary>
    public bool EndTag(ReadOnlySpan<byte> name)
    {
        var (doc, at) = (_doc, _pos);
        if (at + 2 + name.Length >= _end || doc[at] != (byte)'<' || doc[at + 1] != (byte)'/' || !doc.AsSpan(at + 2, name.Length).SequenceEqual(name))
        {
            return false;
        }

        _pos = at + 2 + name.Length;
        return EndOfTag();
    }

    /// <summary>Reads the optional whitespace and the <c>&gt;</c> that end a tag.</summary>
    private bool EndOfTag()
    {
        SkipSpace();
        if (_pos >= _end || _doc[_pos] != (byte)'>')
        {
            return false;
        }

        _pos++;
        return true;
    }

    /// <summary>Reads the text of a leaf element after its start tag, and its end tag.</summary>
    /// <param name="name">The element's name.</param>
    /// <param name="start">Where the text starts in the document.</param>
    /// <param name="length">Its length in bytes.</param>
    /// <param name="escaped">Whether it holds entity references, so it must be decoded.</param>
    public bool Leaf(ReadOnlySpan<byte> name, out int start, out int length, out bool escaped)
    {
        if (!Text(out start, out length, out escaped))
        {
            return false;
        }

        var (doc, at) = (_doc, _pos + 2 + name.Length);
        if (at >= _end || doc[_pos + 1] != (byte)'/' || !doc.AsSpan(_pos + 2, name.Length).SequenceEqual(name))
        {
            return false;
        }

        if (doc[at] == (byte)'>')
        {
            _pos = at + 1;
            return true;
        }

        _pos = at;
        return EndOfTag();
    }

    /// <summary>Reads the text up to the next tag.</summary>
    /// <param name="start">Where the text starts in the document.</param>
    /// <param name="length">Its length in bytes.</param>
    /// <param name="escaped">Whether it holds entity references, so it must be decoded.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Text(out int start, out int length, out bool escaped)
    {
        var (doc, kinds, at, end) = (_doc, Kinds, _pos, _end);
        (start, length, escaped) = (at, 0, false);
        while (true)
        {
            // Most values are short: look at a few bytes before starting a vectorized search.
            var scalar = Math.Min(end, at + 16);
            while (at < scalar && (kinds[doc[at]] & TextStop) == 0)
            {
                at++;
            }

            if (at == scalar)
            {
                var stop = doc.AsSpan(at, end - at).IndexOfAny(TextStops);
                if (stop < 0)
                {
                    return false;
                }

                at += stop;
            }

            switch (doc[at])
            {
                case (byte)'<':
                    (_pos, length) = (at, at - start);
                    return true;
                case (byte)'&' when Entity(doc.AsSpan(at + 1, end - at - 1)) > 0:
                    escaped = true;
                    break;
                case (byte)']' when !doc.AsSpan(at + 1, end - at - 1).StartsWith("]>"u8):
                    break;
                default:
                    return false;
            }

            at++;
        }
    }

    /// <summary>Gets an element name read by <see cref="StartTag"/>.</summary>
    public ReadOnlySpan<byte> Name(Range name) => _doc.AsSpan(name.Start.Value, name.End.Value - name.Start.Value);

    /// <summary>Gets a text as a string; one of at most 8 bytes comes from a cache all documents share. Bytes that are not well-formed set <see cref="Failed"/>.</summary>
    public string GetString(int start, int length)
    {
        var bytes = _doc.AsSpan(start, length);
        return (length <= 8 ? Short(bytes) : ToText(bytes)) ?? Fail();
    }

    /// <summary>Decodes a text holding entity references checked by <see cref="Text"/>.</summary>
    public string Decode(int start, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var source = _doc.AsSpan(start, length);
            var written = 0;
            while (source.IndexOf((byte)'&') is var at and >= 0)
            {
                source[..at].CopyTo(buffer.AsSpan(written));
                written += at;
                var name = Entity(source[(at + 1)..]);
                buffer[written++] = name switch
                {
                    3 when source[at + 1] == (byte)'l' => (byte)'<',
                    3 => (byte)'>',
                    4 => (byte)'&',
                    _ => source[at + 1] == (byte)'q' ? (byte)'"' : (byte)'\'',
                };
                source = source[(at + 1 + name)..];
            }

            source.CopyTo(buffer.AsSpan(written));
            return ToText(buffer.AsSpan(0, written + source.Length)) ?? Fail();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Gets the bytes of a text.</summary>
    public ReadOnlySpan<byte> Bytes(int start, int length) => _doc.AsSpan(start, length);

    /// <summary>Gets a text of at most 64 ASCII characters as characters, for number and date parsing.</summary>
    public bool ToChars(int start, int length, Span<char> chars, out int written) =>
        Ascii.ToUtf16(_doc.AsSpan(start, length), chars, out written) == OperationStatus.Done;

    private ReadOnlySpan<byte> Rest => _doc.AsSpan(_pos, _end - _pos);

    private static byte[] CreateKinds()
    {
        var kinds = new byte[256];
        foreach (var b in " \t\r\n"u8)
        {
            kinds[b] |= SpaceKind | NameStop;
        }

        foreach (var b in "/>="u8)
        {
            kinds[b] |= NameStop;
        }

        foreach (var b in (ReadOnlySpan<byte>)[.. "<&]\r"u8, .. Forbidden])
        {
            kinds[b] |= TextStop;
        }

        return kinds;
    }

    private static int IndexOfKind(ReadOnlySpan<byte> bytes, byte kind)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if ((Kinds[bytes[i]] & kind) != 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Decodes a text, or returns <see langword="null"/> when it is not well-formed UTF-8 or holds U+FFFE or U+FFFF, which XML forbids.</summary>
    /// <remarks>Malformed bytes decode to U+FFFD, so only a text holding that character needs its bytes checked.</remarks>
    private static string? ToText(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var odd = text.AsSpan().IndexOfAnyInRange('\uFFFD', '\uFFFF');
        return odd < 0 || (text[odd] == '\uFFFD' && text.AsSpan(odd).IndexOfAny('\uFFFE', '\uFFFF') < 0 && Utf8.IsValid(bytes)) ? text : null;
    }

    /// <summary>Marks the document for the slow way, which reports the malformed text; the empty string stands in for it meanwhile.</summary>
    private string Fail()
    {
        Failed = true;
        return string.Empty;
    }

    /// <summary>Gives the length of the predefined entity's name with its <c>;</c> at the start of <paramref name="rest"/> (after <c>&amp;</c>), or 0.</summary>
    private static int Entity(ReadOnlySpan<byte> rest) =>
        rest.StartsWith("lt;"u8) || rest.StartsWith("gt;"u8) ? 3
        : rest.StartsWith("amp;"u8) ? 4
        : rest.StartsWith("quot;"u8) || rest.StartsWith("apos;"u8) ? 5
        : 0;

    private static ulong Mix(ulong key)
    {
        var hash = key * 0x9E3779B97F4A7C15UL;
        return hash ^ (hash >> 29);
    }

    /// <summary>Gets a text of at most 8 bytes (codes, flags, small numbers) from a cache all documents share, so the common values are made once.</summary>
    /// <returns>The text, or <see langword="null"/> when its bytes are not well-formed.</returns>
    private static string? Short(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        Span<byte> padded = stackalloc byte[8];
        padded.Clear();
        bytes.CopyTo(padded);
        var key = BinaryPrimitives.ReadUInt64LittleEndian(padded);
        var slot = (int)(Mix(key ^ (ulong)bytes.Length) & (ShortTableSize - 1));
        if (ShortTable[slot] is { } entry && entry.Key == key && entry.Length == bytes.Length)
        {
            return entry.Value;
        }

        if (ToText(bytes) is not { } text)
        {
            return null;
        }

        ShortTable[slot] = new ShortText(key, bytes.Length, text);
        return text;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool SkipSpace() => _pos < _end && _doc[_pos] <= (byte)' ' && SkipSpaces();

    private bool SkipSpaces()
    {
        var (doc, kinds, at) = (_doc, Kinds, _pos);
        while (at < _end && (kinds[doc[at]] & SpaceKind) != 0)
        {
            at++;
        }

        var skipped = at > _pos;
        _pos = at;
        return skipped;
    }

    private bool StartTagName(out Range name)
    {
        SkipSpace();
        name = default;
        var (doc, kinds, at) = (_doc, Kinds, _pos);
        if (at + 1 >= _end || doc[at] != (byte)'<' || doc[at + 1] is (byte)'/' or (byte)'!' or (byte)'?')
        {
            return false;
        }

        var stop = ++at;
        while (stop < _end && (kinds[doc[stop]] & NameStop) == 0)
        {
            stop++;
        }

        if (stop == at || stop == _end)
        {
            return false;
        }

        (name, _pos) = (new Range(at, stop), stop);
        return true;
    }

    /// <summary>Reads <c>name = "value"</c>, which must follow whitespace (<paramref name="spaced"/>); values with references or whitespace to normalize are left to the slow way.</summary>
    private bool Attribute(bool spaced, out ReadOnlySpan<byte> name, out int start, out int length)
    {
        name = default;
        (start, length) = (0, 0);
        var stop = IndexOfKind(Rest, NameStop);
        if (!spaced || stop <= 0)
        {
            return false;
        }

        name = Rest[..stop];
        _pos += stop;
        SkipSpace();
        if (!Rest.StartsWith("="u8))
        {
            return false;
        }

        _pos++;
        SkipSpace();
        var rest = Rest;
        if (rest.IsEmpty || rest[0] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        var close = rest[1..].IndexOf(rest[0]);
        if (close < 0 || rest.Slice(1, close).IndexOfAny("<&"u8) >= 0 || rest.Slice(1, close).IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
        {
            return false;
        }

        (start, length) = (_pos + 1, close);
        _pos += close + 2;
        return true;
    }

    /// <summary>Reads <c>&lt;?xml version="1.0" encoding="UTF-8" standalone="yes"?&gt;</c>, with the encoding and standalone parts optional.</summary>
    private bool Declaration()
    {
        if (!Rest.StartsWith("<?xml"u8))
        {
            return false;
        }

        _pos += 5;
        var part = 0; // 1 after version, 2 after encoding, 3 after standalone
        while (true)
        {
            var spaced = SkipSpace();
            if (Rest.StartsWith("?>"u8))
            {
                _pos += 2;
                return part > 0;
            }

            if (!Attribute(spaced, out var name, out var start, out var length))
            {
                return false;
            }

            var value = _doc.AsSpan(start, length);
            if (part == 0 && name.SequenceEqual("version"u8) && value.SequenceEqual("1.0"u8))
            {
                part = 1;
            }
            else if (part == 1 && name.SequenceEqual("encoding"u8) && (Ascii.EqualsIgnoreCase(value, "UTF-8"u8) || Ascii.EqualsIgnoreCase(value, "UTF8"u8)))
            {
                part = 2;
            }
            else if (part is 1 or 2 && name.SequenceEqual("standalone"u8) && (value.SequenceEqual("yes"u8) || value.SequenceEqual("no"u8)))
            {
                part = 3;
            }
            else
            {
                return false;
            }
        }
    }

    /// <summary>Is a short text and its bytes, as a little-endian number padded with zeros.</summary>
    private sealed record ShortText(ulong Key, int Length, string Value);
}
