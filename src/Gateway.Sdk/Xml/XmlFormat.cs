using System.Globalization;

namespace Gateway.Sdk.Xml;

/// <summary>Formats and parses the scalar values of messages: invariant culture, no exponent, no grouping.</summary>
internal static class XmlFormat
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Writes the shortest exact form (<c>12.34</c>, never <c>12.3400</c> or <c>1.234E1</c>), so output does not depend on how the value was computed.</summary>
    public static string Decimal(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static bool TryParseDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out value);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseInteger(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>Writes a date as <c>yyyyMMdd</c>, the declaration format.</summary>
    public static string Date(DateOnly value) => value.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

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
