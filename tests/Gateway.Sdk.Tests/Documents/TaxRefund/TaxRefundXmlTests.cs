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
}
