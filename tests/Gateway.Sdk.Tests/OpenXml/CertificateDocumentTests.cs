using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gateway.Sdk.Documents.Origin;
using Gateway.Sdk.OpenXml;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.OpenXml;

/// <summary>The self-printed certificate of origin: a valid Word document laid out like Form RCEP that shows every value of the application.</summary>
public class CertificateDocumentTests
{
    public static TheoryData<string> Samples => ["Rcep", "FormE", "NonPreferential"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_TheSamples_AreValidDocumentsShowingEveryValue(string name)
    {
        var certificate = Sample(name);

        using var document = WordprocessingDocument.Open(new MemoryStream(CertificateDocument.Write(certificate)), false);

        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(static e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        var text = Text(document.MainDocumentPart!.Document.Body!);
        foreach (var value in Values(certificate))
        {
            text.ShouldContain(value, Case.Sensitive, $"{name}: '{value}' is not printed");
        }

        // Box 9 prints the 6-digit level, not the 10-digit code of the application.
        foreach (var goods in certificate.Goods)
        {
            text.ShouldNotContain(goods.HsCode!);
        }

        // Nothing is checked on a certificate without extensions or third-party invoicing; box 5 is left to the authority.
        text.ShouldNotContain("☒");
        text.Count(static c => c == '☐').ShouldBe(5);
        document.MainDocumentPart.Document.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!.Width!.Value.ShouldBe(11906U);
    }

    [Fact]
    public void Write_TheSamples_NameTheirFormAndAgreement()
    {
        var rcep = Text(CertificateDocument.Write(SampleOrigin.Rcep()));
        rcep.ShouldContain("CERTIFICATE OF ORIGIN\nForm RCEP\nIssued in THE PEOPLE'S REPUBLIC OF CHINA");
        rcep.ShouldContain("The undersigned hereby declares that the above details and statement are correct and that the goods covered in this Certificate comply with the requirements specified for these goods in the Regional Comprehensive Economic Partnership Agreement. These goods are exported to: JAPAN");
        rcep.ShouldContain("On the basis of control carried out, it is hereby certified that the information herein is correct and that the goods described comply with the origin requirements specified in the Regional Comprehensive Economic Partnership Agreement.");
        rcep.ShouldContain("2000 PCS\nG.W. 5000 KG"); // CTC: no FOB value
        rcep.ShouldNotContain("FOB USD 32000.00");
        rcep.ShouldContain("1000 PCS\nG.W. 2500 KG\nFOB USD 16000.00"); // RVC
        rcep.ShouldContain("NBX-INV-2611-07\n2026-11-18");

        var formE = Text(CertificateDocument.Write(SampleOrigin.FormE()));
        formE.ShouldContain("China-ASEAN FTA certificate of origin Form E");
        formE.ShouldContain("comply with the requirements specified for these goods in the China-ASEAN Free Trade Agreement. These goods are exported to: VIET NAM");
        formE.ShouldContain("PSR 1 40%");
        formE.ShouldNotContain("Form RCEP");

        var nonPreferential = Text(CertificateDocument.Write(SampleOrigin.NonPreferential()));
        nonPreferential.ShouldContain("CERTIFICATE OF ORIGIN\nIssued in THE PEOPLE'S REPUBLIC OF CHINA");
        nonPreferential.ShouldContain("comply with the rules of origin of the People's Republic of China. These goods are exported to: UNITED STATES");
        nonPreferential.ShouldContain("the goods described comply with the rules of origin of the People's Republic of China.");
        nonPreferential.ShouldNotContain("Agreement");
    }

    [Fact]
    public void Write_FortyLinesWithExtensionsAndAThirdParty_ChecksTheBoxesAndRepeatsTheGoodsHeader()
    {
        var sample = SampleOrigin.Rcep();
        var certificate = sample with
        {
            Goods = [.. Enumerable.Range(1, 40).Select(i => sample.Goods[i % 2] with { LineNumber = i, Description = $"{i * 10} CARTONS OF MODEL M-{i:000}\n型号 M-{i:000}" })],
            Extensions = new OriginExtensions
            {
                BackToBack = new BackToBackOrigin { OriginalReference = "JP-2026-0001", OriginalIssueDate = new DateOnly(2026, 11, 2), IssuingParty = "JPN", FirstCountryOfOrigin = "JPN" },
                Cumulation = [new CumulatedLine { LineNumber = 1, Parties = ["JPN", "KOR"] }],
                IssuedRetroactively = true,
            },
            NonPartyOperators = [new NonPartyOperator { SortNumber = 1, Name = "HK TRADING LIMITED", CountryCode = "HKG", CountryName = "HONG KONG, CHINA" }],
        };

        using var document = WordprocessingDocument.Open(new MemoryStream(CertificateDocument.Write(certificate)), false);

        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(static e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        var body = document.MainDocumentPart!.Document.Body!;
        var text = Text(body);
        text.ShouldContain("☒ Back-to-back Certificate of Origin");
        text.ShouldContain("☒ Third-party invoicing");
        text.ShouldContain("☒ ISSUED RETROACTIVELY");
        text.ShouldContain(
            "14. Remarks\nBACK-TO-BACK: ORIGINAL JP-2026-0001 ISSUED 2026-11-02 IN JPN, FIRST RCEP COUNTRY OF ORIGIN JPN\n" +
            "ACU: ITEM 1 CUMULATES ORIGINATING MATERIALS OF JPN, KOR\nISSUED RETROACTIVELY\nTHIRD-PARTY INVOICING: HK TRADING LIMITED, HONG KONG, CHINA");
        foreach (var goods in certificate.Goods)
        {
            text.ShouldContain(goods.Description!);
        }

        // The goods are the table whose first row repeats on each page; only that row repeats, and no goods line splits.
        var table = body.Elements<Table>().Single(static t => t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>() is not null);
        var rows = table.Elements<TableRow>().ToList();
        Text(rows[0]).ShouldStartWith("6. Item number\n7. Marks and numbers on packages");
        rows.Skip(1).ShouldAllBe(static r => r.TableRowProperties == null || r.TableRowProperties.GetFirstChild<TableHeader>() == null);
        rows.Skip(1).Take(40).ShouldAllBe(static r => r.TableRowProperties!.GetFirstChild<CantSplit>() != null);
        Text(rows[40]).ShouldStartWith("40\n\n400 CARTONS OF MODEL M-040");
    }

    [Fact]
    public void Write_ThirdPartyFlagWithoutOperators_ChecksTheBox()
    {
        var sample = SampleOrigin.Rcep();
        var text = Text(CertificateDocument.Write(sample with { Head = sample.Head with { ThirdPartyInvoicing = "1" } }));
        text.ShouldContain("☒ Third-party invoicing");
        text.ShouldContain("☐ Back-to-back Certificate of Origin");
    }

    [Fact]
    public void Write_ControlCharactersAndANonSeekableStream_GiveAValidDocument()
    {
        var sample = SampleOrigin.Rcep();
        var certificate = sample with { Head = sample.Head with { Exporter = "BAD\u0001NAME\tTAB\r\nSECOND LINE", CertificateType = "ZZ" } };
        using var output = new WriteOnlyStream();

        CertificateDocument.Write(certificate, output);

        using var document = WordprocessingDocument.Open(new MemoryStream(output.Inner.ToArray()), false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).ShouldBeEmpty();
        var text = Text(document.MainDocumentPart!.Document.Body!);
        text.ShouldContain("BAD\uFFFDNAME\tTAB\nSECOND LINE");
        text.ShouldContain("CERTIFICATE OF ORIGIN\nIssued in"); // an unknown type names no form and no agreement
        text.ShouldContain("comply with the origin requirements for these goods.");
    }

    [Fact]
    public void LibreOffice_ConvertsTheRcepSampleToAPdfShowingItsValues()
    {
        // An independent word processor: LibreOffice headless (Debian libreoffice-writer-nogui) lays the document out
        // and prints it to PDF; poppler's pdftotext reads the text back and pdftoppm renders the page.
        var folder = Directory.CreateTempSubdirectory("gateway-lo-");
        try
        {
            var certificate = SampleOrigin.Rcep();
            var docx = Path.Combine(folder.FullName, "cert.docx");
            File.WriteAllBytes(docx, CertificateDocument.Write(certificate));
            var (exit, output) = ExternalTool.Run(
                "soffice", "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, docx);
            exit.ShouldBe(0, output);
            var pdf = Path.Combine(folder.FullName, "cert.pdf");
            File.Exists(pdf).ShouldBeTrue($"LibreOffice wrote no PDF; converting .docx needs the Debian package libreoffice-writer-nogui: {output}");

            (exit, output) = ExternalTool.Run("pdftotext", "-layout", pdf, "-");
            exit.ShouldBe(0, output);
            output.ShouldContain(certificate.Head.CertificateNumber!);
            output.ShouldContain("Form RCEP");
            output.ShouldContain("Page 1 of 1");
            foreach (var goods in certificate.Goods)
            {
                // A description wraps in its column, between other columns' text: its words come in order.
                InOrder(output, goods.Description!.Split(' ')).ShouldBeTrue($"'{goods.Description}' is not in the PDF:\n{output}");
            }

            (exit, output) = ExternalTool.Run("pdftoppm", "-r", "60", "-png", pdf, Path.Combine(folder.FullName, "page"));
            exit.ShouldBe(0, output);
            var page = folder.GetFiles("page*.png").ShouldHaveSingleItem();
            File.ReadAllBytes(page.FullName).AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static CertificateOfOrigin Sample(string name) => name switch
    {
        "Rcep" => SampleOrigin.Rcep(),
        "FormE" => SampleOrigin.FormE(),
        _ => SampleOrigin.NonPreferential(),
    };

    /// <summary>Lists what the form must show of a certificate, each value as the form writes it.</summary>
    private static IEnumerable<string> Values(CertificateOfOrigin c)
    {
        static string Date(DateOnly? d) => d!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string Number(decimal? d) => d!.Value.ToString("G29", CultureInfo.InvariantCulture);
        var head = c.Head;
        string?[] values =
        [
            head.CertificateNumber, head.Exporter, head.Consignee, head.Producer, head.RouteDetails, head.TransportName, head.DischargePort,
            head.Marks, head.Remark, head.DestinationCountry, Date(head.ApplicationDate),
            head.IntendedExportDate is null ? null : Date(head.IntendedExportDate),
            head.InvoiceNumber, head.InvoiceDate is null ? null : Date(head.InvoiceDate),
        ];
        foreach (var value in values.Where(static v => v is not null))
        {
            yield return value!;
        }

        foreach (var invoice in c.Invoices)
        {
            yield return $"{invoice.Number}\n{Date(invoice.Date)}";
        }

        foreach (var g in c.Goods)
        {
            yield return g.Description!;
            yield return g.HsCode![..6];
            yield return $"{Number(g.Quantity)} {g.UnitEn}";
            yield return $"{Number(g.GrossWeight)} {g.WeightUnit}";
            foreach (var value in new[] { g.OriginCriterion, g.OriginSubCriterion, g.OriginCriterionReference, g.OriginCountryEn }.Where(static v => v is not null))
            {
                yield return value!;
            }

            if (g.OriginCriterion == "RVC")
            {
                yield return $"FOB {head.Currency} {g.FobValue!.Value.ToString("0.00", CultureInfo.InvariantCulture)}";
            }
        }
    }

    private static string Text(byte[] document)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(document), false);
        return Text(word.MainDocumentPart!.Document.Body!);
    }

    /// <summary>Gets the text as printed: a line per paragraph and line break, tabs kept.</summary>
    private static string Text(OpenXmlElement root)
    {
        var text = new StringBuilder();
        foreach (var element in root.Descendants())
        {
            switch (element)
            {
                case Paragraph when text.Length > 0:
                case Break:
                    text.Append('\n');
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
            }
        }

        return text.ToString();
    }

    private static bool InOrder(string text, IEnumerable<string> words)
    {
        var at = 0;
        foreach (var word in words)
        {
            at = text.IndexOf(word, at, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += word.Length;
        }

        return true;
    }

    /// <summary>A stream that can only be written, as a network or response stream.</summary>
    private sealed class WriteOnlyStream : Stream
    {
        public MemoryStream Inner { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
