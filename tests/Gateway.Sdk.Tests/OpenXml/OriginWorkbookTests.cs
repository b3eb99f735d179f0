using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Origin;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Tests.Documents.Origin;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.OpenXml;

public class OriginWorkbookTests
{
    /// <summary>Cases per property: 200 here (each writes and reads a workbook); GATEWAY_PROPERTY_CASES raises it.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 200;

    internal static byte[] Workbook(IReadOnlyList<CertificateOfOrigin> certificates)
    {
        using var stream = new MemoryStream();
        OriginWorkbook.Write(stream, certificates);
        return stream.ToArray();
    }

    /// <summary>What the workbook carries: not the commitment code (always 1), the SDK's extensions or unknown elements, and an empty change block is no change block.</summary>
    private static CertificateOfOrigin Carried(CertificateOfOrigin c) => c with
    {
        ApplicantCommitment = "1",
        Extensions = null,
        Modification = c.Modification == new CertificateModification() ? null : c.Modification,
    };

    [Fact]
    public void WriteThenRead_GeneratedCertificates_ComeBackEqualWithoutConversionIssues()
    {
        var batches = Gen.Choose(1, 3).SelectMany(static k => Gen.ArrayOf(OriginGenerators.Certificate(), k));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(batches.ToArbitrary(), certificates =>
        {
            var read = OriginWorkbook.Read(new MemoryStream(Workbook(certificates)));
            read.Report.Issues.Where(static i => !i.Code.StartsWith("OR", StringComparison.Ordinal)).ShouldBeEmpty();
            read.Filings.Select(static f => f.Key).ShouldBe(certificates.Select(static (_, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            read.Filings.Select(static f => f.Document).ShouldBe(certificates.Select(Carried));
        }));
    }

    [Fact]
    public void Read_TheSamples_AreValidApplications()
    {
        var read = OriginWorkbook.Read(new MemoryStream(Workbook([SampleOrigin.Rcep(), SampleOrigin.NonPreferential()])));
        read.Report.Issues.ShouldBeEmpty();
        read.Filings.Select(static f => f.Document).ShouldBe([SampleOrigin.Rcep(), SampleOrigin.NonPreferential()]);
    }

    [Fact]
    public void Read_PlantedErrors_AreEachReportedAtTheirCell()
    {
        // Certificate 1: a date that is not one (AplDate), a criterion RCEP does not have on goods line 2; an extra column;
        // a goods row whose key has no certificate; a second Certificates row reusing key 1.
        var bytes = Workbook([SampleOrigin.Rcep()]);
        using var stream = new MemoryStream();
        stream.Write(bytes);
        string date, criterion;
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            (date, criterion) = (Column(document, "证书 Certificates", "ApplicationDate"), Column(document, "货物 Goods", "OriginCriterion"));
            WorkbookEdits.Set(document, "证书 Certificates", Column(document, "证书 Certificates", "ApplicationDate") + "3", "20/11/2026");
            WorkbookEdits.Set(document, "证书 Certificates", "BZ2", "Colour");
            WorkbookEdits.Set(document, "证书 Certificates", "BZ3", "red");
            WorkbookEdits.Set(document, "证书 Certificates", "A4", "1");
            WorkbookEdits.Set(document, "货物 Goods", Column(document, "货物 Goods", "OriginCriterion") + "4", "PSR");
            WorkbookEdits.Set(document, "货物 Goods", "A5", "9");
            WorkbookEdits.Set(document, "货物 Goods", "B5", "1");
        }

        var read = OriginWorkbook.Read(new MemoryStream(stream.ToArray()));

        read.Report.Issues.Select(static i => $"{i.Location.Cell} {i.Code}: {i.Message}").ShouldBe(
        [
            "'证书 Certificates'!BZ2 WB003: column 'Colour' is not a field of this sheet; it is ignored (check the header in row 2)",
            "'证书 Certificates'!A4 WB005: certificate key 1 is used by an earlier Certificates row; give each certificate its own key",
            "'货物 Goods'!A5 WB006: no Certificates row has certificate key 9; add the certificate or correct the key",
            $"'证书 Certificates'!{date}3 COX003: ApplicationDate '20/11/2026' is not a date written yyyy-MM-dd or yyyyMMdd",
            $"'证书 Certificates'!{date}3 OR001: ApplicationDate is required: fill it in before applying",
            $"'货物 Goods'!{criterion}4 OR003: line 2: origin criterion PSR is not one a RC certificate accepts: ACU, CR, CTC, DMI, PE, RVC, WO",
        ]);
    }

    [Fact]
    public void Template_HasTheSheetsHeadersAndDropDowns()
    {
        using var stream = new MemoryStream();
        OriginWorkbook.WriteTemplate(stream);
        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        var workbook = document.WorkbookPart!;
        workbook.Workbook.Sheets!.Elements<Sheet>().Select(static s => s.Name!.Value).ShouldBe(["说明 Instructions", "证书 Certificates", "货物 Goods", "发票 Invoices", "第三方 Operators", "代码表 Codes"]);
        var certificates = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(static s => s.Name == "证书 Certificates").Id!.Value!);
        certificates.Worksheet.Descendants<DataValidation>().Count().ShouldBe(5); // CertType, DestCountryCode, TransCountryCode, Curr, OriCountryCode
        OriginWorkbook.Read(new MemoryStream(stream.ToArray())).Report.Issues.ShouldBeEmpty();
    }

    /// <summary>Finds the column letter of an English header in row 2.</summary>
    private static string Column(SpreadsheetDocument document, string sheet, string property)
    {
        var index = OriginWorkbookLayout.Sheets.Single(s => s.Name == sheet).Columns.Select(static c => c.Property).ToList().IndexOf(property);
        return SheetWriter.ColumnName(index + 2);
    }
}
