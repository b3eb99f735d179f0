namespace Gateway.Sdk.Codes;

/// <summary>Shares the parse-or-throw shape of the identifier value types.</summary>
internal static class IdentifierFormat
{
    public delegate bool TryParser<T>(string? text, out T value);

    public static T Parse<T>(string text, TryParser<T> tryParse, string what, string expected)
    {
        ArgumentNullException.ThrowIfNull(text);
        return tryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a valid {what}: expected {expected}.");
    }

    public static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
