using System.Collections.Frozen;

namespace Gateway.Sdk.Codes;

/// <summary>Holds one customs parameter table (参数库), such as the currencies or the trade modes.</summary>
/// <remarks>
/// Tables are CSV files: lines starting with <c>#</c> describe the table and its source, a header row
/// names the columns (the first is <c>code</c>; <c>name_zh</c> and <c>name_en</c> are usual), then one row
/// per code. A description line containing <c>PARTIAL</c> marks a table that lists only some codes: validation
/// then reports an unknown code as a warning, not an error.
/// </remarks>
public sealed class CodeTable
{
    private readonly FrozenDictionary<string, CodeEntry> _entries;

    private CodeTable(string name, string description, IReadOnlyList<CodeEntry> entries)
    {
        Name = name;
        Description = description;
        Entries = entries;
        _entries = entries.ToFrozenDictionary(static e => e.Code, StringComparer.Ordinal);
        IsComplete = !description.Contains("PARTIAL", StringComparison.Ordinal);
    }

    /// <summary>Gets the table's name, such as <c>currencies</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the description lines of the file: what the table is and where it comes from.</summary>
    public string Description { get; }

    /// <summary>Gets a value indicating whether the table claims to list every code.</summary>
    public bool IsComplete { get; }

    /// <summary>Gets the codes in file order.</summary>
    public IReadOnlyList<CodeEntry> Entries { get; }

    /// <summary>Determines whether the table has a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when the table lists <paramref name="code"/>.</returns>
    public bool Contains(string code) => _entries.ContainsKey(code);

    /// <summary>Looks a code up.</summary>
    /// <param name="code">The code.</param>
    /// <param name="entry">The entry when found.</param>
    /// <returns><see langword="true"/> when the table lists <paramref name="code"/>.</returns>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CodeEntry? entry) => _entries.TryGetValue(code, out entry);

    /// <summary>Reads a table from CSV text.</summary>
    /// <param name="name">The table's name.</param>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FormatException">The text has no header, a row has no code, or a code appears twice.</exception>
    public static CodeTable Load(string name, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(reader);
        var data = CsvData.Read(reader, name);
        var entries = new List<CodeEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in data.Rows)
        {
            var code = cells[0];
            if (code.Length == 0 || !seen.Add(code))
            {
                throw new FormatException($"{name}:{line}: {(code.Length == 0 ? "a row has no code" : $"code '{code}' appears twice")}; fix the table file.");
            }

            var columns = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < data.Header.Length; i++)
            {
                columns[data.Header[i]] = i < cells.Length ? cells[i] : string.Empty;
            }

            entries.Add(new CodeEntry(code, columns.GetValueOrDefault("name_zh", string.Empty), columns.GetValueOrDefault("name_en", string.Empty), columns));
        }

        return new CodeTable(name, string.Join('\n', data.Comments), entries);
    }
}
