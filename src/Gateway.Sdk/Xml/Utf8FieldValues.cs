namespace Gateway.Sdk.Xml;

/// <summary>Holds the leaf values of one block as ranges of a document read by <see cref="Utf8XmlCursor"/>, converting them without intermediate strings.</summary>
/// <remarks>Reused for every block of its kind in a document (<see cref="Reset"/>). A value that does not convert sets <see cref="Utf8XmlCursor.Failed"/>: the slow way reads the document again and reports it.</remarks>
internal sealed class Utf8FieldValues<T>(Utf8XmlCursor cursor, XmlBlock<T> block) : FieldValues<T>(block)
{
    private const int NumberMax = 64;
    private readonly (int Start, int Length, bool Escaped)[] _ranges = new (int, int, bool)[block.Fields.Length];
    private readonly int[] _follows = [.. Enumerable.Range(0, block.Fields.Length + 1)];
    private readonly (long Document, int Start, int Length, string? Value)[] _last = new (long, int, int, string?)[block.Fields.Length];

    /// <summary>Predicts the field that follows field <c>after - 1</c> (the first field when <paramref name="after"/> is 0): the one that followed it last time, else the next one.</summary>
    /// <returns>A field index, or the number of fields when none is predicted.</returns>
    public int Predict(int after) => _follows[after];

    /// <summary>Records that field <paramref name="index"/> followed field <c>after - 1</c>.</summary>
    public void Learn(int after, int index) => _follows[after] = index;

    /// <summary>Forgets the values of the previous block.</summary>
    public void Reset() => _ranges.AsSpan().Fill((0, -1, false));

    /// <summary>Stores a value; <see langword="false"/> when the field was already there.</summary>
    public bool Set(int index, int start, int length, bool escaped)
    {
        if (_ranges[index].Length >= 0)
        {
            return false;
        }

        _ranges[index] = (start, length, escaped);
        return true;
    }

    public override string? String(int index)
    {
        var (start, length, escaped) = _ranges[index];
        if (length < 0)
        {
            return null;
        }

        if (escaped)
        {
            return cursor.Decode(start, length);
        }

        // Goods lines mostly repeat the previous line's values: reuse its string rather than make another.
        var last = _last[index];
        if (last.Document == cursor.Document && cursor.Bytes(start, length).SequenceEqual(cursor.Bytes(last.Start, last.Length)))
        {
            return last.Value!;
        }

        var value = cursor.GetString(start, length);
        _last[index] = (cursor.Document, start, length, value);
        return value;
    }

    public override decimal? Decimal(int index)
    {
        if (Plain(index, out var digits, out var scale, out var negative) is { } mantissa)
        {
            return new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        }

        Span<char> chars = stackalloc char[NumberMax];
        return digits < 0 && Chars(index, chars) is { } text ? Parsed(XmlFormat.TryParseDecimal(chars[..text], out var value), value) : null;
    }

    public override int? Int32(int index)
    {
        if (Plain(index, out var digits, out var scale, out var negative) is { } mantissa && scale < 0 && digits <= 9)
        {
            return negative ? -(int)mantissa : (int)mantissa;
        }

        Span<char> chars = stackalloc char[NumberMax];
        return digits != 0 && Chars(index, chars) is { } text ? Parsed(XmlFormat.TryParseInteger(chars[..text], out var value), value) : null;
    }

    public override long? Int64(int index)
    {
        if (Plain(index, out _, out var scale, out var negative) is { } mantissa && scale < 0)
        {
            return negative ? -(long)mantissa : (long)mantissa;
        }

        Span<char> chars = stackalloc char[NumberMax];
        return Chars(index, chars) is { } text ? Parsed(XmlFormat.TryParseLong(chars[..text], out var value), value) : null;
    }

    public override DateOnly? Date(int index)
    {
        Span<char> chars = stackalloc char[NumberMax];
        return Chars(index, chars) is { } text ? Parsed(XmlFormat.TryParseDate(chars[..text], out var value), value) : null;
    }

    /// <summary>
    /// Reads the commonest numbers without the general parser: an optional sign, 1 to 18 digits and at most one point,
    /// which give the same value and scale as <see cref="decimal.TryParse(string, out decimal)"/>.
    /// </summary>
    /// <returns>The digits as a number, with <paramref name="scale"/> the digits after the point (-1 without a point); <see langword="null"/> when the value is absent or empty (<paramref name="digits"/> 0) or needs the general parser (<paramref name="digits"/> -1).</returns>
    private ulong? Plain(int index, out int digits, out int scale, out bool negative)
    {
        (digits, scale, negative) = (0, -1, false);
        var (start, length, escaped) = _ranges[index];
        if (length <= 0)
        {
            return null;
        }

        var text = escaped ? [] : cursor.Bytes(start, length);
        var i = text.Length > 0 && text[0] is (byte)'-' or (byte)'+' ? 1 : 0;
        negative = i == 1 && text[0] == (byte)'-';
        ulong mantissa = 0;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                mantissa = (mantissa * 10) + digit;
                digits++;
                scale += scale >= 0 ? 1 : 0;
            }
            else if (text[i] == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                digits = -1;
                return null;
            }
        }

        // Longer numbers and negative zero go to the general parser.
        if (digits is 0 or > 18 || (negative && mantissa == 0))
        {
            digits = -1;
            return null;
        }

        return mantissa;
    }

    protected override void Invalid(int index, string text, string code, string problem) => cursor.Failed = true;

    /// <summary>Gets a present, non-empty value as ASCII characters, and its length; a value too long, escaped or not ASCII fails the fast way.</summary>
    private int? Chars(int index, Span<char> chars)
    {
        var (start, length, escaped) = _ranges[index];
        if (length <= 0)
        {
            return null;
        }

        if (escaped || length > NumberMax || !cursor.ToChars(start, length, chars, out var written))
        {
            cursor.Failed = true;
            return null;
        }

        return written;
    }

    private TValue? Parsed<TValue>(bool parsed, TValue value)
        where TValue : struct
    {
        cursor.Failed |= !parsed;
        return parsed ? value : null;
    }
}
