using Gateway.Sdk.Codes;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Holds a regional policy profile of which attached documents (随附单证, <c>EdocRealation</c>) a declaration needs.</summary>
/// <remarks>
/// Regions differ (POLICIES.md row 4), so the rules are data: the SDK embeds <c>national</c> (its baseline assumption,
/// to be confirmed with your customs office), <c>weihai</c>, <c>linyi</c> and <c>liaoning-paperless</c>. Each profile
/// starts from <c>national</c> and overrides rows. Validation (rule <c>DEC018</c>) reports a missing required document as
/// an error when submitting, and an unnecessary one as a warning.
/// </remarks>
public sealed class AttachedDocumentPolicy
{
    private const string Baseline = "national";
    private static readonly Lazy<IReadOnlyList<Row>> Embedded = new(() =>
    {
        using var reader = CsvData.Embedded("Gateway.Sdk.Declarations.attached-documents.csv");
        return Parse(reader);
    });

    private readonly IReadOnlyList<Row> _rows;

    private AttachedDocumentPolicy(string name, IReadOnlyList<Row> rows)
    {
        Name = name;
        _rows = rows;
    }

    /// <summary>Gets the names of the embedded profiles.</summary>
    public static IReadOnlyList<string> Names => [.. Embedded.Value.Select(static r => r.Profile).Distinct()];

    /// <summary>Gets the embedded baseline profile, <c>national</c>.</summary>
    public static AttachedDocumentPolicy National => Get(Baseline);

    /// <summary>Gets the profile's name.</summary>
    public string Name { get; }

    /// <summary>Gets an embedded profile.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an embedded profile.</exception>
    public static AttachedDocumentPolicy Get(string name) => Select(name, Embedded.Value);

    /// <summary>Loads a profile from a CSV file laid out like the embedded one (<c>profile,direction,edoc_code,requirement,hs_prefixes,source</c>).</summary>
    /// <param name="name">The profile to take from the file; rows of profile <c>national</c> in the file are its baseline.</param>
    /// <param name="csv">The CSV text.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">The file has no row for <paramref name="name"/>.</exception>
    /// <exception cref="FormatException">A row is malformed.</exception>
    public static AttachedDocumentPolicy Load(string name, TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return Select(name, Parse(csv));
    }

    /// <summary>Says what the profile requires of a document for a declaration.</summary>
    /// <param name="direction">Import or export.</param>
    /// <param name="edocCode">The 8-digit document code (<c>EdocRealation/EdocCode</c>).</param>
    /// <param name="hsCodes">The HS codes of the declaration's goods lines.</param>
    /// <returns>The requirement; <see cref="DocumentRequirement.Optional"/> when no row applies.</returns>
    public DocumentRequirement Requirement(TradeDirection direction, string edocCode, IReadOnlyCollection<string> hsCodes)
    {
        ArgumentNullException.ThrowIfNull(edocCode);
        ArgumentNullException.ThrowIfNull(hsCodes);
        var match = _rows.LastOrDefault(r => r.Direction == direction && r.EdocCode == edocCode && Applies(r, hsCodes));
        return match?.Requirement ?? DocumentRequirement.Optional;
    }

    /// <summary>Lists the document codes the profile requires for a direction.</summary>
    /// <param name="direction">Import or export.</param>
    /// <param name="hsCodes">The HS codes of the declaration's goods lines.</param>
    /// <returns>The required 8-digit codes.</returns>
    public IReadOnlyList<string> RequiredDocuments(TradeDirection direction, IReadOnlyCollection<string> hsCodes) =>
        [.. _rows.Where(r => r.Direction == direction).Select(static r => r.EdocCode).Distinct()
            .Where(code => Requirement(direction, code, hsCodes) == DocumentRequirement.Required)];

    /// <summary>Gives the source of the row that decides a document's requirement, for messages.</summary>
    /// <param name="direction">Import or export.</param>
    /// <param name="edocCode">The document code.</param>
    /// <param name="hsCodes">The HS codes of the declaration's goods lines.</param>
    /// <returns>The row's source text, or an empty string.</returns>
    public string Source(TradeDirection direction, string edocCode, IReadOnlyCollection<string> hsCodes) =>
        _rows.LastOrDefault(r => r.Direction == direction && r.EdocCode == edocCode && Applies(r, hsCodes))?.Source ?? string.Empty;

    private static bool Applies(Row row, IReadOnlyCollection<string> hsCodes) =>
        row.HsPrefixes.Length == 0 || (hsCodes.Count > 0 && hsCodes.All(hs => row.HsPrefixes.Any(p => hs.StartsWith(p, StringComparison.Ordinal))));

    private static AttachedDocumentPolicy Select(string name, IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!rows.Any(r => r.Profile == name))
        {
            throw new ArgumentException($"'{name}' is not an attached-document policy profile; use one of: {string.Join(", ", rows.Select(static r => r.Profile).Distinct())}.", nameof(name));
        }

        return new AttachedDocumentPolicy(name, [.. rows.Where(r => r.Profile == Baseline), .. name == Baseline ? [] : rows.Where(r => r.Profile == name)]);
    }

    private static List<Row> Parse(TextReader csv)
    {
        var rows = new List<Row>();
        foreach (var (line, cells) in CsvData.Read(csv, "policy").Rows)
        {
            if (cells.Length < 4 || cells[1] is not ("I" or "E") || !Enum.TryParse<DocumentRequirement>(cells[3], ignoreCase: true, out var requirement))
            {
                throw new FormatException($"policy line {line}: expected profile,direction (I or E),edoc_code,requirement (required, optional or unnecessary),hs_prefixes,source");
            }

            var prefixes = cells.Length > 4 && cells[4].Length > 0 ? cells[4].Split(';') : [];
            rows.Add(new Row(cells[0], cells[1] == "E" ? TradeDirection.Export : TradeDirection.Import, cells[2], requirement, prefixes, cells.Length > 5 ? cells[5] : string.Empty));
        }

        return rows;
    }

    private sealed record Row(string Profile, TradeDirection Direction, string EdocCode, DocumentRequirement Requirement, string[] HsPrefixes, string Source);
}
