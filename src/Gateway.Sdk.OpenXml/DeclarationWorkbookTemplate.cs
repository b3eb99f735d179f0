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
        SheetWriter.Styles(workbook);
        var sheets = DeclarationWorkbookLayout.Sheets;
        var used = sheets.SelectMany(static s => s.Columns).Select(static c => c.Table).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var codeColumns = used.Select((t, i) => (Table: t, Column: SheetWriter.ColumnName((2 * i) + 1), Count: tables.Get(t).Entries.Count)).ToDictionary(static x => x.Table, StringComparer.Ordinal);

        SheetWriter.AddSheet(workbook, "说明 Instructions", Instructions(sheets), columns: [90], null, frozenRows: 0);
        foreach (var sheet in sheets)
        {
            var validations = sheet.Columns.Select((c, i) => (c, i)).Where(static x => x.c.Table is not null)
                .Select(x =>
                {
                    var code = codeColumns[x.c.Table!];
                    var column = SheetWriter.ColumnName(x.i + 2);
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
            SheetWriter.AddSheet(workbook, sheet.Name, header, [14, .. sheet.Columns.Select(static c => (double)Math.Clamp(Math.Max(c.LabelZh.Length * 2, c.Property.Length) + 2, 10, 40))], validations, frozenRows: 2);
        }

        SheetWriter.AddSheet(workbook, CodesSheet, Codes(tables, used), [.. used.SelectMany(static _ => new double[] { 12, 30 })], null, frozenRows: 2);
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
        return [.. lines.Select((text, i) => new Row(SheetWriter.TextCell(SheetWriter.ColumnName(1), i + 1, text, i == 0 ? SheetWriter.Header : SheetWriter.Plain)) { RowIndex = (uint)(i + 1) })];
    }

    private static Row[] Codes(CodeTables tables, List<string> used)
    {
        var rows = new List<Row>
        {
            new(used.SelectMany((t, i) => new[] { SheetWriter.TextCell(SheetWriter.ColumnName((2 * i) + 1), 1, t, SheetWriter.Header), SheetWriter.TextCell(SheetWriter.ColumnName((2 * i) + 2), 1, tables.Get(t).Description, SheetWriter.Plain) })) { RowIndex = 1 },
            new(used.SelectMany((_, i) => new[] { SheetWriter.TextCell(SheetWriter.ColumnName((2 * i) + 1), 2, "代码 Code", SheetWriter.Header), SheetWriter.TextCell(SheetWriter.ColumnName((2 * i) + 2), 2, "名称 Name", SheetWriter.Header) })) { RowIndex = 2 },
        };
        var entries = used.Select(t => tables.Get(t).Entries).ToList();
        for (var r = 0; r < entries.Max(static e => e.Count); r++)
        {
            var index = (uint)(r + 3);
            rows.Add(new Row(entries.SelectMany((list, i) => r < list.Count
                ? new[] { SheetWriter.TextCell(SheetWriter.ColumnName((2 * i) + 1), index, list[r].Code, SheetWriter.Plain), SheetWriter.TextCell(SheetWriter.ColumnName((2 * i) + 2), index, list[r].NameZh.Length > 0 ? list[r].NameZh : list[r].NameEn, SheetWriter.Plain) }
                : [])) { RowIndex = index });
        }

        return [.. rows];
    }

    private static Row HeaderRow(uint index, IReadOnlyList<string> texts, IReadOnlyList<WorkbookColumn> columns) =>
        new(texts.Select((text, i) => SheetWriter.TextCell(SheetWriter.ColumnName(i + 1), index, text, i > 0 && columns[i - 1].RequiredToSubmit ? SheetWriter.Required : SheetWriter.Header))) { RowIndex = index };
}
