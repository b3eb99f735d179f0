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

    [Fact]
    public void WriteThenRead_GeneratedFilings_ComeBackEqualAndValidAgainstTheXsd()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(RefundGenerators.Filing().ToArbitrary(), filing =>
        {
            var xml = TaxRefundXmlWriter.Write(filing);
            var read = new TaxRefundXmlReader().Read(xml);
            read.Report.Issues.ShouldBeEmpty();
            read.Value.ShouldBe(filing);
            Xsd(xml);
        }));
    }

    [Fact]
    public void WriteThenRead_GeneratedReceipts_ComeBackEqualAndValidAgainstTheXsd()
    {
        var receipts = from code in Gen.Elements([.. TaxRefundReceipt.Codes.Keys, "OTHER"])
                       from minutes in Gen.Choose(0, 5_000_000)
                       from offset in Gen.Elements(0, 8, -5)
                       from note in RefundGenerators.Optional(40)
                       select new TaxRefundReceipt { TaxpayerId = "91440300MA5F9R3D8Q", Period = "202611", Batch = "001", Code = code, IssuedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(offset)).AddMinutes(minutes), Note = note };
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(receipts.ToArbitrary(), receipt =>
        {
            var xml = TaxRefundXmlWriter.WriteReceipt(receipt);
            var read = new TaxRefundXmlReader().ReadReceipt(xml);
            read.Report.Issues.ShouldBeEmpty();
            read.Value.ShouldBe(receipt);
            Xsd(xml);
        }));
    }

    [Fact]
    public void WriteReceipt_AReturnedFiling_IsTheGoldenFileAndReadsAsARejection()
    {
        var receipt = new TaxRefundReceipt { TaxpayerId = "91440300MA5F9R3D8Q", Period = "202611", Batch = "001", Code = "RETURNED", IssuedAt = new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8)), Note = "退回：进货凭证信息与增值税发票电子信息不符" };
        var xml = TaxRefundXmlWriter.WriteReceipt(receipt);
        TestFiles.MatchesGolden(xml, "taxrefund-receipt.xml");
        var gateway = Gateway.Sdk.Transport.GatewayReceipts.Parse(Encoding.UTF8.GetString(xml), "x", 1, null, DateTimeOffset.UnixEpoch);
        (gateway.Family, gateway.Code, gateway.Status, gateway.Description, gateway.IsFinal, gateway.IssuedAt).ShouldBe(("taxrefund", "RETURNED", ReceiptStatus.Rejected, "退回", true, receipt.IssuedAt));
        gateway.TaxRefund.ShouldBe(receipt);
    }

    [Fact]
    public void FromXml_ARefundFiling_IsIdentifiedByTaxpayerPeriodAndBatch()
    {
        var message = Gateway.Sdk.Transport.GatewayMessage.FromXml(TaxRefundXmlWriter.Write(TaxRefundTests.Sample()));
        (message.Id, message.Family, message.MessageType).ShouldBe(("91440300MA5F9R3D8Q-202611-001", "taxrefund", "TAXREFUND"));
        Should.Throw<DocumentValidationException>(() => Gateway.Sdk.Transport.GatewayMessage.FromXml(TaxRefundXmlWriter.Write(TaxRefundTests.Sample() with { Batch = " " })))
            .Report.Issues.Single().Code.ShouldBe("MSG001");
    }

    [Fact]
    public void Write_TheSample_IsTheGoldenFile()
    {
        var xml = TaxRefundXmlWriter.Write(TaxRefundTests.Sample());
        TestFiles.MatchesGolden(xml, "taxrefund-sample.xml");
        Xsd(xml);
    }

    [Theory]
    [InlineData("taxrefund-sample.xml")]
    [InlineData("taxrefund-receipt.xml")]
    public void GoldenFile_IsValidForXmllintAgainstTheShippedXsd(string golden)
    {
        var (exit, output) = ExternalTool.Run("xmllint", "--noout", "--nonet", "--schema", Path.Combine(TestFiles.RepositoryRoot, "schemas", "taxrefund", "TaxRefund.xsd"), TestFiles.TestData("golden/" + golden));
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

    [Fact]
    public void Read_BadManagementClass_IsReportedWithoutLeavingARowOut()
    {
        var xml = Encoding.UTF8.GetString(TaxRefundXmlWriter.Write(TaxRefundTests.Sample())).Replace("<Batch>001</Batch>", "<Batch>001</Batch><ManagementClass>two</ManagementClass>", StringComparison.Ordinal);
        var read = new TaxRefundXmlReader().Read(Encoding.UTF8.GetBytes(xml));
        read.Report.Issues.Single().Message.ShouldBe("ManagementClass two is not a whole number from 1");
        read.Value!.ExportRows.Count.ShouldBe(TaxRefundTests.Sample().ExportRows.Count);
    }

    private static void Xsd(byte[] xml)
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = SchemaCatalog.Default.Find(TaxRefundXmlWriter.Namespace)!, DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }
    }
}
