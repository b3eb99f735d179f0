namespace Gateway.Sdk.Codes;

/// <summary>Represents an ISO 6346 container number (集装箱号) with a verified check digit, such as <c>CSQU3054383</c>.</summary>
/// <remarks>
/// ISO 6346: 3-letter owner code, equipment category (<c>U</c> freight container, <c>J</c> detachable
/// equipment, <c>Z</c> trailer or chassis; <c>R</c> is accepted as some validators do), 6-digit serial
/// and a check digit. Letters count A=10 upward skipping multiples of 11; character <c>i</c> is weighted
/// 2^i; the check digit is (sum mod 11) mod 10.
/// </remarks>
public readonly record struct ContainerNumber
{
    private readonly string? _value;

    private ContainerNumber(string value) => _value = value;

    /// <summary>Gets the 3-letter owner code.</summary>
    public string OwnerCode => (_value ?? "   ")[..3];

    /// <summary>Parses a container number and verifies its check digit.</summary>
    /// <param name="text">11 characters; spaces and hyphens are not allowed.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid container number.</exception>
    public static ContainerNumber Parse(string text) =>
        IdentifierFormat.Parse<ContainerNumber>(text, TryParse, "ISO 6346 container number", "4 letters (owner code + U, J, Z or R), 6 digits and the check digit, such as CSQU3054383");

    /// <summary>Tries to parse a container number and verify its check digit.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="number">The number when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid container number.</returns>
    public static bool TryParse(string? text, out ContainerNumber number)
    {
        number = default;
        if (text is not { Length: 11 } || ComputeCheckDigit(text.AsSpan(0, 10)) is not { } check || check != text[10])
        {
            return false;
        }

        number = new ContainerNumber(text);
        return true;
    }

    /// <summary>Computes the check digit for the first 10 characters of a container number.</summary>
    /// <param name="first10">Owner code, category identifier and serial number.</param>
    /// <returns>The check digit, or <see langword="null"/> when the characters do not have the ISO 6346 shape.</returns>
    public static char? ComputeCheckDigit(ReadOnlySpan<char> first10)
    {
        if (first10.Length != 10 || first10[3] is not ('U' or 'J' or 'Z' or 'R'))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = first10[i];
            int value;
            if (i < 4 && char.IsAsciiLetterUpper(c))
            {
                value = c - 'A' + 10;
                value += (value - 1) / 10; // skip 11, 22 and 33: A=10, B=12 … K=21, L=23 … U=32, V=34 …
            }
            else if (i >= 4 && char.IsAsciiDigit(c))
            {
                value = c - '0';
            }
            else
            {
                return null;
            }

            sum += value << i;
        }

        return (char)('0' + (sum % 11 % 10));
    }

    /// <summary>Returns the number.</summary>
    /// <returns>The number as written in messages.</returns>
    public override string ToString() => _value ?? string.Empty;
}
