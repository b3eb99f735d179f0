using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace Gateway.Sdk.Xml;

/// <summary>Writes XML markup and escaped text as UTF-8 into a pooled buffer, flushing to a stream.</summary>
/// <remarks>
/// The writers' hot path: names are pre-encoded, numbers are formatted straight into the buffer, and text is
/// transcoded in runs between the characters that need escaping. <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become entities and
/// <c>\r</c> becomes <c>&amp;#xD;</c> so that readers give back exactly the same text; characters XML cannot carry are refused.
/// </remarks>
internal sealed class Utf8XmlEmitter : IDisposable
{
    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialCharacters());
    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(32 * 1024);
    private int _used;

    public Utf8XmlEmitter(Stream stream) => _stream = stream;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _used += bytes.Length;
    }

    /// <summary>Writes text that is already well-formed markup, such as a kept element, without escaping.</summary>
    public void Markup(string markup)
    {
        Utf8.FromUtf16(markup, Reserve(markup.Length * 3), out _, out var written);
        _used += written;
    }

    /// <summary>Starts a line indented by two spaces a level.</summary>
    public void Indent(int depth)
    {
        var span = Reserve(1 + (2 * depth));
        span[0] = (byte)'\n';
        span[1..(1 + (2 * depth))].Fill((byte)' ');
        _used += 1 + (2 * depth);
    }

    public void Decimal(decimal value)
    {
        XmlFormat.FormatDecimal(value, Reserve(XmlFormat.MaxDecimalLength), out var written);
        _used += written;
    }

    public void Integer(long value)
    {
        value.TryFormat(Reserve(24), out var written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    public void Date(DateOnly value)
    {
        value.TryFormat(Reserve(16), out var written, "yyyyMMdd", CultureInfo.InvariantCulture);
        _used += written;
    }

    public void Flush()
    {
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Writes escaped text; returns <see langword="false"/> when it holds a character XML cannot carry.</summary>
    public bool Text(string text, bool attribute = false)
    {
        // Most values are short codes in printable ASCII: copy them in one pass.
        var fast = Reserve(text.Length);
        var copied = 0;
        while (copied < text.Length && text[copied] is >= ' ' and <= '~' and not ('&' or '<' or '>' or '"'))
        {
            fast[copied] = (byte)text[copied];
            copied++;
        }

        _used += copied;
        var rest = text.AsSpan(copied);
        while (rest.Length > 0)
        {
            var stop = rest.IndexOfAny(Special);
            var run = stop < 0 ? rest : rest[..stop];
            if (run.Length > 0)
            {
                // Lone surrogates fail to transcode; U+FFFE and U+FFFF are valid UTF-16 but not XML characters.
                if (run.IndexOfAny('\uFFFE', '\uFFFF') >= 0
                    || Utf8.FromUtf16(run, Reserve(run.Length * 3), out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
                {
                    return false;
                }

                _used += written;
            }

            if (stop < 0)
            {
                return true;
            }

            var c = rest[stop];
            switch (c)
            {
                case '&': Raw("&amp;"u8); break;
                case '<': Raw("&lt;"u8); break;
                case '>': Raw("&gt;"u8); break;
                case '\r': Raw("&#xD;"u8); break;
                case '"' when attribute: Raw("&quot;"u8); break;
                case '\n' when attribute: Raw("&#xA;"u8); break;
                case '\t' when attribute: Raw("&#x9;"u8); break;
                case '"' or '\n' or '\t':
                    Reserve(1)[0] = (byte)c;
                    _used++;
                    break;
                default:
                    return false;
            }

            rest = rest[(stop + 1)..];
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _used < count)
        {
            Grow(count);
        }

        return _buffer.AsSpan(_used);
    }

    private void Grow(int count)
    {
        Flush();
        if (_buffer.Length < count)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(count);
        }
    }

    /// <summary>Lists the ASCII characters that need escaping or are not allowed: markup, quote, and the C0 controls.</summary>
    private static string SpecialCharacters()
    {
        var chars = new List<char> { '&', '<', '>', '"' };
        for (var c = '\0'; c < ' '; c++)
        {
            chars.Add(c);
        }

        return new string([.. chars]);
    }
}
