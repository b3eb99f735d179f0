namespace Gateway.Sdk.Codes;

/// <summary>Represents an 18-character unified social credit code (统一社会信用代码) with a verified check character.</summary>
/// <remarks>
/// GB 32100-2015: 17 characters from <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c> (no I, O, S, V, Z) weighted
/// 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28; the check character is
/// <c>31 − (sum mod 31)</c> (31 becomes 0) mapped back through the same alphabet.
/// </remarks>
public readonly record struct UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private readonly string? _value;

    private UnifiedSocialCreditCode(string value) => _value = value;

    /// <summary>Parses a unified social credit code and verifies its check character.</summary>
    /// <param name="text">18 characters.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid code.</exception>
    public static UnifiedSocialCreditCode Parse(string text) =>
        IdentifierFormat.Parse<UnifiedSocialCreditCode>(text, TryParse, "unified social credit code", "18 characters from 0-9 and A-Y without I, O, S, V, Z, ending in the GB 32100 check character");

    /// <summary>Tries to parse a unified social credit code and verify its check character.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The code when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid code.</returns>
    public static bool TryParse(string? text, out UnifiedSocialCreditCode code)
    {
        code = default;
        if (text is not { Length: 18 } || ComputeCheckCharacter(text.AsSpan(0, 17)) is not { } check || check != text[17])
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(text);
        return true;
    }

    /// <summary>Computes the check character for the first 17 characters of a code.</summary>
    /// <param name="first17">The first 17 characters.</param>
    /// <returns>The check character, or <see langword="null"/> when a character is outside the alphabet.</returns>
    public static char? ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Returns the code.</summary>
    /// <returns>The code as written in messages.</returns>
    public override string ToString() => _value ?? string.Empty;
}
