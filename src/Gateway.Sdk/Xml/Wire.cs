using System.Globalization;
using Gateway.Sdk.Codes;

namespace Gateway.Sdk.Xml;

/// <summary>Turns model values into the text written in messages, for validation; the writer formats straight into its buffer instead.</summary>
internal static class Wire
{
    public static string? Text(string? value) => value;

    public static string? Text(decimal? value) => value is { } v ? XmlFormat.Decimal(v) : null;

    public static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Text(DateOnly? value) => value is { } v ? XmlFormat.Date(v) : null;

    public static string? Text(TradeDirection? value) => value switch
    {
        TradeDirection.Import => "I",
        TradeDirection.Export => "E",
        null => null,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Use TradeDirection.Import or TradeDirection.Export."),
    };

    /// <summary>Takes a code or identifier value type, whose <c>ToString</c> returns its stored wire text.</summary>
    public static string? Text<T>(T? value)
        where T : struct => value?.ToString();
}
