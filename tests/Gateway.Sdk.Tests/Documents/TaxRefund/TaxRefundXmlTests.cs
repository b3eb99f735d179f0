using System.Text;
using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.TaxRefund;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Tests.Documents.TaxRefund;

public class TaxRefundXmlTests
{
    /// <summary>Cases per property: 1,000 as CI requires; GATEWAY_PROPERTY_CASES raises it for a longer local run.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;

    private const string Alphabet = "AZaz09 -./中国退税笔记本&<>\"'\n\t";

    [Fact]
    public void WriteThenRead_GeneratedFilings_ComeBackEqualAndValidAgainstTheXsd()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Filing().ToArbitrary(), filing =>
        {
            var xml = TaxRefundXmlWriter.Write(filing);
            var read = new TaxRefundXmlReader().Read(xml);
            read.Report.Issues.ShouldBeEmpty();
            read.Value.ShouldBe(filing);
            Xsd(xml);
        }));
    }

    [Fact]
    public void Write_TheSample_IsTheGoldenFile()
    {
        var xml = TaxRefundXmlWriter.Write(TaxRefundTests.Sample());
        TestFiles.MatchesGolden(xml, "taxrefund-sample.xml");
        Xsd(xml);
    }

    [Fact]
    public void GoldenFile_IsValidForXmllintAgainstTheShippedXsd()
    {
        var (exit, output) = ExternalTool.Run("xmllint", "--noout", "--nonet", "--schema", Path.Combine(TestFiles.RepositoryRoot, "schemas", "taxrefund", "TaxRefund.xsd"), TestFiles.TestData("golden/taxrefund-sample.xml"));
        exit.ShouldBe(0, output);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><TaxRefundFiling xmlns=\"urn:gateway-sdk:taxrefund:1\">&b;</TaxRefundFiling>")]
    [InlineData("<TaxRefundFiling xmlns=\"urn:gateway-sdk:taxrefund:1\"><TaxpayerId>")]
    [InlineData("<Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:1\"/>")]
    [InlineData("")]
    public void Read_HostileTruncatedOrForeignDocuments_EndInOneIssue(string document)
    {
        var read = new TaxRefundXmlReader().Read(Encoding.UTF8.GetBytes(document));
        read.Value.ShouldBeNull();
        read.Report.Issues.ShouldHaveSingleItem().Severity.ShouldBe(Gateway.Sdk.Validation.ValidationSeverity.Error);
    }

    [Fact]
    public void Read_DeeplyNested_EndsInOneIssue()
    {
        var nested = "<TaxRefundFiling xmlns=\"urn:gateway-sdk:taxrefund:1\">" + string.Concat(Enumerable.Repeat("<a>", 10_000)) + string.Concat(Enumerable.Repeat("</a>", 10_000)) + "</TaxRefundFiling>";
        new TaxRefundXmlReader().Read(Encoding.UTF8.GetBytes(nested)).Report.Issues.ShouldHaveSingleItem();
    }

    [Fact]
    public void Read_UnknownElementAndBadValue_AreReportedAndTheBadRowLeftOut()
    {
        var xml = Encoding.UTF8.GetString(TaxRefundXmlWriter.Write(TaxRefundTests.Sample()))
            .Replace("<Quantity>40</Quantity>", "<Quantity>forty</Quantity>", StringComparison.Ordinal)
            .Replace("<Batch>001</Batch>", "<Batch>001</Batch><Note>x</Note>", StringComparison.Ordinal);

        var read = new TaxRefundXmlReader().Read(Encoding.UTF8.GetBytes(xml));

        read.Report.Issues.Select(static i => $"{i.Code} {i.Location.XPath}: {i.Message}").ShouldBe(
        [
            "TRX002 /TaxRefundFiling/Note: element Note is not part of the refund format; it is skipped",
            "TRX003 /TaxRefundFiling/PurchaseRow[2]/Quantity: Quantity forty is not a number such as 1300.00; the row is left out",
        ]);
        read.Value!.PurchaseRows.Count.ShouldBe(2);
    }

    private static void Xsd(byte[] xml)
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = SchemaCatalog.Default.Find(TaxRefundXmlWriter.Namespace)!, DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }
    }

    private static Gen<string> Text(int max) =>
        from length in Gen.Choose(1, max)
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), length)
        select new string(chars).Replace("\r", string.Empty, StringComparison.Ordinal);

    private static Gen<string?> Optional(int max) => Gen.OneOf(Gen.Constant<string?>(null), Text(max).Select(static t => (string?)t));

    private static Gen<decimal> Amount() => from cents in Gen.Choose(0, int.MaxValue) from scale in Gen.Choose(0, 4) select new decimal(cents, 0, 0, false, (byte)scale);

    private static Gen<DateOnly> Day() => Gen.Choose(0, 3650).Select(static d => new DateOnly(2020, 1, 1).AddDays(d));

    private static Gen<ExportDetailRow> Export(int row) =>
        from link in Text(20)
        from invoice in Optional(20)
        from declaration in Text(21)
        from agency in Optional(20)
        from date in Day()
        from code in Text(10)
        from name in Text(40)
        from unit in Text(3)
        from quantity in Amount()
        from fob in Amount()
        from declared in Optional(10)
        from business in Optional(4)
        from remark in Optional(40)
        select new ExportDetailRow { RowNumber = row, LinkNumber = link, ExportInvoiceNumber = invoice, DeclarationNumber = declaration, AgencyCertificateNumber = agency, ExportDate = date, CommodityCode = code, CommodityName = name, Unit = unit, Quantity = quantity, FobUsd = fob, DeclaredCommodityCode = declared, BusinessType = business, Remark = remark };

    private static Gen<PurchaseDetailRow> Purchase(int row) =>
        from link in Text(20)
        from kind in Gen.Elements(RefundTaxKind.Vat, RefundTaxKind.Consumption)
        from voucher in Text(20)
        from date in Day()
        from code in Text(10)
        from name in Text(40)
        from unit in Text(3)
        from quantity in Amount()
        from taxable in Amount()
        from rate in Gen.Elements(0m, 9m, 13m, 13.5m)
        from refundable in Amount()
        select new PurchaseDetailRow { RowNumber = PurchaseRowNumber.Format(row), LinkNumber = link, TaxKind = kind, VoucherNumber = voucher, InvoiceDate = date, CommodityCode = code, CommodityName = name, Unit = unit, Quantity = quantity, TaxableAmount = taxable, TaxRate = 13m, RefundRate = rate, RefundableAmount = refundable };

    /// <summary>Makes rows numbered 1 to <paramref name="count"/>, or none.</summary>
    private static Gen<T[]> Rows<T>(int count, Func<int, Gen<T>> row) =>
        count == 0 ? Gen.Constant(Array.Empty<T>()) : Gen.CollectToArray(Enumerable.Range(1, count).Select(row));

    private static Gen<TaxRefundFiling> Filing() =>
        from exports in Gen.Choose(0, 5)
        from purchases in Gen.Choose(0, 5)
        from id in Text(18)
        from name in Text(40)
        from month in Gen.Choose(1, 12)
        from batch in Text(3)
        from exportRows in Rows(exports, Export)
        from purchaseRows in Rows(purchases, Purchase)
        select new TaxRefundFiling { TaxpayerId = id, TaxpayerName = name, Period = $"2026{month:D2}", Batch = batch, ExportRows = [.. exportRows], PurchaseRows = [.. purchaseRows] };
}
