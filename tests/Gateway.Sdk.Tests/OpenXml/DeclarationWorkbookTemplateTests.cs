using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.OpenXml;

namespace Gateway.Sdk.Tests.OpenXml;

public class DeclarationWorkbookTemplateTests
{
    private static readonly byte[] Template = Write();

    [Fact]
    public void Write_IsAValidSpreadsheetPackage()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Template), false);
        new OpenXmlValidator().Validate(document).Select(static e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(static s => s.Name!.Value).ShouldBe(
            ["说明 Instructions", "表头 Head", "商品 Lines", "集装箱 Containers", "随附单证 Licences", "随附单据 Documents", "代码表 Codes"]);
    }

    [Fact]
    public void Write_HeadSheet_HasAColumnForEveryHeadSignAndFreeTextField_InSpecificationOrder()
    {
        var (zh, en) = Headers("表头 Head");
        IEnumerable<(string Name, string Property)> fields =
        [
            .. DeclarationFields.DeclarationHead.Fields.Select(static f => (f.Name, f.Property)),
            .. DeclarationFields.DeclarationSign.Fields.Select(static f => (f.Name, f.Property)),
            .. DeclarationFields.DeclarationFreeText.Fields.Select(static f => (f.Name, f.Property)),
        ];
        string[] expected = [.. fields.Select(static x => x.Property == x.Name ? x.Property : $"{x.Property} ({x.Name})")];
        en.ShouldBe(["Declaration", .. expected]);
        zh[0].ShouldBe("报关单序号");
        zh.ShouldAllBe(static z => z.Length > 0);
        zh[en.IndexOf("DeclarationCustoms (CustomMaster)")].ShouldBe("申报地海关");
    }

    [Fact]
    public void Write_ChildSheets_HaveEveryFieldOfTheirBlock()
    {
        Headers("商品 Lines").En.Skip(1).Select(static h => h.Split(' ')[0]).ShouldBe(DeclarationFields.DeclarationGoods.Fields.Select(static f => f.Property));
        Headers("集装箱 Containers").En.Skip(1).Select(static h => h.Split(' ')[0]).ShouldBe(DeclarationFields.DeclarationContainer.Fields.Select(static f => f.Property));
        Headers("随附单证 Licences").En.Skip(1).Select(static h => h.Split(' ')[0]).ShouldBe(DeclarationFields.AttachedLicence.Fields.Select(static f => f.Property));
        Headers("随附单据 Documents").En.Skip(1).Select(static h => h.Split(' ')[0]).ShouldBe(DeclarationFields.ElectronicDocument.Fields.Select(static f => f.Property));
    }

    [Fact]
    public void Write_CodedColumns_OfferTheCodeTableAsADropDown()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Template), false);
        var head = Sheet(document, "表头 Head");
        var (_, en) = Headers("表头 Head");
        var column = SheetWriter.ColumnName(en.IndexOf("DeclarationCustoms (CustomMaster)") + 1);
        var validation = head.Worksheet.Descendants<DataValidation>().Single(v => v.SequenceOfReferences!.InnerText == $"{column}3:{column}10002");
        validation.Type!.Value.ShouldBe(DataValidationValues.List);
        validation.Formula1!.Text.ShouldStartWith("'代码表 Codes'!$");

        var codes = Sheet(document, "代码表 Codes").Worksheet.Descendants<Cell>().ToDictionary(static c => c.CellReference!.Value!, static c => c.InnerText);
        var letter = validation.Formula1.Text.Split('$')[1];
        codes[$"{letter}1"].ShouldBe("customs-offices");
        codes[$"{letter}3"].Length.ShouldBe(4);
        validation.Formula1.Text.ShouldEndWith($"${letter}${Gateway.Sdk.Codes.CodeTables.Default.CustomsOffices.Entries.Count + 2}");
    }

    [Fact]
    public void Write_FieldsRequiredToSubmit_HaveTheHighlightedHeaderStyle()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Template), false);
        var (_, en) = Headers("表头 Head");
        var cells = Sheet(document, "表头 Head").Worksheet.Descendants<Row>().First().Elements<Cell>().ToList();
        cells[en.IndexOf("DeclarationCustoms (CustomMaster)")].StyleIndex!.Value.ShouldBe(2U, "CustomMaster is required to submit");
        cells[en.IndexOf("ApprovalNumber (ApprNo)")].StyleIndex!.Value.ShouldBe(1U, "ApprNo is optional");
    }

    private static (List<string> Zh, List<string> En) Headers(string sheet)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Template), false);
        var rows = Sheet(document, sheet).Worksheet.Descendants<Row>().Take(2).Select(static r => r.Elements<Cell>().Select(static c => c.InnerText).ToList()).ToList();
        return (rows[0], rows[1]);
    }

    private static WorksheetPart Sheet(SpreadsheetDocument document, string name) =>
        (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);

    private static byte[] Write()
    {
        using var stream = new MemoryStream();
        DeclarationWorkbookTemplate.Write(stream);
        return stream.ToArray();
    }
}
