using System.Text;
using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Origin;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.Documents.Origin;

public class OriginXmlTests
{
    /// <summary>Cases per property: 1,000 as CI requires; GATEWAY_PROPERTY_CASES raises it for a longer local run.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;

    [Fact]
    public void WriteThenRead_GeneratedCertificatesOfEveryType_ComeBackEqualAndValidAgainstTheXsd()
    {
        var types = new HashSet<string>();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(OriginGenerators.Certificate().ToArbitrary(), certificate =>
        {
            types.Add(certificate.Head.CertificateType!);
            var xml = new OriginXmlWriter().Write(certificate);
            var read = new OriginXmlReader().Read(xml);
            read.Report.Issues.ShouldBeEmpty();
            read.Value.ShouldBe(certificate);
            Xsd(xml);
        }));
        types.Order(StringComparer.Ordinal).ShouldBe(CertificateTypes.Default.All.Select(static t => t.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WriteThenRead_GeneratedReceipts_ComeBackEqualAndValidAgainstTheXsd()
    {
        var receipts = from code in Gen.Elements([.. CertificateReceipt.Codes.Keys, "OTHER"])
                       from minutes in Gen.Choose(0, 5_000_000)
                       from offset in Gen.Elements(0, 8, -5)
                       from issued in TaxRefund.RefundGenerators.Optional(20)
                       from note in TaxRefund.RefundGenerators.Optional(40)
                       select new CertificateReceipt { CertificateNumber = "2626RC000123", Code = code, IssuedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(offset)).AddMinutes(minutes), IssuedCertificateNumber = issued, Note = note };
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(receipts.ToArbitrary(), receipt =>
        {
            var xml = OriginXmlWriter.WriteReceipt(receipt);
            var read = new OriginXmlReader().ReadReceipt(xml);
            read.Report.Issues.ShouldBeEmpty();
            read.Value.ShouldBe(receipt);
            Xsd(xml, OriginXmlWriter.ReceiptNamespace);
        }));
    }

