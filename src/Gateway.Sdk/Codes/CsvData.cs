using System.Text;

namespace Gateway.Sdk.Codes;

/// <summary>Reads the SDK's data files: CSV whose <c>#</c> lines describe the file, then a header row, then data rows.</summary>
internal sealed record CsvData(IReadOnlyList<string> Comments, string[] Header, IReadOnlyList<(int Line, string[] Cells)> Rows)
{
    /// <summary>Opens a data file embedded in the SDK.</summary>
    public static TextReader Embedded(string resource) =>
        new StreamReader(
            typeof(CsvData).Assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"The embedded data file '{resource}' is missing from the SDK build."),
            Encoding.UTF8);

    /// <summary>Reads a file; blank lines are skipped, and a file without a header row is refused.</summary>
    public static CsvData Read(TextReader reader, string name)
    {
        var comments = new List<string>();
        var rows = new List<(int, string[])>();
        string[]? header = null;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('#'))
            {
                comments.Add(line.TrimStart('#', ' '));
            }
            else if (line.Length == 0)
            {
                continue;
            }
            else if (header is null)
            {
                header = Split(line);
            }
            else
            {
                rows.Add((number, Split(line)));
            }
        }

        return header is null
            ? throw new FormatException($"{name}: the file has no header row; the first non-comment line must name the columns.")
            : new CsvData(comments, header, rows);
    }

    /// <summary>Splits one RFC 4180 line (double-quoted cells may hold commas and doubled quotes).</summary>
    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    cell.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
