using DocumentFormat.OpenXml.Packaging;
using Gateway.Sdk.OpenXml;

namespace Gateway.Tests.Shared;

/// <summary>Reads a sheet of a workbook the SDK wrote into rows of texts, for tests of results workbooks and reports.</summary>
internal static class WorkbookRows
{
    /// <summary>Reads a sheet: one array per row (header row included), each as wide as the widest row, empty cells as empty strings.</summary>
    public static List<string[]> Read(string path, string sheet)
    {
        using var file = File.OpenRead(path);
        return Read(file, sheet);
    }

    /// <summary>Reads a sheet of a workbook held in memory.</summary>
    public static List<string[]> Read(byte[] workbook, string sheet) => Read(new MemoryStream(workbook), sheet);

    private static List<string[]> Read(Stream stream, string sheet)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var cells = WorkbookCells.Read((WorksheetPart)workbook.GetPartById(id), WorkbookCells.SharedStrings(workbook)).ToList();
        var width = cells.Max(static c => c.Column);
        return [.. cells.GroupBy(static c => c.Row).OrderBy(static g => g.Key).Select(g =>
        {
            var row = Enumerable.Repeat(string.Empty, width).ToArray();
            foreach (var (_, column, text) in g)
            {
                row[column - 1] = text;
            }

            return row;
        })];
    }
}
