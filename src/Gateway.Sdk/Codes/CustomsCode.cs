namespace Gateway.Sdk.Codes;

/// <summary>Represents a 10-character enterprise customs registration code (海关注册编码 / 海关编码).</summary>
/// <remarks>
/// The declaration specification types these fields <c>an10</c>; public descriptions give 10 digits
/// (1–4 region, 5 economic zone, 6 enterprise type, 7–10 sequence). There is no check digit, so this type
/// checks the shape only: 10 ASCII digits or upper-case letters.
/// </remarks>
public readonly record struct CustomsCode
{
    private readonly string? _value;

    private CustomsCode(string value) => _value = value;

    /// <summary>Parses a customs code.</summary>
    /// <param name="text">10 ASCII digits or upper-case letters.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> does not have that shape.</exception>
    public static CustomsCode Parse(string text) => IdentifierFormat.Parse<CustomsCode>(text, TryParse, "customs code", "10 digits such as 3122260001");

    /// <summary>Tries to parse a customs code.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The code when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> has the shape of a customs code.</returns>
    public static bool TryParse(string? text, out CustomsCode code)
    {
        code = default;
        if (text is not { Length: 10 })
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        code = new CustomsCode(text);
        return true;
    }

    /// <summary>Returns the code.</summary>
    /// <returns>The code as written in messages.</returns>
    public override string ToString() => _value ?? string.Empty;
}
