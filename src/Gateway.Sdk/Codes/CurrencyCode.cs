namespace Gateway.Sdk.Codes;

/// <summary>Represents an ISO 4217 alphabetic currency code (币制) as used in current declarations, such as <c>USD</c>.</summary>
/// <remarks>
/// An extensible value: any three upper-case ASCII letters can be expressed, and validation checks the code
/// against the loaded <c>currencies</c> table. Older systems and cross-border e-commerce messages use the
/// customs numeric codes (<c>502</c> for USD); those are in the table's <c>numeric</c> column, never in this type.
/// </remarks>
public readonly record struct CurrencyCode
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="CurrencyCode"/> struct.</summary>
    /// <param name="value">Three upper-case ASCII letters.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not three upper-case letters.</exception>
    public CurrencyCode(string value)
    {
        _value = AlphaCode.Require(value, nameof(value), "currency code", "USD");
    }

    /// <summary>Gets the Chinese yuan renminbi.</summary>
    public static CurrencyCode Cny { get; } = new("CNY");

    /// <summary>Gets the United States dollar.</summary>
    public static CurrencyCode Usd { get; } = new("USD");

    /// <summary>Gets the euro.</summary>
    public static CurrencyCode Eur { get; } = new("EUR");

    /// <summary>Gets the Hong Kong dollar.</summary>
    public static CurrencyCode Hkd { get; } = new("HKD");

    /// <summary>Gets the Japanese yen.</summary>
    public static CurrencyCode Jpy { get; } = new("JPY");

    /// <summary>Tries to create a currency code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code when the text is three upper-case letters.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> has the shape of a code.</returns>
    public static bool TryParse(string? text, out CurrencyCode code)
    {
        code = AlphaCode.IsAlpha3(text) ? new CurrencyCode(text!) : default;
        return AlphaCode.IsAlpha3(text);
    }

    /// <summary>Returns the code.</summary>
    /// <returns>The three letters.</returns>
    public override string ToString() => _value ?? string.Empty;
}
