using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;
using Gateway.Tests.Shared;
using QuickStart;

namespace Gateway.Sdk.Tests.OpenXml;

public class DeclarationWorkbookReaderTests
{
    private readonly DeclarationWorkbookReader _reader = new();

    [Fact]
    public void Read_WorkbookFilledFromDeclarations_GivesThemBack()
    {
        var export = Workable(ExportDeclarationSample.Create("EXP-WB-1"));
        var import = export with { Head = export.Head with { Direction = Gateway.Sdk.Codes.TradeDirection.Import }, Sign = export.Sign with { ClientSeqNo = "IMP-WB-2" } };
        var read = _reader.Read(new MemoryStream(WorkbookFiller.Fill([("1", export), ("2", import)])));

        read.Filings.Select(static f => f.Key).ShouldBe(["1", "2"]);

        // A cell cannot tell an empty text from no value, so compare as the single window does: with every element written.
        var xml = new DeclarationXmlWriter(new DeclarationXmlOptions { EmitEmptyElements = true });
        Encoding.UTF8.GetString(xml.Write(read.Filings[0].Document)).ShouldBe(Encoding.UTF8.GetString(xml.Write(export)));
        Encoding.UTF8.GetString(xml.Write(read.Filings[1].Document)).ShouldBe(Encoding.UTF8.GetString(xml.Write(import)), "the same columns give the import meaning back: OriginCountry is the origin either way");
        read.Filings[0].Document.Goods.ShouldBe(export.Goods);
        read.Filings[0].Report.Issues.ShouldBeEmpty();
        read.Filings[1].Report.Errors.Select(static i => i.Code).ShouldBe(["DEC018"], "an import of this sample lacks its bill of lading document, which the rules catch");
    }

    [Fact]
    public void Read_PlantedErrors_AreEachReportedAtTheirCell()
    {
        var declaration = Workable(ExportDeclarationSample.Create("EXP-WB-3"));
        var bytes = WorkbookFiller.Fill([("1", declaration), ("1", declaration)]);
        bytes = Edit(bytes, "商品 Lines", 3, "DeclTotal", "12,5");                 // a number that does not convert
        bytes = Edit(bytes, "表头 Head", 3, "AgentCode", null);                     // a required field left empty
        bytes = Edit(bytes, "集装箱 Containers", 3, "Declaration", "9");           // a key with no Head row
        bytes = Append(bytes, "商品 Lines", 20, ("HsCode", "8471300000"));         // a row without a key
        bytes = Header(bytes, "随附单据 Documents", 2, "Colour");                  // a column that is not a field

        var issues = _reader.Read(new MemoryStream(bytes)).Report.Issues;

        Find(issues, "WB005").Location.Cell.ShouldBe("'表头 Head'!A4");
        Find(issues, "WB006").Location.Cell.ShouldBe("'集装箱 Containers'!A3");
        Find(issues, "WB004").Location.Cell.ShouldBe("'商品 Lines'!A20");
        (Find(issues, "WB003").Severity, Find(issues, "WB003").Location.Cell).ShouldBe((ValidationSeverity.Warning, "'随附单据 Documents'!B2"));
        Find(issues, "DEC003").Location.Cell.ShouldBe($"'商品 Lines'!{Column("商品 Lines", "DeclTotal")}3");
        issues.Single(static i => i.Code == "DEC001" && i.Message.StartsWith("AgentCode", StringComparison.Ordinal)).Location.Cell.ShouldBe($"'表头 Head'!{Column("表头 Head", "AgentCode")}3");
    }

