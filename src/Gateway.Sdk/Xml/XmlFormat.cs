using System.Globalization;

namespace Gateway.Sdk.Xml;

/// <summary>Formats and parses the scalar values of messages: invariant culture, no exponent, no grouping.</summary>
internal static class XmlFormat
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Writes the shortest exact form (<c>12.34</c>, never <c>12.3400</c> or <c>1.234E1</c>), so output does not depend on how the value was computed.</summary>
    public static string Decimal(decimal value)
    {
        Span<byte> utf8 = stackalloc byte[MaxDecimalLength];
        FormatDecimal(value, utf8, out var written);
        return System.Text.Encoding.ASCII.GetString(utf8[..written]);
    }

    /// <summary>The longest text of a decimal: 29 digits, a sign and a point.</summary>
    public const int MaxDecimalLength = 32;

    /// <summary>Formats a decimal as UTF-8 in its shortest exact form.</summary>
    /// <remarks>
    /// The default decimal format is fixed-point with exactly the value's scale (never an exponent), so trimming
    /// trailing zeros after the point gives the shortest form; this is far cheaper than a custom format string.
    /// </remarks>
    public static void FormatDecimal(decimal value, Span<byte> utf8, out int written)
    {
        if (TryFormatSmallDecimal(value, utf8, out written))
        {
            return;
        }

        System.Buffers.Text.Utf8Formatter.TryFormat(value, utf8, out written);
        if (utf8[..written].IndexOf((byte)'.') < 0)
        {
            return;
        }

        while (utf8[written - 1] == (byte)'0')
        {
            written--;
        }

        if (utf8[written - 1] == (byte)'.')
        {
            written--;
        }

        if (written == 2 && utf8[0] == (byte)'-' && utf8[1] == (byte)'0')
        {
            utf8[0] = (byte)'0';
            written = 1;
        }
    }

    public static bool TryParseDecimal(string? text, out decimal value) => TryParseDecimal(text.AsSpan(), out value);

    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out value);

    public static bool TryParseInteger(string? text, out int value) => TryParseInteger(text.AsSpan(), out value);

    public static bool TryParseInteger(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParseLong(string? text, out long value) => TryParseLong(text.AsSpan(), out value);

    public static bool TryParseLong(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Writes a date as <c>yyyyMMdd</c>, the declaration format.</summary>
    /// <summary>Quotes a value in a one-line message: line breaks become spaces, and more than 40 characters are cut with an ellipsis.</summary>
    public static string Excerpt(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 40 ? line : string.Concat(line.AsSpan(0, 40).TrimEnd(), "…");
    }

    public static string Date(DateOnly value) => value.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly value) => TryParseDate(text.AsSpan(), out value);

    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>Formats decimals whose mantissa fits in 64 bits (nearly all quantities and prices) with integer arithmetic.</summary>
    private static bool TryFormatSmallDecimal(decimal value, Span<byte> utf8, out int written)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        written = 0;
        if (bits[2] != 0)
        {
            return false;
        }

        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        Span<byte> digits = stackalloc byte[20];
        System.Buffers.Text.Utf8Formatter.TryFormat(mantissa, digits, out var count);
        if (bits[3] < 0 && mantissa != 0)
        {
            utf8[written++] = (byte)'-';
        }

        if (scale == 0)
        {
            digits[..count].CopyTo(utf8[written..]);
            written += count;
            return true;
        }

        var integerDigits = count - scale;
        if (integerDigits <= 0)
        {
            utf8[written++] = (byte)'0';
            utf8[written++] = (byte)'.';
            utf8.Slice(written, -integerDigits).Fill((byte)'0');
            written += -integerDigits;
            digits[..count].CopyTo(utf8[written..]);
            written += count;
            return true;
        }

        digits[..integerDigits].CopyTo(utf8[written..]);
        written += integerDigits;
        utf8[written++] = (byte)'.';
        digits[integerDigits..count].CopyTo(utf8[written..]);
        written += scale;
        return true;
    }

    /// <summary>Counts the digits after the decimal point of a value as it will be written.</summary>
    public static int Scale(decimal value)
    {
        var text = Decimal(value);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.Length - point - 1;
    }

    /// <summary>Counts the digits before the decimal point.</summary>
    public static int IntegerDigits(decimal value)
    {
        var text = Decimal(decimal.Truncate(Math.Abs(value)));
        return text == "0" ? 0 : text.Length;
    }
}
