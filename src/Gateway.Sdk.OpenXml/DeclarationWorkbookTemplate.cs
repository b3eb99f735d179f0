using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Codes;

namespace Gateway.Sdk.OpenXml;

/// <summary>Writes the Excel workbook brokers fill with customs declarations in bulk (<c>gateway template declaration</c>).</summary>
/// <remarks>
/// <para>Sheets: an instructions sheet; <c>表头 Head</c> (one row per declaration: <c>DecHead</c>, <c>DecSign</c> and
/// <c>DecFreeTxt</c> fields); <c>商品 Lines</c> (goods lines); <c>集装箱 Containers</c>; <c>随附单证 Licences</c>;
/// <c>随附单据 Documents</c>; and <c>代码表 Codes</c>, the code tables the drop-downs offer. Every data sheet starts with the
/// key column <c>报关单序号 Declaration</c>, which ties goods lines, containers and documents to their declaration.</para>
/// <para>Row 1 holds the Chinese headers, row 2 the English ones (the model's property names, with the wire element in
/// brackets where it differs); both are frozen. Fields required to submit (申报) have yellow headers. Coded columns get a
/// drop-down of the code table's codes (Excel still accepts other text, as the tables can lag behind customs). Columns,
/// required fields and code tables come from the SDK's field table, so the workbook and the validator agree. Thread-safe.</para>
/// </remarks>
public static class DeclarationWorkbookTemplate
{
    private const string CodesSheet = "代码表 Codes";
    private const int DataRows = 10_000;

    /// <summary>Writes the template to a stream.</summary>
    /// <param name="output">The stream to write the <c>.xlsx</c> package to; it is left open. It must be seekable.</param>
    /// <param name="tables">The code tables for the drop-downs; <see langword="null"/> for <see cref="CodeTables.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public static void Write(Stream output, CodeTables? tables = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        tables ??= CodeTables.Default;
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        Styles(workbook);
        var sheets = DeclarationWorkbookLayout.Sheets;
        var used = sheets.SelectMany(static s => s.Columns).Select(static c => c.Table).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var codeColumns = used.Select((t, i) => (Table: t, Column: ColumnName((2 * i) + 1), Count: tables.Get(t).Entries.Count)).ToDictionary(static x => x.Table, StringComparer.Ordinal);

