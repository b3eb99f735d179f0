using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.OpenXml;

/// <summary>Reads the data sheets of the bulk-filing workbooks (<see cref="WorkbookTemplate"/>); shared by the declaration, manifest and certificate readers.</summary>
internal static class WorkbookSheets
{
    /// <summary>Reads a template-shaped workbook into filings: one per row of the first sheet, each built by <paramref name="filing"/> from its row and the rows of the other sheets.</summary>
    /// <param name="workbook">The <c>.xlsx</c> package.</param>
    /// <param name="limits">The reading limits.</param>
    /// <param name="layouts">The data sheets, the head sheet (one row per filing) first.</param>
    /// <param name="family">The template's family, for <c>gateway template FAMILY</c> in messages.</param>
    /// <param name="keyZh">The key column's Chinese header.</param>
    /// <param name="noun">What a filing is, such as <c>declaration</c>.</param>
    /// <param name="filing">Builds a filing from its head row and all rows by sheet key.</param>
    /// <returns>The filings, with the sheet-level problems (<c>WB001</c>–<c>WB008</c>) and every filing's own.</returns>
    public static WorkbookImport<T> Import<T>(Stream workbook, WorkbookLimits limits, IReadOnlyList<WorkbookSheet> layouts, string family, string keyZh, string noun, Func<SheetRow, Dictionary<string, List<SheetRow>>, WorkbookFiling<T>> filing)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var issues = new List<ValidationIssue>();
        var sheets = WorkbookCells.Open(workbook, limits, issues, $"the workbook holds more than {limits.MaxDeclarations} {noun}s, the most one workbook may hold; split it into several workbooks",
            d => Read(d, layouts, issues, limits, limits.MaxDeclarations, family, keyZh, noun));
        if (sheets is null)
        {
            return new WorkbookImport<T>([], new ValidationReport(issues));
        }

        var first = layouts[0].Key;
        var filings = new List<WorkbookFiling<T>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var head in sheets.GetValueOrDefault(first) ?? [])
        {
            if (!keys.Add(head.Key))
            {
                issues.Add(new ValidationIssue("WB005", ValidationSeverity.Error, $"{noun} key {head.Key} is used by an earlier {first} row; give each {noun} its own key", new IssueLocation { Cell = head.KeyCell }));
                continue;
            }

            filings.Add(filing(head, sheets));
        }

        foreach (var (_, rows) in sheets.Where(s => s.Key != first))
        {
            issues.AddRange(rows.Where(r => !keys.Contains(r.Key)).Select(r => new ValidationIssue("WB006", ValidationSeverity.Error, $"no {first} row has {noun} key {r.Key}; add the {noun} or correct the key", new IssueLocation { Cell = r.KeyCell })));
        }

        return new WorkbookImport<T>(filings, new ValidationReport(issues.Concat(filings.SelectMany(static f => f.Report.Issues))));
    }

    /// <summary>Reads the data sheets of a template-shaped workbook: columns found by their English header (row 2), rows by their key (column A).</summary>
    /// <param name="document">The workbook.</param>
    /// <param name="layouts">The data sheets, the head sheet (one row per filing) first.</param>
    /// <param name="issues">Where the sheet-level problems go: <c>WB002</c> no head sheet, <c>WB003</c> an unknown column, <c>WB004</c> a row without a key.</param>
    /// <param name="limits">The reading limits.</param>
    /// <param name="maxFilings">The most head rows to read before <c>WB008</c>.</param>
    /// <param name="family">The template's family, for <c>gateway template FAMILY</c> in messages.</param>
    /// <param name="keyZh">The key column's Chinese header, such as <c>报关单序号</c>.</param>
    /// <param name="noun">What a filing is, such as <c>declaration</c>.</param>
    /// <returns>The rows by sheet key.</returns>
    private static Dictionary<string, List<SheetRow>> Read(SpreadsheetDocument document, IReadOnlyList<WorkbookSheet> layouts, List<ValidationIssue> issues, WorkbookLimits limits, int maxFilings, string family, string keyZh, string noun)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var shared = WorkbookCells.SharedStrings(workbook, limits);
        var result = new Dictionary<string, List<SheetRow>>(StringComparer.Ordinal);
        var ordinal = 0;
        foreach (var layout in layouts)
        {
            ordinal++;
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(x => x.Name?.Value == layout.Name || x.Name?.Value == layout.Key);
            if (sheet?.Id?.Value is not { } id)
            {
                if (layout == layouts[0])
                {
                    issues.Add(new ValidationIssue("WB002", ValidationSeverity.Error, $"the workbook has no sheet '{layout.Name}'; start from gateway template {family}", IssueLocation.Document));
                }

                continue;
            }

            var rows = WorkbookCells.Read((WorksheetPart)workbook.GetPartById(id), shared, limits, layout == layouts[0] ? maxFilings + 2 : int.MaxValue).GroupBy(static c => c.Row).OrderBy(static g => g.Key).ToList();
            var headers = rows.FirstOrDefault(static g => g.Key == 2)?.ToDictionary(static c => c.Column, static c => c.Text) ?? [];
            var columns = new Dictionary<int, WorkbookColumn>();
            foreach (var (column, text) in headers.Where(static h => h.Key > 1))
            {
                var property = text.Split(' ')[0];
                if (layout.Columns.FirstOrDefault(c => c.Property == property) is { } known)
                {
                    columns[column] = known;
                }
                else
                {
                    issues.Add(new ValidationIssue("WB003", ValidationSeverity.Warning, $"column '{text}' is not a field of this sheet; it is ignored (check the header in row 2)", new IssueLocation { Cell = WorkbookCells.Reference(layout.Name, 2, column) }));
                }
            }

            var byProperty = columns.ToDictionary(static c => (c.Value.Block, c.Value.Property), static c => c.Key);
            var list = result[layout.Key] = [];
            foreach (var row in rows.Where(static g => g.Key > 2))
            {
                var key = row.FirstOrDefault(static c => c.Column == 1).Text?.Trim();
                var keyCell = WorkbookCells.Reference(layout.Name, row.Key, 1);
                if (string.IsNullOrEmpty(key))
                {
                    issues.Add(new ValidationIssue("WB004", ValidationSeverity.Error, $"this row has data but no {noun} key ({keyZh}) in column A; fill it in", new IssueLocation { Cell = keyCell }));
                    continue;
                }

                list.Add(new SheetRow(layout.Name, ordinal, key, row.Key, keyCell, byProperty, [.. row.Where(c => columns.ContainsKey(c.Column)).Select(c => (columns[c.Column], c.Text, (c.Column, WorkbookCells.Reference(layout.Name, row.Key, c.Column))))]));
            }
        }

        return result;
    }
}

/// <summary>Is one data row of a sheet: its key, row number and the values of the columns the SDK knows.</summary>
internal sealed record SheetRow(string Sheet, int Ordinal, string Key, int Row, string KeyCell, Dictionary<(string Block, string Property), int> Columns, List<(WorkbookColumn Column, string Text, (int Column, string Reference) Cell)> Values)
{
    public int Line => (Ordinal << 21) | Row;
}
