using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gateway.Sdk.OpenXml;

/// <summary>Writes the parts every workbook of the SDK shares: styles, sheets, text and number cells.</summary>
internal static class SheetWriter
{
    /// <summary>Plain cell.</summary>
    public const uint Plain = 0;

    /// <summary>Bold header.</summary>
    public const uint Header = 1;

    /// <summary>Bold header on yellow: a field required to submit.</summary>
    public const uint Required = 2;

    /// <summary>Text wrapped, aligned to the top: several lines in one cell.</summary>
    public const uint Wrapped = 3;

    /// <summary>A number shown with two decimals (<c>0.00</c>), for money.</summary>
    public const uint Money = 4;

    /// <summary>Adds a worksheet with its rows, column widths, drop-downs and frozen header rows.</summary>
    public static WorksheetPart AddSheet(WorkbookPart workbook, string name, IEnumerable<Row> rows, IReadOnlyList<double> columns, List<DataValidation>? validations, int frozenRows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var worksheet = new Worksheet();
        if (frozenRows > 0)
        {
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = frozenRows, TopLeftCell = $"A{frozenRows + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{frozenRows + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{frozenRows + 1}" } })
            { WorkbookViewId = 0 }));
        }

        worksheet.Append(new Columns(columns.Select((width, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })));
        worksheet.Append(new SheetData(rows));
        if (validations is { Count: > 0 })
        {
            worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        }

        part.Worksheet = worksheet;
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(sheets.ChildElements.Count + 1), Name = name });
        return part;
    }

    /// <summary>Makes an inline-string cell (no shared-string table, so rows can be written in one pass).</summary>
    public static Cell TextCell(string column, long row, string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = $"{column}{row}", DataType = CellValues.InlineString, StyleIndex = style };

    /// <summary>Makes a number cell.</summary>
    public static Cell NumberCell(string column, long row, double value, uint style = Plain) =>
        new(new CellValue(value)) { CellReference = $"{column}{row}", DataType = CellValues.Number, StyleIndex = style };

    /// <summary>Adds the cell formats: <see cref="Plain"/>, <see cref="Header"/>, <see cref="Required"/>, <see cref="Wrapped"/>, <see cref="Money"/>.</summary>
    public static void Styles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
                new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true }) { Count = 5 });
    }

    /// <summary>Gets a column's letters from its 1-based number: 1 is A, 27 is AA.</summary>
    public static string ColumnName(int number)
    {
        var name = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }
}
