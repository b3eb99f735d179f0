namespace Gateway.Sdk.Codes;

/// <summary>Represents a Harmonized System commodity code (商品编号) of 6, 8 or 10 digits.</summary>
/// <remarks>
/// China's declarations use 10 digits: the 8-digit national tariff code (HS subheading + 2 national digits)
/// plus 2 supplementary digits (for example <c>8471300000</c>). HS codes have no check digit; whether a code
/// exists needs the current tariff table, so this type checks the shape only.
/// </remarks>
public readonly record struct HsCode
{
    private readonly string? _value;

    private HsCode(string value) => _value = value;

    /// <summary>Gets the 2-digit chapter (章).</summary>
    public string Chapter => Value[..2];

    /// <summary>Gets the 4-digit heading (品目).</summary>
    public string Heading => Value[..4];

    /// <summary>Gets the 6-digit internationally harmonised subheading (子目).</summary>
    public string Subheading => Value[..6];

    /// <summary>Gets the number of digits: 6, 8 or 10.</summary>
    public int Length => Value.Length;

    private string Value => _value ?? "000000";

    /// <summary>Parses an HS code.</summary>
    /// <param name="text">6, 8 or 10 ASCII digits.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not 6, 8 or 10 digits.</exception>
    public static HsCode Parse(string text) => IdentifierFormat.Parse<HsCode>(text, TryParse, "HS code", "6, 8 or 10 digits such as 8471300000");

    /// <summary>Tries to parse an HS code.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The code when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 6, 8 or 10 digits.</returns>
    public static bool TryParse(string? text, out HsCode code)
    {
        code = default;
        if (text is not { Length: 6 or 8 or 10 } || !IdentifierFormat.IsAsciiDigits(text))
        {
            return false;
        }

        code = new HsCode(text);
        return true;
    }

    /// <summary>Returns the digits.</summary>
    /// <returns>The code as written in messages.</returns>
    public override string ToString() => _value ?? string.Empty;
}
