namespace Gateway.Sdk.Codes;

/// <summary>Checks the three-upper-case-letter shape shared by currency and country codes.</summary>
internal static class AlphaCode
{
    public static bool IsAlpha3(string? text) =>
        text is { Length: 3 } && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);

    public static string Require(string value, string parameter, string what, string example)
    {
        ArgumentNullException.ThrowIfNull(value, parameter);
        return IsAlpha3(value) ? value : throw new ArgumentException($"'{value}' is not a {what}: expected three upper-case letters such as {example}.", parameter);
    }
}
