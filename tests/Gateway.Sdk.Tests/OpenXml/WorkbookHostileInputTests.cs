using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.OpenXml;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.OpenXml;

/// <summary>Hostile and broken workbooks end in one clear issue: never a crash, a hang, or memory exhausted.</summary>
public class WorkbookHostileInputTests
{
    private static readonly byte[] Valid = WorkbookFiller.Fill(SampleBatch.Create().Take(3));

    [Fact]
    public void Read_SheetWithADtdAndEntityExpansion_IsRefusedWithoutExpandingIt()
    {
        const string laughs = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>""";
        Issue(ReplaceHead(Encoding.UTF8.GetBytes(laughs))).ShouldBe("WB007");
    }

    [Fact]
    public void Read_DeeplyNestedSheet_IsRefusedWithoutOverflowingTheStack()
    {
        var nested = new StringBuilder("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3"><c r="A3" t="inlineStr"><is>""");
        nested.Insert(nested.Length, "<r>", 100_000).Append("<t>x</t>").Insert(nested.Length, "</r>", 100_000).Append("</is></c></row></sheetData></worksheet>");
        Issue(ReplaceHead(Encoding.UTF8.GetBytes(nested.ToString()))).ShouldBe("WB007");
    }

    [Fact]
    public void Read_SheetInflatingPastTheLimit_IsRefused()
    {
        // A 2 MB sheet of blanks compresses to a few kilobytes: a small zip bomb against a 1 Mi-character limit.
        var bomb = Encoding.UTF8.GetBytes($"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{new string(' ', 2_000_000)}<sheetData/></worksheet>""");
        var read = new DeclarationWorkbookReader(limits: new WorkbookLimits { MaxCharactersPerPart = 1024 * 1024 }).Read(new MemoryStream(ReplaceHead(bomb)));
        read.Report.Issues.Single().Code.ShouldBe("WB007");
        read.Report.Issues.Single().Message.ShouldEndWith("save it again from Excel as an .xlsx workbook");
    }

    [Fact]
    public void Read_SheetDeclaredUtf16ButWrittenInUtf8_IsRefused() =>
        Issue(ReplaceHead(Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>"""))).ShouldBe("WB007");

    [Fact]
    public void Read_TruncatedWorkbook_IsNotAWorkbook() => Issue(Valid[..(Valid.Length / 2)]).ShouldBe("WB001");

    [Fact]
    public void Read_MoreDeclarationsThanTheLimit_IsOneIssueAndNoFiling()
    {
        var read = new DeclarationWorkbookReader(limits: new WorkbookLimits { MaxDeclarations = 2 }).Read(new MemoryStream(Valid));
        read.Filings.ShouldBeEmpty();
        read.Report.Issues.Single().ToString().ShouldBe("error WB008: the workbook holds more than 2 declarations, the most one workbook may hold; split it into several workbooks");
    }

    [Fact]
    public void Read_InlineStringsWithPhoneticRuns_ReadsTheTextOnly()
    {
        // Japanese Excel adds phonetic guides (rPh) to cells; they are not part of the value.
        var sheet = Encoding.UTF8.GetBytes("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>Declaration</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><r><t>7</t></r><rPh sb="0" eb="1"><t>なな</t></rPh></is></c></row></sheetData></worksheet>""");
        var read = new DeclarationWorkbookReader().Read(new MemoryStream(ReplaceHead(sheet)));
        read.Filings.Single().Key.ShouldBe("7");
    }

    private static string Issue(byte[] workbook)
    {
        var read = new DeclarationWorkbookReader().Read(new MemoryStream(workbook));
        read.Filings.ShouldBeEmpty();
        return read.Report.Issues.Single().Code;
    }

    /// <summary>Replaces the Head sheet's XML with the given bytes.</summary>
    private static byte[] ReplaceHead(byte[] xml)
    {
        using var stream = new MemoryStream();
        stream.Write(Valid);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(static s => s.Name == "表头 Head").Id!.Value!;
            using var part = workbook.GetPartById(id).GetStream(FileMode.Create, FileAccess.Write);
            part.Write(xml);
        }

        return stream.ToArray();
    }
}
