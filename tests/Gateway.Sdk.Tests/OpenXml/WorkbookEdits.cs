using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gateway.Sdk.Tests.OpenXml;

/// <summary>Edits cells of a workbook opened for writing, as a broker would in Excel, to plant errors.</summary>
internal static class WorkbookEdits
{
    public static WorksheetPart Part(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        return (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!);
    }

    /// <summary>Puts a text in a cell, replacing what it held (an empty text clears it) and keeping the row's cells in column order.</summary>
    public static void Set(SpreadsheetDocument document, string sheet, string reference, string text)
    {
        var data = Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!;
        var letters = new string([.. reference.TakeWhile(char.IsLetter)]);
        var rowIndex = uint.Parse(reference[letters.Length..], CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            data.Append(row);
        }

        static (int, string) Order(string cell) => (cell.TakeWhile(char.IsLetter).Count(), new string([.. cell.TakeWhile(char.IsLetter)]));
        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        var before = row.Elements<Cell>().LastOrDefault(c => c != existing && Order(c.CellReference!.Value!).CompareTo(Order(reference)) < 0);
        existing?.Remove();
        if (text.Length == 0)
        {
            return;
        }

        var cell = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
        if (before is null)
        {
            row.PrependChild(cell);
        }
        else
        {
            before.InsertAfterSelf(cell);
        }
    }
}
