namespace Gateway.Sdk.Codes;

/// <summary>Represents a three-letter country or area code (国别(地区)代码) as used in current declarations, such as <c>CHN</c>.</summary>
/// <remarks>
/// An extensible value: any three upper-case ASCII letters can be expressed, and validation checks the code
/// against the loaded <c>countries</c> table (ISO 3166-1 alpha-3). The customs numeric codes of older
/// systems (<c>142</c> for China) are in the table's <c>numeric</c> column, never in this type.
/// </remarks>
public readonly record struct CountryCode
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="CountryCode"/> struct.</summary>
    /// <param name="value">Three upper-case ASCII letters.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not three upper-case letters.</exception>
    public CountryCode(string value)
    {
        _value = AlphaCode.Require(value, nameof(value), "country code", "CHN");
    }

    /// <summary>Gets China.</summary>
    public static CountryCode China { get; } = new("CHN");

    /// <summary>Tries to create a country code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code when the text is three upper-case letters.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> has the shape of a code.</returns>
    public static bool TryParse(string? text, out CountryCode code)
    {
        code = AlphaCode.IsAlpha3(text) ? new CountryCode(text!) : default;
        return AlphaCode.IsAlpha3(text);
    }

    /// <summary>Returns the code.</summary>
    /// <returns>The three letters.</returns>
    public override string ToString() => _value ?? string.Empty;
}
