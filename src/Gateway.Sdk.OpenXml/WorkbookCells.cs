using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gateway.Sdk.OpenXml;

/// <summary>Reads the cells of a worksheet row by row with the SAX-style reader, so a large workbook is never loaded whole.</summary>
internal static class WorkbookCells
{
    /// <summary>Reads the shared strings table, the texts most cells refer to.</summary>
    public static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(static r => r.Text?.Text)));
            }
        }

        return strings;
    }

    /// <summary>Lists the non-empty cells of a sheet as (1-based row, 1-based column, text).</summary>
    public static IEnumerable<(int Row, int Column, string Text)> Read(WorksheetPart part, List<string> shared)
    {
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var next = 1;
            foreach (var cell in row.Elements<Cell>())
            {
                var (r, c) = cell.CellReference?.Value is { } reference ? Parse(reference) : ((int)(row.RowIndex?.Value ?? 0), next);
                next = c + 1;
                if (Text(cell, shared) is { Length: > 0 } text)
                {
                    yield return (r, c, text);
                }
            }
        }
    }

    private static string Text(Cell cell, List<string> shared)
    {
        var value = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        // Excel stores numbers as doubles written with up to 17 digits (0.1 as 0.10000000000000001): give back what was typed.
        if (cell.DataType is null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Math.Abs(number) < 7.9e27)
        {
            return ((decimal)number).ToString(CultureInfo.InvariantCulture);
        }

        return value;
    }

    /// <summary>Splits a reference such as <c>AB12</c> into row 12 and column 28.</summary>
    private static (int Row, int Column) Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return (int.TryParse(reference.AsSpan(i), CultureInfo.InvariantCulture, out var row) ? row : 0, column);
    }
}
