namespace Gateway.Sdk.Codes;

/// <summary>Represents an IMO ship identification number (7 digits with a check digit), such as <c>9074729</c>.</summary>
/// <remarks>
/// IMO resolution A.1117(30): the seventh digit is the sum of the first six multiplied by 7, 6, 5, 4, 3 and 2,
/// modulo 10. Manifests write a vessel as <c>UN</c> followed by its IMO number (<c>UN9074729</c>).
/// </remarks>
public readonly record struct ImoNumber
{
    private readonly string? _value;

    private ImoNumber(string value) => _value = value;

    /// <summary>Parses an IMO number and verifies its check digit.</summary>
    /// <param name="text">Seven digits, optionally after <c>IMO</c> or <c>UN</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid IMO number.</exception>
    public static ImoNumber Parse(string text) =>
        IdentifierFormat.Parse<ImoNumber>(text, TryParse, "IMO number", "7 digits whose last is the check digit, such as 9074729 (IMO or UN may come first)");

    /// <summary>Tries to parse an IMO number and verify its check digit.</summary>
    /// <param name="text">Seven digits, optionally after <c>IMO</c> or <c>UN</c>.</param>
    /// <param name="number">The number when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid IMO number.</returns>
    public static bool TryParse(string? text, out ImoNumber number)
    {
        number = default;
        var digits = text switch
        {
            null => null,
            _ when text.StartsWith("IMO", StringComparison.Ordinal) => text[3..],
            _ when text.StartsWith("UN", StringComparison.Ordinal) => text[2..],
            _ => text,
        };
        if (digits is not { Length: 7 } || !digits.All(char.IsAsciiDigit) || ComputeCheckDigit(digits.AsSpan(0, 6)) != digits[6])
        {
            return false;
        }

        number = new ImoNumber(digits);
        return true;
    }

    /// <summary>Computes the check digit of the first six digits of an IMO number.</summary>
    /// <param name="first6">Six ASCII digits.</param>
    /// <returns>The check digit, or <see langword="null"/> when the input is not six digits.</returns>
    public static char? ComputeCheckDigit(ReadOnlySpan<char> first6)
    {
        if (first6.Length != 6 || first6.ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (first6[i] - '0') * (7 - i);
        }

        return (char)('0' + (sum % 10));
    }

    /// <summary>Returns the seven digits.</summary>
    /// <returns>The number without prefix.</returns>
    public override string ToString() => _value ?? string.Empty;
}
