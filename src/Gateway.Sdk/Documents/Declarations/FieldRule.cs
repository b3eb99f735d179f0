using System.Globalization;
using Gateway.Sdk.Codes;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Holds one row of <c>dec-fields.csv</c>: the length, required levels and code table of one element.</summary>
internal sealed record FieldRule(string Path, int? ExactLength, int? MaxLength, int? Precision, int? Scale, bool Draft, bool Submit, string? Table, bool FilledBySigning)
{
    private static readonly Lazy<IReadOnlyDictionary<string, FieldRule>> Embedded = new(Load);

    public static IReadOnlyDictionary<string, FieldRule> All => Embedded.Value;

    private static Dictionary<string, FieldRule> Load()
    {
        using var reader = CsvData.Embedded("Gateway.Sdk.Declarations.dec-fields.csv");
        var rules = new Dictionary<string, FieldRule>(StringComparer.Ordinal);
        foreach (var (_, c) in CsvData.Read(reader, "dec-fields.csv").Rows)
        {
            var length = c[1];
            int? exact = null, max = null, precision = null, scale = null;
            if (length.Contains(',', StringComparison.Ordinal))
            {
                var parts = length.Split(',');
                (precision, scale) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
            }
            else if (length.StartsWith("..", StringComparison.Ordinal))
            {
                max = int.Parse(length[2..], CultureInfo.InvariantCulture);
            }
            else
            {
                exact = int.Parse(length, CultureInfo.InvariantCulture);
            }

            rules[c[0]] = new FieldRule(c[0], exact, max, precision, scale, c[2] == "Y", c[3] == "Y", c[4].Length == 0 ? null : c[4], c[5] == "signing");
        }

        return rules;
    }
}
