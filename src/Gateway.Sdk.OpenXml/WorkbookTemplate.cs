using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Codes;

namespace Gateway.Sdk.OpenXml;

/// <summary>Writes a bulk-filing template: an instructions sheet, one data sheet per <see cref="WorkbookSheet"/> with the key
/// column first, Chinese and English header rows (yellow when required to submit), drop-downs from the code tables, and the
/// codes sheet those drop-downs read; shared by the declaration, cargo manifest and certificate of origin templates.</summary>
internal static class WorkbookTemplate
{
    private const string CodesSheet = "代码表 Codes";
    private const int DataRows = 10_000;

    /// <summary>Writes the template.</summary>
    /// <param name="output">The seekable stream to write the package to; left open.</param>
    /// <param name="sheets">The data sheets.</param>
    /// <param name="keyZh">The key column's Chinese header, such as <c>报关单序号</c>.</param>
    /// <param name="keyEn">The key column's English header, such as <c>Declaration</c>.</param>
    /// <param name="instructions">The instructions' lines; the list of sheets is added after them.</param>
    /// <param name="tables">The code tables for the drop-downs.</param>
    /// <param name="data">The data rows of a sheet, each the key and then one text per column (<see langword="null"/> for an empty cell); <see langword="null"/> for an empty template.</param>
    public static void Write(Stream output, IReadOnlyList<WorkbookSheet> sheets, string keyZh, string keyEn, IReadOnlyList<string> instructions, CodeTables tables, Func<WorkbookSheet, IEnumerable<string?[]>>? data = null)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        SheetWriter.Styles(workbook);
        var used = sheets.SelectMany(static s => s.Columns).Select(static c => c.Table).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var codeColumns = used.Select((t, i) => (Table: t, Column: SheetWriter.ColumnName((2 * i) + 1), Count: tables.Get(t).Entries.Count)).ToDictionary(static x => x.Table, StringComparer.Ordinal);

        SheetWriter.AddSheet(workbook, "说明 Instructions", Instructions(instructions, sheets), columns: [90], null, frozenRows: 0);
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
                HeaderRow(1, [keyZh, .. sheet.Columns.Select(static c => c.LabelZh)], sheet.Columns),
                HeaderRow(2, [keyEn, .. sheet.Columns.Select(static c => c.Property == c.Element ? c.Property : $"{c.Property} ({c.Element})")], sheet.Columns),
            ];
            var rows = (data?.Invoke(sheet) ?? []).Select(static (values, r) => new Row(values.Select((text, i) => (text, i)).Where(static c => c.text is not null)
                .Select(c => SheetWriter.TextCell(SheetWriter.ColumnName(c.i + 1), r + 3, c.text!, SheetWriter.Plain))) { RowIndex = (uint)(r + 3) });
            SheetWriter.AddSheet(workbook, sheet.Name, [.. header, .. rows], [14, .. sheet.Columns.Select(static c => (double)Math.Clamp(Math.Max(c.LabelZh.Length * 2, c.Property.Length) + 2, 10, 40))], validations, frozenRows: 2);
        }

        SheetWriter.AddSheet(workbook, CodesSheet, Codes(tables, used), [.. used.SelectMany(static _ => new double[] { 12, 30 })], null, frozenRows: 2);
    }


    private static Row[] Instructions(IReadOnlyList<string> instructions, IReadOnlyList<WorkbookSheet> sheets)
    {
        string[] lines =
        [
            .. instructions,
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
