using Gateway.Sdk.Codes;

namespace Gateway.Sdk.Xml;

/// <summary>Turns model values into wire values, without allocating.</summary>
internal static class Wire
{
    public static WireValue Value(string? value) => WireValue.FromText(value);

    public static WireValue Value(decimal? value) => value is { } v ? WireValue.FromDecimal(v) : default;

    public static WireValue Value(int? value) => value is { } v ? WireValue.FromInteger(v) : default;

    public static WireValue Value(long? value) => value is { } v ? WireValue.FromInteger(v) : default;

    public static WireValue Value(DateOnly? value) => value is { } v ? WireValue.FromDate(v) : default;

    public static WireValue Value(TradeDirection? value) => value switch
    {
        TradeDirection.Import => WireValue.FromText("I"),
        TradeDirection.Export => WireValue.FromText("E"),
        null => default,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Use TradeDirection.Import or TradeDirection.Export."),
    };

    /// <summary>Takes a code or identifier value type, whose <c>ToString</c> returns its stored wire text.</summary>
    public static WireValue Value<T>(T? value)
        where T : struct => value is { } v ? WireValue.FromText(v.ToString()) : default;
}
