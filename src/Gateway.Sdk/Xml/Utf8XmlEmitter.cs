using System.Buffers;
using System.Globalization;
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
    private const string DecimalFormat = "0.############################";
    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialCharacters());
    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(32 * 1024);
    private int _used;

    public Utf8XmlEmitter(Stream stream) => _stream = stream;

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

    /// <summary>Writes a value; returns <see langword="false"/> when text holds a character XML cannot carry.</summary>
    public bool Value(in WireValue value, bool attribute = false)
    {
        int written;
        switch (value.Kind)
        {
            case WireValue.WireKind.Text:
                return Text(value.Text, attribute);
            case WireValue.WireKind.Decimal:
                value.Number.TryFormat(Reserve(64), out written, DecimalFormat, CultureInfo.InvariantCulture);
                break;
            case WireValue.WireKind.Integer:
                value.Integer.TryFormat(Reserve(24), out written, default, CultureInfo.InvariantCulture);
                break;
            case WireValue.WireKind.Date:
                value.Date.TryFormat(Reserve(16), out written, "yyyyMMdd", CultureInfo.InvariantCulture);
                break;
            default:
                return true;
        }

        _used += written;
        return true;
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

    private bool Text(string text, bool attribute)
    {
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var stop = rest.IndexOfAny(Special);
            var run = stop < 0 ? rest : rest[..stop];
            if (run.Length > 0)
            {
                // A run has no surrogates (they are special), so it always transcodes.
                Utf8.FromUtf16(run, Reserve(run.Length * 3), out _, out var written);
                _used += written;
            }

            if (stop < 0)
            {
                return true;
            }

            var c = rest[stop];
            var skip = 1;
            switch (c)
            {
                case '&': Raw("&amp;"u8); break;
                case '<': Raw("&lt;"u8); break;
                case '>': Raw("&gt;"u8); break;
                case '\r': Raw("&#xD;"u8); break;
                case '"' when attribute: Raw("&quot;"u8); break;
                case '\n' when attribute: Raw("&#xA;"u8); break;
                case '\t' when attribute: Raw("&#x9;"u8); break;
                case '"' or '\n' or '\t': Reserve(1)[0] = (byte)c; _used++; break;
                default:
                    if (!char.IsHighSurrogate(c) || stop + 1 >= rest.Length || !char.IsLowSurrogate(rest[stop + 1]))
                    {
                        return false;
                    }

                    Utf8.FromUtf16(rest.Slice(stop, 2), Reserve(4), out _, out var pair);
                    _used += pair;
                    skip = 2;
                    break;
            }

            rest = rest[(stop + skip)..];
        }

        return true;
    }

    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _used < count)
        {
            Flush();
            if (_buffer.Length < count)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(count);
            }
        }

        return _buffer.AsSpan(_used);
    }

    private static string SpecialCharacters()
    {
        var chars = new List<char> { '&', '<', '>', '"', '\r', '\n', '\t', '\uFFFE', '\uFFFF' };
        for (var c = '\0'; c < ' '; c++)
        {
            chars.Add(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Add(c);
        }

        return new string([.. chars.Distinct()]);
    }
}
