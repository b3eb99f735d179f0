namespace Gateway.Sdk.Xml;

/// <summary>Holds a field's wire value without formatting it, so the writer can format numbers straight into its buffer.</summary>
internal readonly struct WireValue
{
    private readonly string? _text;
    private readonly decimal _number;

    private WireValue(WireKind kind, string? text)
    {
        Kind = kind;
        _text = text;
    }

    private WireValue(WireKind kind, decimal number)
    {
        Kind = kind;
        _number = number;
    }

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

    /// <summary>Gets an integer, which the value keeps in its decimal (exact for every <see cref="long"/>).</summary>
    public long Integer => (long)_number;

    public DateOnly Date => DateOnly.FromDayNumber((int)_number);

    public static WireValue FromText(string? text) => text is null ? default : new(WireKind.Text, text);

    public static WireValue FromDecimal(decimal value) => new(WireKind.Decimal, value);

    public static WireValue FromInteger(long value) => new(WireKind.Integer, value);

    public static WireValue FromDate(DateOnly value) => new(WireKind.Date, value.DayNumber);

    /// <summary>Formats the value as written in messages, or returns <see langword="null"/> for no value.</summary>
    public string? ToText() => Kind switch
    {
        WireKind.Text => _text,
        WireKind.Decimal => XmlFormat.Decimal(_number),
        WireKind.Integer => Integer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        WireKind.Date => XmlFormat.Date(Date),
        _ => null,
    };
}
