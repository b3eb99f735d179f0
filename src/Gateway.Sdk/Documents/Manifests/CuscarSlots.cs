using System.Globalization;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Puts a value in its CUSCAR element when it fits, and otherwise in the level's <c>FTX+ZZZ</c> fallback under a key.</summary>
/// <remarks>Empty texts go to the fallback too, because EDIFACT cannot tell an empty element from a missing one.</remarks>
internal sealed class CuscarSlots(Fallback fallback, string prefix)
{
    public Fallback Fallback => fallback;

    public string Prefix => prefix;

    public string Text(string key, string? value, int max)
    {
        if (value is null)
        {
            return string.Empty;
        }

        if (value.Length > 0 && value.Length <= max)
        {
            return value;
        }

        fallback.Add(prefix + key, value);
        return string.Empty;
    }

    public string Number(string key, decimal? value) => value is { } v ? Digits(key, XmlFormat.Decimal(v)) : string.Empty;

    public string Number(string key, long? value) => value is { } v ? Digits(key, v.ToString(CultureInfo.InvariantCulture)) : string.Empty;

    /// <summary>Cuts a text into up to <paramref name="count"/> components of <paramref name="size"/> characters, never inside a surrogate pair; a longer text goes to the fallback.</summary>
    public string[] Chunks(string key, string? value, int size, int count)
    {
        if (value is null)
        {
            return [];
        }

        var chunks = new List<string>();
        for (var i = 0; i < value.Length && chunks.Count <= count;)
        {
            var length = Math.Min(size, value.Length - i);
            if (length == size && char.IsHighSurrogate(value[i + length - 1]))
            {
                length--;
            }

            chunks.Add(value.Substring(i, length));
            i += length;
        }

        if (chunks.Count is 0 || chunks.Count > count)
        {
            fallback.Add(prefix + key, value);
            return [];
        }

        return [.. chunks];
    }

    /// <summary>Marks that an object exists whose values all went elsewhere, so the reader creates it.</summary>
    public void Flag(string key) => fallback.Add(prefix + key, null);

    private string Digits(string key, string text)
    {
        if (text.Count(char.IsAsciiDigit) <= 18)
        {
            return text;
        }

        fallback.Add(prefix + key, text);
        return string.Empty;
    }
}
