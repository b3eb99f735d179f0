using System.Text;
using System.Xml;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Tests.Documents.Manifests;

public class ManifestXmlTests
{
    private readonly ManifestXmlWriter _writer = new();
    private readonly ManifestXmlReader _reader = new();

    public static TheoryData<string> Types() => [.. ManifestSamples.All().Select(static s => s.Name)];

    [Theory]
    [MemberData(nameof(Types))]
    public void Write_Sample_MatchesGoldenFile(string type)
    {
        var manifest = ManifestSamples.All().Single(s => s.Name == type).Manifest;
        TestFiles.MatchesGolden(_writer.Write(manifest), $"manifest-{type}.xml");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Read_GoldenFile_GivesTheSampleBackAndItIsValid(string type)
    {
        var manifest = ManifestSamples.All().Single(s => s.Name == type).Manifest;
        var bytes = File.ReadAllBytes(TestFiles.TestData($"golden/manifest-{type}.xml"));
        var read = _reader.Read(bytes);
        read.Report.Issues.ShouldBeEmpty();
        read.Value.ShouldBe(manifest);
        new ManifestValidator().Validate(manifest).Issues.ShouldBeEmpty();
        ManifestXmlPropertyTests.SchemaErrors(bytes, manifest.Head.MessageType).ShouldBeEmpty();
        new DocumentValidator().Validate(new MemoryStream(bytes)).Report.Issues.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void GoldenFile_IsValidForXmllintAgainstTheShippedXsd(string type)
    {
        var (exit, output) = ExternalTool.Run("xmllint", "--noout", "--nonet", "--schema", Path.Combine(TestFiles.RepositoryRoot, "schemas", "manifest", type + ".xsd"), TestFiles.TestData($"golden/manifest-{type}.xml"));
        exit.ShouldBe(0, output);
    }

    [Fact]
    public void Write_UsesTheMessageTypeNamespaceAndTheDocumentedHead()
    {
        var text = Encoding.UTF8.GetString(_writer.Write(ManifestSamples.PreStowage()));
        text.ShouldStartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:1\">\n  <Head>\n    <MessageID>CN_MT2101_1p1_2200123456789_00000001_20261122093015250</MessageID>");
        text.ShouldContain("<SendTime>20261122093015250</SendTime>");
        text.ShouldContain("<ValueAmount CurrencyTypeCode=\"USD\">125000</ValueAmount>");
        text.ShouldContain("<SealID AgencyCode=\"CA\">EMC1234567</SealID>");
        text.ShouldContain("MACHINE PARTS &amp; TOOLS &lt;SPARE&gt;");
    }

    [Fact]
    public void Write_WithoutIndent_IsOneLineAndReadsBack()
    {
        var bytes = new ManifestXmlWriter(indent: false).Write(ManifestSamples.PreStowage());
        Encoding.UTF8.GetString(bytes).TrimEnd('\n').Split('\n').Length.ShouldBe(2);
        _reader.Read(bytes).Value.ShouldBe(ManifestSamples.PreStowage());
    }

    [Fact]
    public void Write_TextXmlCannotCarry_ThrowsMan005WithTheXPath()
    {
        var manifest = ManifestSamples.Arrival() with { Declaration = ManifestSamples.Arrival().Declaration with { AdditionalInformation = "bad \u0001 char" } };
        var e = Should.Throw<DocumentValidationException>(() => _writer.Write(manifest));
        e.Report.Issues.Single().Code.ShouldBe("MAN005");
        e.Report.Issues.Single().Location.XPath.ShouldBe("/Manifest/Declaration/AdditionalInformation/Content");
    }

    [Fact]
    public void Read_UnknownElements_AreKeptWhereTheModelKeepsThemAndWarned()
    {
        var xml = Golden("MT2101")
            .Replace("<TotalGrossMassMeasure>18650.5</TotalGrossMassMeasure>", "<TotalGrossMassMeasure>18650.5</TotalGrossMassMeasure><DeliveryDestination><Name>DC 4</Name></DeliveryDestination>")
            .Replace("<Name>EVER GIVEN</Name>", "<Name>EVER GIVEN</Name><StayID>X1</StayID>")
            .Replace("<CityName>ROTTERDAM</CityName>", "<CityName>ROTTERDAM</CityName><Street2>dropped</Street2>");
        var read = _reader.Read(Encoding.UTF8.GetBytes(xml));
        read.Report.Issues.Select(static i => (i.Code, i.Severity, i.Location.XPath)).ShouldBe(
        [
            ("XML010", ValidationSeverity.Warning, "/Manifest/Declaration/BorderTransportMeans/StayID"),
            ("XML010", ValidationSeverity.Warning, "/Manifest/Declaration/Consignment[1]/DeliveryDestination"),
            ("XML010", ValidationSeverity.Warning, "/Manifest/Declaration/Consignment[1]/Consignee/Address/Street2"),
        ]);
        read.Report.Issues[2].Message.ShouldContain("left out");
        var manifest = read.Value!;
        manifest.Declaration.Consignments[0].AdditionalElements.ShouldBe([new Gateway.Sdk.Xml.XmlExtension("DeliveryDestination", "<DeliveryDestination><Name>DC 4</Name></DeliveryDestination>")]);
        manifest.Declaration.BorderTransportMeans!.AdditionalElements.Single().Name.ShouldBe("StayID");

        var again = _writer.Write(manifest);
        _reader.Read(again).Value.ShouldBe(manifest);
        var errors = ManifestXmlPropertyTests.SchemaErrors(again, ManifestMessageType.PreStowageManifest);
        errors.Single().ShouldContain("'StayID'", customMessage: "DeliveryDestination is accepted where the writer puts kept elements; StayID is in no schema");
    }

    [Fact]
    public void Read_MessageTypeDisagreesWithNamespace_ReportsMan002()
    {
        var read = _reader.Read(Encoding.UTF8.GetBytes(Golden("MT2101").Replace("<MessageType>MT2101</MessageType>", "<MessageType>MT1101</MessageType>")));
        read.Report.Issues.Single().Code.ShouldBe("MAN002");
        read.Value!.Head.MessageType.ShouldBe(ManifestMessageType.PreStowageManifest);
    }

    [Theory]
    [InlineData("<TotalGrossMassMeasure>18650.5</TotalGrossMassMeasure>", "<TotalGrossMassMeasure>18,650.5</TotalGrossMassMeasure>", "/Manifest/Declaration/Consignment[1]/TotalGrossMassMeasure", "Declaration.Consignments[0].TotalGrossMass")]
    [InlineData("<SendTime>20261122093015250</SendTime>", "<SendTime>2026-11-22</SendTime>", "/Manifest/Head/SendTime", "Head.SendTime")]
    [InlineData("<SequenceNumeric>2</SequenceNumeric>", "<SequenceNumeric>two</SequenceNumeric>", "/Manifest/Declaration/Consignment[1]/ConsignmentItem[2]/SequenceNumeric", "Declaration.Consignments[0].Items[1].SequenceNumber")]
    [InlineData("<QuantityQuantity>1200</QuantityQuantity>", "<QuantityQuantity>1200.5</QuantityQuantity>", "/Manifest/Declaration/Consignment[1]/ConsignmentPackaging/QuantityQuantity", "Declaration.Consignments[0].PackageQuantity")]
    public void Read_ValueThatDoesNotConvert_ReportsMan003AndLeavesItUnset(string from, string to, string xpath, string property)
    {
        var read = _reader.Read(Encoding.UTF8.GetBytes(Golden("MT2101").Replace(from, to)));
        var issue = read.Report.Issues.Single();
        (issue.Code, issue.Location.XPath, issue.Location.PropertyPath).ShouldBe(("MAN003", xpath, property));
        issue.Location.Line.ShouldBeGreaterThan(1);
        read.Value.ShouldNotBeNull();
    }

    [Fact]
    public void Read_RepeatedSingleElement_ReportsXml006()
    {
        var read = _reader.Read(Encoding.UTF8.GetBytes(Golden("MT3101").Replace("<DeclarationOfficeID>2248</DeclarationOfficeID>", "<DeclarationOfficeID>2248</DeclarationOfficeID><DeclarationOfficeID>2249</DeclarationOfficeID>")));
        read.Report.Issues.Single().Code.ShouldBe("XML006");
    }

    [Fact]
    public void Read_TextBetweenElements_ReportsXml005()
    {
        var read = _reader.Read(Encoding.UTF8.GetBytes(Golden("MT3101").Replace("<Head>", "<Head>stray")));
        read.Report.Issues.Single().Code.ShouldBe("XML005");
    }

    [Fact]
    public void Read_ChildrenInAnyOrder_GivesTheSameManifest()
    {
        var xml = Golden("MT3101");
        var head = xml[xml.IndexOf("  <Head>", StringComparison.Ordinal)..(xml.IndexOf("</Head>", StringComparison.Ordinal) + 8)];
        var swapped = xml.Replace(head, string.Empty).Replace("</Declaration>", "</Declaration>\n" + head);
        _reader.Read(Encoding.UTF8.GetBytes(swapped)).Value.ShouldBe(ManifestSamples.Arrival());
    }

    [Theory]
    [InlineData("<DecMessage xmlns=\"http://www.chinaport.gov.cn/dec\"/>", "MAN000")]
    [InlineData("<Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:2\"/>", "MAN000")]
    [InlineData("<Manifest/>", "MAN000")]
    [InlineData("", "XML001")]
    public void Read_NotAManifest_ReportsAndReturnsNull(string xml, string code)
    {
        var read = _reader.Read(Encoding.UTF8.GetBytes(xml));
        read.Value.ShouldBeNull();
        read.Report.Issues.Single().Code.ShouldBe(code);
    }

    [Fact]
    public void Read_EmptyManifest_ReportsMissingHeadAndDeclaration()
    {
        var read = _reader.Read(Encoding.UTF8.GetBytes("<Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:1\"/>"));
        read.Report.Issues.Select(static i => i.Code).ShouldBe(["MAN001", "MAN001"]);
        read.Value!.Head.MessageType.ShouldBe(ManifestMessageType.PreStowageManifest);
    }

    public static TheoryData<string, byte[], string> Hostile() => new()
    {
        { "DTD with external entity", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE Manifest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:1\">&x;</Manifest>"), "XML004" },
        { "billion laughs", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:1\">&lol2;</Manifest>"), "XML004" },
        { "deep nesting", Encoding.UTF8.GetBytes("<Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:1\"><Declaration>" + string.Concat(Enumerable.Repeat("<Consignment>", 200)) + string.Concat(Enumerable.Repeat("</Consignment>", 200)) + "</Declaration></Manifest>"), "XML002" },
        { "truncated", File.ReadAllBytes(TestFiles.TestData("golden/manifest-MT2101.xml"))[..900], "XML001" },
        { "UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:1\"/>")).ToArray(), "XML003" },
        { "GBK declared", Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"GBK\"?><Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:1\"/>"), "XML003" },
        { "invalid UTF-8", [.. Encoding.UTF8.GetBytes("<Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:1\"><Head><SenderID>"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("</SenderID></Head></Manifest>")], "XML003" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Read_HostileInput_EndsInOneClearIssue(string what, byte[] input, string code)
    {
        var read = _reader.Read(input);
        read.Value.ShouldBeNull(what);
        read.Report.Issues.Single().Code.ShouldBe(code, what);
        read.Report.Issues.Single().Message.ShouldNotContain("   at ");
    }

    [Fact]
    public void Read_DocumentOverTheSizeLimit_ReportsXml002()
    {
        var read = new ManifestXmlReader(new XmlLimits { MaxCharacters = 1000 }).Read(File.ReadAllBytes(TestFiles.TestData("golden/manifest-MT2101.xml")));
        read.Report.Issues.Single().Code.ShouldBe("XML002");
    }

    [Fact]
    public void Read_ManyChildrenWithIndentation_TakesLinearTime_Regression()
    {
        // Indentation between 100,000 children once cost a copy of all earlier text per child (quadratic).
        var xml = "<Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT2101:1\"><Declaration>" + string.Concat(Enumerable.Repeat("\n    <Extra/>", 100_000)) + "\n</Declaration></Manifest>";
        var read = new ManifestXmlReader(new XmlLimits { MaxCharacters = 4_000_000 }).Read(Encoding.UTF8.GetBytes(xml));
        read.Value!.Declaration.AdditionalElements.Count.ShouldBe(100_000);
    }

    [Fact]
    public void Read_SecondDocumentAfterTheRoot_IsReported()
    {
        var xml = Golden("MT3101") + Golden("MT3101")[Golden("MT3101").IndexOf("<Manifest", StringComparison.Ordinal)..];
        var read = _reader.Read(Encoding.UTF8.GetBytes(xml));
        read.Value.ShouldBeNull();
        read.Report.Issues.Single().Code.ShouldBe("XML001");
    }

    private static string Golden(string type) => File.ReadAllText(TestFiles.TestData($"golden/manifest-{type}.xml"));
}
