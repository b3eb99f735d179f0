using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.OpenXml;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.OpenXml;

/// <summary>Hostile and broken workbooks end in one clear issue: never a crash, a hang, or memory exhausted; for both
/// workbook readers, the declaration batch (<c>declaration</c>), the refund forms (<c>taxrefund</c>), the certificates of origin (<c>origin</c>) and the cargo manifests (<c>manifest</c>).</summary>
public class WorkbookHostileInputTests
{
    private static readonly byte[] Valid = WorkbookFiller.Fill(SampleBatch.Create().Take(3));

    private static readonly byte[] ValidForms = TaxRefundWorkbookTests.Forms(TaxRefundWorkbookTests.Sample);

    private static readonly byte[] ValidCertificates = OriginWorkbookTests.Workbook([SampleOrigin.Rcep(), SampleOrigin.FormE()]);

    private static readonly byte[] ValidManifests = ManifestWorkbookTests.Workbook([Documents.Manifests.ManifestSamples.PreStowage(), Documents.Manifests.ManifestSamples.Arrival()]);

    public static TheoryData<string> Readers => ["declaration", "taxrefund", "origin", "manifest"];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_SheetWithADtdAndEntityExpansion_IsRefusedWithoutExpandingIt(string reader)
    {
        const string laughs = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>""";
        Issue(reader, ReplaceSheet(reader, Encoding.UTF8.GetBytes(laughs))).ShouldBe("WB007");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_DeeplyNestedSheet_IsRefusedWithoutOverflowingTheStack(string reader)
    {
        var nested = new StringBuilder("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3"><c r="A3" t="inlineStr"><is>""");
        nested.Insert(nested.Length, "<r>", 100_000).Append("<t>x</t>").Insert(nested.Length, "</r>", 100_000).Append("</is></c></row></sheetData></worksheet>");
        Issue(reader, ReplaceSheet(reader, Encoding.UTF8.GetBytes(nested.ToString()))).ShouldBe("WB007");
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

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_SheetDeclaredUtf16ButWrittenInUtf8_IsRefused(string reader) =>
        Issue(reader, ReplaceSheet(reader, Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>"""))).ShouldBe("WB007");

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_TruncatedWorkbook_IsNotAWorkbook(string reader)
    {
        var valid = Workbook(reader);
        Issue(reader, valid[..(valid.Length / 2)]).ShouldBe("WB001");
    }

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

    private static string Issue(byte[] workbook) => Issue("declaration", workbook);

    private static string Issue(string reader, byte[] workbook)
    {
        if (reader == "manifest")
        {
            var manifests = ManifestWorkbook.Read(new MemoryStream(workbook));
            manifests.Filings.ShouldBeEmpty();
            return manifests.Report.Issues.Single().Code;
        }

        if (reader == "origin")
        {
            var certificates = OriginWorkbook.Read(new MemoryStream(workbook));
            certificates.Filings.ShouldBeEmpty();
            return certificates.Report.Issues.Single().Code;
        }

        if (reader == "taxrefund")
        {
            var forms = new TaxRefundWorkbookReader().Read(new MemoryStream(workbook));
            forms.Value.ShouldBeNull();
            return forms.Report.Issues.Single().Code;
        }

        var read = new DeclarationWorkbookReader().Read(new MemoryStream(workbook));
        read.Filings.ShouldBeEmpty();
        return read.Report.Issues.Single().Code;
    }

    private static byte[] Workbook(string reader) => reader switch { "declaration" => Valid, "origin" => ValidCertificates, "manifest" => ValidManifests, _ => ValidForms };

    private static byte[] ReplaceHead(byte[] xml) => ReplaceSheet("declaration", xml);

    /// <summary>Replaces the XML of the declaration workbook's Head sheet, or of the refund forms' export sheet, with the given bytes.</summary>
    private static byte[] ReplaceSheet(string reader, byte[] xml)
    {
        using var stream = new MemoryStream();
        stream.Write(Workbook(reader));
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var name = reader switch { "declaration" => "表头 Head", "origin" => "证书 Certificates", "manifest" => "舱单 Manifests", _ => TaxRefundWorkbook.ExportSheet };
            var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!.Value!;
            using var part = workbook.GetPartById(id).GetStream(FileMode.Create, FileAccess.Write);
            part.Write(xml);
        }

        return stream.ToArray();
    }
}