        AddSheet(workbook, "说明 Instructions", Instructions(sheets), columns: [90], null, frozenRows: 0);
        foreach (var sheet in sheets)
        {
            var validations = sheet.Columns.Select((c, i) => (c, i)).Where(static x => x.c.Table is not null)
                .Select(x =>
                {
                    var code = codeColumns[x.c.Table!];
                    var column = ColumnName(x.i + 2);
                    return new DataValidation(new Formula1($"'{CodesSheet}'!${code.Column}$3:${code.Column}${code.Count + 2}"))
                    {
                        Type = DataValidationValues.List,
                        AllowBlank = true,
                        ShowErrorMessage = false,
                        SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}3:{column}{DataRows + 2}" },
                    };
                }).ToList();
            Row[] header =
            [
                HeaderRow(1, [DeclarationWorkbookLayout.KeyLabelZh, .. sheet.Columns.Select(static c => c.LabelZh)], sheet.Columns),
                HeaderRow(2, [DeclarationWorkbookLayout.KeyLabelEn, .. sheet.Columns.Select(static c => c.Property == c.Element ? c.Property : $"{c.Property} ({c.Element})")], sheet.Columns),
            ];
            AddSheet(workbook, sheet.Name, header, [14, .. sheet.Columns.Select(static c => (double)Math.Clamp(Math.Max(c.LabelZh.Length * 2, c.Property.Length) + 2, 10, 40))], validations, frozenRows: 2);
        }

        AddSheet(workbook, CodesSheet, Codes(tables, used), [.. used.SelectMany(static _ => new double[] { 12, 30 })], null, frozenRows: 2);
    }

    /// <summary>Writes the template to a file.</summary>
    /// <param name="path">The <c>.xlsx</c> file to create or replace.</param>
    /// <param name="tables">The code tables for the drop-downs; <see langword="null"/> for <see cref="CodeTables.Default"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(string path, CodeTables? tables = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = File.Create(path);
        Write(file, tables);
    }

    private static Row[] Instructions(IReadOnlyList<WorkbookSheet> sheets)
    {
        string[] lines =
        [
            "报关单批量申报模板 · Customs declaration batch template (Gateway.Sdk)",
            string.Empty,
            "1. 每份报关单在「表头 Head」中占一行，第一列「报关单序号」填一个本文件内唯一的序号（如 1、2、3）。",
            "   One row per declaration on the Head sheet; the first column, Declaration, holds a key unique in this file (1, 2, 3 …).",
            "2. 商品、集装箱、随附单证、随附单据各占一行，第一列填所属报关单的序号。",
            "   Goods lines, containers, licences and documents take one row each; their first column names their declaration's key.",
            "3. 黄色表头为申报必填项；带下拉框的列取自代码表（「代码表 Codes」），也可填写新代码。",
            "   Yellow headers are required to submit (申报); drop-downs offer the codes on the Codes sheet, and other codes are accepted.",
            "4. 填写代码而非名称；日期写作 yyyyMMdd；数字不加千位分隔符。",
            "   Write codes, not names; dates as yyyyMMdd; numbers without thousands separators.",
            string.Empty,
            "工作表 · Sheets:",
            .. sheets.Select(static s => $"  {s.Name}: {s.RowMeaning}"),
            $"  {CodesSheet}: 下拉框的代码及名称 · codes and names offered by the drop-downs",
        ];
        return [.. lines.Select((text, i) => new Row(TextCell(ColumnName(1), i + 1, text, i == 0 ? 1U : 0U)) { RowIndex = (uint)(i + 1) })];
    }

    private static Row[] Codes(CodeTables tables, List<string> used)
    {
        var rows = new List<Row>
        {
            new(used.SelectMany((t, i) => new[] { TextCell(ColumnName((2 * i) + 1), 1, t, 1), TextCell(ColumnName((2 * i) + 2), 1, tables.Get(t).Description, 0) })) { RowIndex = 1 },
            new(used.SelectMany((_, i) => new[] { TextCell(ColumnName((2 * i) + 1), 2, "代码 Code", 1), TextCell(ColumnName((2 * i) + 2), 2, "名称 Name", 1) })) { RowIndex = 2 },
        };
        var entries = used.Select(t => tables.Get(t).Entries).ToList();
        for (var r = 0; r < entries.Max(static e => e.Count); r++)
        {
            var index = (uint)(r + 3);
            rows.Add(new Row(entries.SelectMany((list, i) => r < list.Count
                ? new[] { TextCell(ColumnName((2 * i) + 1), index, list[r].Code, 0), TextCell(ColumnName((2 * i) + 2), index, list[r].NameZh.Length > 0 ? list[r].NameZh : list[r].NameEn, 0) }
                : [])) { RowIndex = index });
        }

        return [.. rows];
    }

    private static Row HeaderRow(uint index, IReadOnlyList<string> texts, IReadOnlyList<WorkbookColumn> columns) =>
        new(texts.Select((text, i) => TextCell(ColumnName(i + 1), index, text, i > 0 && columns[i - 1].RequiredToSubmit ? 2U : 1U))) { RowIndex = index };

    private static void AddSheet(WorkbookPart workbook, string name, IEnumerable<Row> rows, IReadOnlyList<double> columns, List<DataValidation>? validations, int frozenRows)
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
    }

    private static Cell TextCell(string column, long row, string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = $"{column}{row}", DataType = CellValues.InlineString, StyleIndex = style };

    /// <summary>Adds the three cell formats the template uses: plain (0), bold header (1), bold header on yellow for fields required to submit (2).</summary>
    private static void Styles(WorkbookPart workbook)
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
                new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true }) { Count = 3 });
    }

    /// <summary>Gets a column's letters from its 1-based number: 1 is A, 27 is AA.</summary>
    internal static string ColumnName(int number)
    {
        var name = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }
}
