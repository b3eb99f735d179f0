namespace Gateway.Sdk.Codes;

/// <summary>Represents a three-letter country or area code (国别(地区)代码) as used in current declarations, such as <c>CHN</c>.</summary>
/// <remarks>
/// An extensible value: any three upper-case ASCII letters or digits can be expressed, and validation checks the
/// code against the loaded <c>countries</c> table (ISO 3166-1 alpha-3 by default). Digits are allowed because one
/// public validator expects numeric codes in <c>TradeAreaCode</c> (unresolved conflict): load a numeric table with
/// <see cref="CodeTables.FromDirectory"/> if your counterpart wants them. The embedded table keeps the customs
/// numeric codes of older systems (<c>142</c> for China) in its <c>numeric</c> column.
/// </remarks>
public readonly record struct CountryCode
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="CountryCode"/> struct.</summary>
    /// <param name="value">Three upper-case ASCII letters or digits.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not three upper-case letters or digits.</exception>
    public CountryCode(string value)
    {
        _value = AlphaCode.Require(value, nameof(value), "country code", "CHN", digits: true);
    }

    /// <summary>Gets China.</summary>
    public static CountryCode China { get; } = new("CHN");

    /// <summary>Tries to create a country code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code when the text is three upper-case letters or digits.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> has the shape of a code.</returns>
    public static bool TryParse(string? text, out CountryCode code)
    {
        code = AlphaCode.IsCode3(text) ? new CountryCode(text!) : default;
        return AlphaCode.IsCode3(text);
    }

    /// <summary>Returns the code.</summary>
    /// <returns>The three letters.</returns>
    public override string ToString() => _value ?? string.Empty;
}
