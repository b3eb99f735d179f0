namespace Gateway.Sdk.Codes;

/// <summary>Checks the three-upper-case-letter shape shared by currency and country codes.</summary>
internal static class AlphaCode
{
    public static bool IsAlpha3(string? text) =>
        text is { Length: 3 } && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);

    public static bool IsCode3(string? text) =>
        text is { Length: 3 } && text.All(static c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    public static string Require(string value, string parameter, string what, string example, bool digits = false)
    {
        ArgumentNullException.ThrowIfNull(value, parameter);
        return (digits ? IsCode3(value) : IsAlpha3(value))
            ? value
            : throw new ArgumentException($"'{value}' is not a {what}: expected three upper-case letters{(digits ? " or digits" : string.Empty)} such as {example}.", parameter);
    }
}