    [Fact]
    public void Annotate_PutsEachCellsProblemsInACommentAndHighlightsTheCell()
    {
        var declaration = Workable(ExportDeclarationSample.Create("EXP-WB-4"));
        var bytes = Edit(WorkbookFiller.Fill([("1", declaration)]), "商品 Lines", 3, "DeclTotal", "12,5");
        bytes = Edit(bytes, "表头 Head", 3, "AgentCode", null);
        var issues = _reader.Read(new MemoryStream(bytes)).Report.Issues;
        using var annotated = new MemoryStream();

        var cells = WorkbookAnnotator.Annotate(new MemoryStream(bytes), annotated, issues);

        cells.ShouldBe(issues.Select(static i => i.Location.Cell).Distinct().Count());
        using var document = SpreadsheetDocument.Open(new MemoryStream(annotated.ToArray()), false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(static e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        var lines = WorkbookFiller.Part(document, "商品 Lines");
        var price = $"{Column("商品 Lines", "DeclTotal")}3";
        var comment = lines.WorksheetCommentsPart!.Comments!.CommentList!.Elements<Comment>().Single(c => c.Reference == price);
        comment.InnerText.ShouldStartWith("error DEC003: DeclTotal '12,5' is not a number");
        lines.VmlDrawingParts.ShouldHaveSingleItem();
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var cell = lines.Worksheet.Descendants<Cell>().Single(c => c.CellReference == price);
        var fill = styles.Fills!.Elements<Fill>().ElementAt((int)styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).FillId!.Value);
        fill.PatternFill!.ForegroundColor!.Rgb!.Value.ShouldBe("FFFFC7CE");
        var agent = $"{Column("表头 Head", "AgentCode")}3";
        WorkbookFiller.Part(document, "表头 Head").Worksheet.Descendants<Cell>().ShouldContain(c => c.CellReference == agent, "the empty cell of a missing value is created to carry its comment");
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 0x50, 0x4B, 3, 4, 0, 0 })]
    public void Read_NotAWorkbook_IsOneClearIssue(byte[] bytes)
    {
        var read = _reader.Read(new MemoryStream(bytes));
        read.Filings.ShouldBeEmpty();
        read.Report.Issues.Single().Code.ShouldBe("WB001");
    }

    [Fact]
    public void IssueLocation_WithACell_PrintsTheCellFirst() =>
        new ValidationIssue("DEC003", ValidationSeverity.Error, "x", new IssueLocation { Cell = "'商品 Lines'!C7", XPath = "/DecMessage/DecLists/DecList[1]/DeclTotal" }).ToString()
            .ShouldBe("'商品 Lines'!C7 /DecMessage/DecLists/DecList[1]/DeclTotal: error DEC003: x");

    private static ValidationIssue Find(IReadOnlyList<ValidationIssue> issues, string code) => issues.Single(i => i.Code == code);

    /// <summary>Keeps the blocks the workbook carries (the sample has no others but goods licences).</summary>
    private static CustomsDeclaration Workable(CustomsDeclaration d) => d with { Goods = [.. d.Goods.Select(static g => g with { Licences = [] })] };

    private static byte[] Edit(byte[] bytes, string sheet, int row, string property, string? text)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var data = WorkbookFiller.Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!;
            var reference = $"{(property == "Declaration" ? "A" : Column(WorkbookFiller.Headers(data), property))}{row}";
            var cell = data.Elements<Row>().Single(r => r.RowIndex! == (uint)row).Elements<Cell>().Single(c => c.CellReference == reference);
            if (text is null)
            {
                cell.Remove();
            }
            else
            {
                cell.InlineString = new InlineString(new Text(text));
            }
        }

        return stream.ToArray();
    }

    private static byte[] Append(byte[] bytes, string sheet, int row, (string Property, string Text) value)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var data = WorkbookFiller.Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!;
            data.Append(new Row(WorkbookFiller.Text($"{Column(WorkbookFiller.Headers(data), value.Property)}{row}", value.Text)) { RowIndex = (uint)row });
        }

        return stream.ToArray();
    }

    private static byte[] Header(byte[] bytes, string sheet, int column, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var data = WorkbookFiller.Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!;
            var reference = $"{SheetWriter.ColumnName(column)}2";
            data.Elements<Row>().Single(r => r.RowIndex! == 2U).Elements<Cell>().Single(c => c.CellReference == reference).InlineString = new InlineString(new Text(text));
        }

        return stream.ToArray();
    }

    private static string Column(string sheet, string property)
    {
        using var stream = new MemoryStream();
        DeclarationWorkbookTemplate.Write(stream);
        using var document = SpreadsheetDocument.Open(stream, false);
        return Column(WorkbookFiller.Headers(WorkbookFiller.Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!), property);
    }

    private static string Column(List<string> headers, string property) =>
        SheetWriter.ColumnName(headers.FindIndex(h => h.Split(' ')[0] == property || h.EndsWith($"({property})", StringComparison.Ordinal)) + 1);

}