    public static TheoryData<string> Samples => ["origin-rcep.xml", "origin-form-e.xml", "origin-non-preferential.xml"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_TheSamples_AreTheGoldenFilesAndValidForXmllint(string golden)
    {
        var certificate = Sample(golden);
        TestFiles.MatchesGolden(new OriginXmlWriter().Write(certificate), golden);
        var (exit, output) = ExternalTool.Run("xmllint", "--noout", "--nonet", "--schema", Path.Combine(TestFiles.RepositoryRoot, "schemas", "origin", "Certificate.xsd"), TestFiles.TestData("golden/" + golden));
        exit.ShouldBe(0, output);
        new OriginXmlReader().Read(File.ReadAllBytes(TestFiles.TestData("golden/" + golden))).Value.ShouldBe(certificate);
    }

    [Fact]
    public void TheRcepSample_IsTheExampleFileShippedForTheCli()
    {
        File.ReadAllBytes(Path.Combine(TestFiles.RepositoryRoot, "examples", "data", "origin-rcep.xml")).ShouldBe(new OriginXmlWriter().Write(SampleOrigin.Rcep()));
    }

    [Fact]
    public void WriteReceipt_AnIssuedCertificate_IsTheGoldenFileAndReadsAsClosed()
    {
        var receipt = new CertificateReceipt { CertificateNumber = "2626RC000123", Code = "ISSUED", IssuedAt = new DateTimeOffset(2026, 11, 21, 10, 15, 0, TimeSpan.FromHours(8)), IssuedCertificateNumber = "RCEP2026310000123", Note = "已签证，可自助打印" };
        var xml = OriginXmlWriter.WriteReceipt(receipt);
        TestFiles.MatchesGolden(xml, "origin-receipt.xml");
        var gateway = Gateway.Sdk.Transport.GatewayReceipts.Parse(Encoding.UTF8.GetString(xml), "x", 1, null, DateTimeOffset.UnixEpoch);
        (gateway.Family, gateway.Code, gateway.Status, gateway.Description, gateway.IsFinal, gateway.IssuedAt).ShouldBe(("origin", "ISSUED", ReceiptStatus.Closed, "已签证", true, receipt.IssuedAt));
        gateway.Origin.ShouldBe(receipt);
    }

    [Fact]
    public void FromXml_ACertificate_IsIdentifiedByItsCertificateNumber()
    {
        var message = Gateway.Sdk.Transport.GatewayMessage.FromXml(new OriginXmlWriter().Write(SampleOrigin.Rcep()));
        (message.Id, message.Family, message.MessageType).ShouldBe(("2626RC000123", "origin", "CERTIFICATE"));
    }

    [Fact]
    public void Write_WithANamespaceAndCompactDates_ReadsBackTheSame()
    {
        var options = new OriginXmlOptions { Namespace = "http://www.w3.org/2000/09/xmldsig#", DateFormat = "yyyyMMdd", Indent = false };
        var xml = Encoding.UTF8.GetString(new OriginXmlWriter(options).Write(SampleOrigin.Rcep()));
        xml.ShouldStartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Certificate xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><CertificateHead><ApplyType>0</ApplyType>");
        xml.ShouldContain("<AplDate>20261120</AplDate>");
        new OriginXmlReader().Read(Encoding.UTF8.GetBytes(xml)).Value.ShouldBe(SampleOrigin.Rcep());
    }

    [Fact]
    public void Write_Extensions_AreLeftOutUnlessMappedIntoTheRemarks()
    {
        var certificate = SampleOrigin.Rcep() with
        {
            Head = SampleOrigin.Rcep().Head with { Remark = "SEE ATTACHED" },
            Extensions = new OriginExtensions
            {
                BackToBack = new BackToBackOrigin { OriginalReference = "JP-2026-0001", OriginalIssueDate = new DateOnly(2026, 11, 2), IssuingParty = "JPN", FirstCountryOfOrigin = "JPN" },
                Cumulation = [new CumulatedLine { LineNumber = 1, Parties = ["JPN", "KOR"] }],
                IssuedRetroactively = true,
            },
        };

        new OriginXmlWriter().Write(certificate).ShouldBe(new OriginXmlWriter().Write(certificate with { Extensions = null }));
        var mapped = new OriginXmlReader().Read(new OriginXmlWriter(new OriginXmlOptions { MapExtensions = OriginExtensionMaps.IntoRemarks }).Write(certificate)).Value!;
        mapped.Head.Remark.ShouldBe("SEE ATTACHED\nBACK-TO-BACK: ORIGINAL JP-2026-0001 ISSUED 2026-11-02 IN JPN, FIRST RCEP COUNTRY OF ORIGIN JPN\nACU: ITEM 1 CUMULATES ORIGINATING MATERIALS OF JPN, KOR\nISSUED RETROACTIVELY");
        mapped.Extensions.ShouldBeNull();
    }

    [Fact]
    public void Read_UnknownElements_AreKeptAndWrittenBack_BadValuesReportedAtTheirElement()
    {
        var xml = Encoding.UTF8.GetString(new OriginXmlWriter().Write(SampleOrigin.Rcep()))
            .Replace("<Mark>N/M</Mark>", "<Mark>N/M</Mark>\n    <DeclRemark>x</DeclRemark>", StringComparison.Ordinal)
            .Replace("<GoodsQty>2000</GoodsQty>", "<GoodsQty>two thousand</GoodsQty>", StringComparison.Ordinal)
            .Replace("<AplDate>2026-11-20</AplDate>", "<AplDate>20/11/2026</AplDate>", StringComparison.Ordinal);

        var read = new OriginXmlReader().Read(Encoding.UTF8.GetBytes(xml));

        read.Report.Issues.Select(static i => $"{i.Code} {i.Location.XPath}: {i.Message}").ShouldBe(
        [
            "XML010 /Certificate/CertificateHead/DeclRemark: DeclRemark is not an element the SDK knows in CertificateHead; it is kept as is (check the spelling, or the specification version)",
            "COX003 /Certificate/CertificateHead/AplDate: AplDate 20/11/2026 is not a date written yyyy-MM-dd or yyyyMMdd; it is left unset",
            "COX003 /Certificate/CertificateList/Goods[1]/GoodsQty: GoodsQty two thousand is not a number such as 1250.50; it is left unset",
        ]);
        read.Value!.Head.AdditionalElements.ShouldBe([new XmlExtension("DeclRemark", "<DeclRemark>x</DeclRemark>")]);
        Encoding.UTF8.GetString(new OriginXmlWriter().Write(read.Value)).ShouldContain("<DeclRemark>x</DeclRemark>");
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><Certificate>&b;</Certificate>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE Certificate [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><Certificate><CertificateHead><CertNo>&xxe;</CertNo></CertificateHead></Certificate>")]
    [InlineData("<Certificate><CertificateHead><CertNo>")]
    [InlineData("<TaxRefundFiling xmlns=\"urn:gateway-sdk:taxrefund:1\"/>")]
    [InlineData("")]
    public void Read_HostileTruncatedOrForeignDocuments_EndInOneIssue(string document)
    {
        var read = new OriginXmlReader().Read(Encoding.UTF8.GetBytes(document));
        read.Value.ShouldBeNull();
        read.Report.Issues.ShouldHaveSingleItem().Severity.ShouldBe(ValidationSeverity.Error);
    }

    [Fact]
    public void Read_DeeplyNestedOrWronglyEncoded_EndsInOneIssue()
    {
        var nested = "<Certificate>" + string.Concat(Enumerable.Repeat("<a>", 10_000)) + string.Concat(Enumerable.Repeat("</a>", 10_000)) + "</Certificate>";
        new OriginXmlReader().Read(Encoding.UTF8.GetBytes(nested)).Report.Issues.ShouldHaveSingleItem();
        var gbk = Encoding.Latin1.GetBytes("<Certificate><CertificateHead><EtpsName>\u00e9\u00e8</EtpsName></CertificateHead></Certificate>");
        new OriginXmlReader().Read(gbk).Report.Issues.ShouldHaveSingleItem().Severity.ShouldBe(ValidationSeverity.Error);
    }

    [Fact]
    public void Read_WithoutHeadOrGoodsList_SaysWhatIsMissing()
    {
        var read = new OriginXmlReader().Read("<Certificate><AplPromise><AplPromiseCode>1</AplPromiseCode></AplPromise></Certificate>"u8.ToArray());
        read.Report.Issues.Select(static i => i.Message).ShouldBe(
        [
            "CertificateHead is missing: a certificate application has CertificateHead, then CertificateList with its Goods lines",
            "CertificateList is missing: a certificate application has CertificateHead, then CertificateList with its Goods lines",
        ]);
    }

    internal static CertificateOfOrigin Sample(string golden) => golden switch
    {
        "origin-rcep.xml" => SampleOrigin.Rcep(),
        "origin-form-e.xml" => SampleOrigin.FormE(),
        _ => SampleOrigin.NonPreferential(),
    };

    private static void Xsd(byte[] xml, string ns = "")
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = SchemaCatalog.Default.Find(ns)!, DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }
    }
}
