namespace Gateway.Sdk.Xml;

/// <summary>Holds a field's wire value without formatting it, so the writer can format numbers straight into its buffer.</summary>
internal readonly struct WireValue
{
    private readonly string? _text;
    private readonly decimal _number;
    private readonly long _integer;

    private WireValue(WireKind kind, string? text = null, decimal number = 0, long integer = 0) =>
        (Kind, _text, _number, _integer) = (kind, text, number, integer);

    public enum WireKind : byte
    {
        None,
        Text,
        Decimal,
        Integer,
        Date,
    }

    public WireKind Kind { get; }

    public bool IsNull => Kind == WireKind.None;

    public string Text => _text!;

    public decimal Number => _number;

    public long Integer => _integer;

    public DateOnly Date => DateOnly.FromDayNumber((int)_integer);

    public static WireValue FromText(string? text) => text is null ? default : new(WireKind.Text, text);

    public static WireValue FromDecimal(decimal value) => new(WireKind.Decimal, number: value);

    public static WireValue FromInteger(long value) => new(WireKind.Integer, integer: value);

    public static WireValue FromDate(DateOnly value) => new(WireKind.Date, integer: value.DayNumber);

    /// <summary>Formats the value as written in messages, or returns <see langword="null"/> for no value.</summary>
    public string? ToText() => Kind switch
    {
        WireKind.Text => _text,
        WireKind.Decimal => XmlFormat.Decimal(_number),
        WireKind.Integer => _integer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        WireKind.Date => XmlFormat.Date(Date),
        _ => null,
    };
}
