using System.Globalization;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Gives a CUSCAR level's values: the <c>FTX+ZZZ</c> pair for a key when there is one, else the value of its element.</summary>
internal sealed class CuscarValues(List<(string Key, string? Value, EdifactSegment Segment)> pairs, List<ValidationIssue> issues)
{
    public List<ValidationIssue> Issues => issues;

    public List<(string Key, string? Value, EdifactSegment Segment)> Pairs => pairs;

    public bool Has(string key) => pairs.Exists(p => p.Key == key);

    public bool HasPrefix(string prefix) => pairs.Exists(p => p.Key.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Gets the pairs under a key prefix, with the prefix cut off.</summary>
    public CuscarValues Scope(string prefix) =>
        new([.. pairs.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(p => (p.Key[prefix.Length..], p.Value, p.Segment))], issues);

    /// <summary>Gets the pair's value for a key, else the element's value; an empty element is no value.</summary>
    public string? Get(string key, string? element)
    {
        var i = pairs.FindIndex(p => p.Key == key);
        return i >= 0 ? pairs[i].Value : element is { Length: > 0 } ? element : null;
    }

    public List<string> All(string key) => [.. pairs.Where(p => p.Key == key).Select(static p => p.Value ?? string.Empty)];

    /// <summary>Reads a list kept as pairs: each <paramref name="key"/> starts an item, and <c>key.Field</c> pairs after it fill it.</summary>
    public List<Record> Records(string key)
    {
        var records = new List<Record>();
        foreach (var (k, value, _) in pairs)
        {
            if (k == key)
            {
                records.Add(new Record(value, new Dictionary<string, string?>(StringComparer.Ordinal)));
            }
            else if (records.Count > 0 && k.StartsWith(key + ".", StringComparison.Ordinal))
            {
                records[^1].Fields[k[(key.Length + 1)..]] = value;
            }
        }

        return records;
    }

    public decimal? Decimal(string key, string? element, EdifactSegment segment) =>
        Convert(key, element, segment, static (string? t, out decimal v) => decimal.TryParse(t!.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v), "is not a number");

    public long? Int64(string key, string? element, EdifactSegment segment) =>
        Convert<long>(key, element, segment, Xml.XmlFormat.TryParseLong, "is not a whole number");

    /// <summary>Reads the send time: the pair's 17 digits, else a <c>DTM</c> in format 102, 203 or 204.</summary>
    public DateTime? Time(string key, EdifactSegment? dtm)
    {
        if (Get(key, null) is { } exact)
        {
            return DateTime.TryParseExact(exact, ManifestNodes.SendTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : Invalid<DateTime>(key, exact, dtm, "is not a time (yyyyMMddHHmmssfff)");
        }

        if (dtm?[1, 2] is not { Length: > 0 } text)
        {
            return null;
        }

        var format = (dtm[1, 3], text.Length) switch { ("102", _) or (_, 8) => "yyyyMMdd", ("203", _) or (_, 12) => "yyyyMMddHHmm", _ => "yyyyMMddHHmmss" };
        return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : Invalid<DateTime>(key, text, dtm, $"is not a time ({format})");
    }

    private T? Convert<T>(string key, string? element, EdifactSegment segment, Codes.IdentifierFormat.TryParser<T> parse, string problem)
        where T : struct
    {
        var text = Get(key, element);
        return text is null ? null : parse(text, out var value) ? value : Invalid<T>(key, text, segment, problem);
    }

    public T? Invalid<T>(string key, string text, EdifactSegment? segment, string problem)
        where T : struct
    {
        issues.Add(new ValidationIssue("MAN003", ValidationSeverity.Error, $"{key} '{Xml.XmlFormat.Excerpt(text)}' {problem}", new IssueLocation { Line = segment?.Line ?? 0, Column = 1, Segment = segment?.Number ?? 0, EdifactPath = segment?.Tag }));
        return null;
    }

    /// <summary>Is one item of a list kept as pairs.</summary>
    public sealed record Record(string? Value, Dictionary<string, string?> Fields)
    {
        public string? Get(string field) => Fields.GetValueOrDefault(field);
    }
}
