using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Xml;

namespace Gateway.Tests.Shared;

/// <summary>Fills the declaration template as a broker would, for tests of the workbook import and of <c>gateway batch</c>.</summary>
internal static class WorkbookFiller
{

    /// <summary>Writes declarations into the template the way a broker would: one Head row each, their lines and containers below.</summary>
    public static byte[] Fill(IEnumerable<(string Key, CustomsDeclaration Declaration)> declarations)
    {
        using var stream = new MemoryStream();
        DeclarationWorkbookTemplate.Write(stream);
        var rows = new Dictionary<string, (int Row, SheetData Data, Dictionary<string, string> Columns)>();
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            foreach (var (key, d) in declarations)
            {
                var context = new WireContext(d.Head.Direction == Gateway.Sdk.Codes.TradeDirection.Export);
                Row(document, rows, "表头 Head", key, [.. Values(DeclarationFields.DeclarationHead, d.Head, context), .. Values(DeclarationFields.DeclarationSign, d.Sign, context), .. d.FreeText is null ? [] : Values(DeclarationFields.DeclarationFreeText, d.FreeText, context)]);
                d.Goods.ToList().ForEach(g => Row(document, rows, "商品 Lines", key, Values(DeclarationFields.DeclarationGoods, g, context)));
                d.Containers.ToList().ForEach(c => Row(document, rows, "集装箱 Containers", key, Values(DeclarationFields.DeclarationContainer, c, context)));
                d.AttachedLicences.ToList().ForEach(l => Row(document, rows, "随附单证 Licences", key, Values(DeclarationFields.AttachedLicence, l, context)));
                d.ElectronicDocuments.ToList().ForEach(e => Row(document, rows, "随附单据 Documents", key, Values(DeclarationFields.ElectronicDocument, e, context)));
            }
        }

        return stream.ToArray();
    }

    internal static IEnumerable<(string Property, string Text)> Values<T>(XmlBlock<T> block, T item, WireContext context) =>
        block.Fields.Select(f => (f.PropertyFor(context), f.Get(item, context))).Where(static v => v.Item2 is not null).Select(static v => (v.Item1, v.Item2!));

    /// <summary>Appends a row; <paramref name="sheets"/> keeps each sheet's data and property columns, so that filling thousands of rows stays linear.</summary>
    internal static void Row(SpreadsheetDocument document, Dictionary<string, (int Row, SheetData Data, Dictionary<string, string> Columns)> sheets, string sheet, string key, IEnumerable<(string Property, string Text)> values)
    {
        if (!sheets.TryGetValue(sheet, out var target))
        {
            var data = Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!;
            target = (2, data, Headers(data).Select((h, i) => (h.Split(' ')[0], SheetWriter.ColumnName(i + 1))).ToDictionary(static x => x.Item1, static x => x.Item2));
        }

        var row = target.Row + 1;
        sheets[sheet] = target with { Row = row };

        var cells = new List<Cell> { Text($"A{row}", key) };
        foreach (var (property, text) in values)
        {
            cells.Add(Text($"{target.Columns[property]}{row}", text));
        }

        target.Data.Append(new Row(cells.OrderBy(static c => c.CellReference!.Value!.Length).ThenBy(static c => c.CellReference!.Value, StringComparer.Ordinal)) { RowIndex = (uint)row });
    }

    internal static List<string> Headers(SheetData data) =>
        [.. data.Elements<Row>().Single(static r => r.RowIndex! == 2U).Elements<Cell>().Select(static c => c.InnerText)];

    internal static Cell Text(string reference, string text) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };

    internal static WorksheetPart Part(SpreadsheetDocument document, string name) =>
        (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);
}
