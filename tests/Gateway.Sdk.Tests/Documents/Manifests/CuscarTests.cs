using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Tests.Documents.Manifests;

public class CuscarTests
{
    /// <summary>Cases per property: 1,000 as CI requires; GATEWAY_PROPERTY_CASES raises it for a longer local run.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;

    private static readonly CuscarWriter Writer = new(new EdifactInterchangeOptions { Prepared = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(8)) });

    [Theory]
    [InlineData("MT2101")]
    [InlineData("MT3101")]
    public void Write_Sample_MatchesGoldenFile(string type) =>
        TestFiles.MatchesGolden(Writer.Write(ManifestSamples.All().Single(s => s.Name == type).Manifest), $"manifest-{type}.cuscar.edi");

    [Fact]
    public void Read_OfWrite_GivesEverySampleBackWithoutFindings()
    {
        foreach (var (name, manifest) in ManifestSamples.All())
        {
            var read = CuscarReader.Read(new MemoryStream(Writer.Write(manifest)));
            read.Report.Issues.ShouldBeEmpty(name);
            read.Value.ShouldBe(manifest, name);
        }
    }

    [Fact]
    public void Read_OfWrite_GivesTheSameManifest() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(ManifestGenerators.Manifest().ToArbitrary(), manifest =>
        {
            var read = CuscarReader.Read(new MemoryStream(Writer.Write(manifest)));
            read.Report.Errors.ShouldBeEmpty();
            read.Value.ShouldBe(manifest);
        }));

    [Fact]
    public void Read_OfWrite_500BillsAnd10000Lines_GivesTheSameManifest() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2), Prop.ForAll(ManifestXmlPropertyTests.Large().ToArbitrary(), manifest =>
            CuscarReader.Read(new MemoryStream(Writer.Write(manifest))).Value.ShouldBe(manifest)));

    [Fact]
    public void Write_PutsFieldsInTheirSegmentsAndTheRestInFtxZzz()
    {
        var text = Encoding.UTF8.GetString(Writer.Write(ManifestSamples.PreStowage()));
        text.ShouldContain("UNH+1+CUSCAR:D:95B:UN'\nBGM+85:::MT2101++9'\nDTM+137:20261122093015:204'\nNAD+MS+2200123456789_00000001'");
        text.ShouldContain("FTX+ZZZ+++MessageID=CN_MT2101_1p1_2200123456789_00000001_20261122093015250;");
        text.ShouldContain("TDT+20+0MA3NW1MA+1+++++UN9321483:::EVER GIVEN'");
        text.ShouldContain("CNI+2+EGLV142050012399'\nRFF+BH:SHAHBL2611001'");
        text.ShouldContain("GID+2+400:CT'\nFTX+AAA+++LITHIUM BATTERIES'\nFTX+AAI+++CLASS 9'\nMEA+AAE+G+KGM:6250'\nSGP+CSQU3054383'\nDGS+IMD++3480'\nPCI+24+N/M'\nCST++850760'");
        text.ShouldNotContain("+'");
    }

    [Fact]
    public void Write_ElementsTheSdkDoesNotModel_AreRefusedWithEdi401()
    {
        var manifest = ManifestSamples.Arrival() with { AdditionalElements = [new XmlExtension("Extra", "<Extra>1</Extra>")] };
        Should.Throw<EdifactException>(() => Writer.Write(manifest)).Code.ShouldBe("EDI401");
    }

    [Fact]
    public void Write_ABillWithoutLines_GetsAPlaceholderLineThatReadsBackAsNone()
    {
        var manifest = ManifestSamples.Loading(ManifestMessageType.LoadingManifest);
        Encoding.UTF8.GetString(Writer.Write(manifest)).ShouldContain("GID+0'");
        CuscarReader.Read(new MemoryStream(Writer.Write(manifest))).Value!.Declaration.Consignments[0].Items.ShouldBeEmpty();
    }

    [Fact]
    public void Read_PublicSampleLot10_GivesTheDataTheModelCovers()
    {
        var read = Sample("cuscar-d95b-lot10.edi");
        read.Report.Issues.Select(static i => i.Code).ShouldBe(["EDI211", "EDI307", "EDI307", "EDI307", "EDI307"], "the UNT count and four values over their length are the sample's own findings");
        var m = read.Value!;
        (m.Head.MessageId, m.Head.SenderId, m.Head.FunctionCode.Code, m.Head.SendTime).ShouldBe(("DOCREF1234", "SCR", "9", new DateTime(2019, 10, 21, 8, 52, 0)));
        var vessel = m.Declaration.BorderTransportMeans!;
        (vessel.JourneyId, vessel.TypeCode, vessel.Id, vessel.Name, vessel.FirstArrivalLocationId, vessel.ArrivalDateTime).ShouldBe(("TRANS1234", "1", "MEANSTRANS1234", "TEST SHIP", "GBPME", "201910290330"));
        m.Declaration.CarrierId.ShouldBe("SENDER");
        var bill = m.Declaration.Consignments.ShouldHaveSingleItem();
        (bill.MasterBillId, bill.TotalGrossMass, bill.LoadingLocation!.Id, bill.UnloadingLocation!.Id).ShouldBe(("DOCV373MOB909999", 55814m, "CRMOB", "GBPME"));
        (bill.Consignee!.Id, bill.Consignee.Name, bill.Consignor!.Name).ShouldBe(("MOB00995", "ANOTHER PERSON, A COMPANY, SOMEWHERE", "ANOTHER DIFFERENT PERSON, ANOTHER COMPANY, SOMEWHERE ELSE"));
        var box = bill.TransportEquipment.ShouldHaveSingleItem();
        (box.ContainerId, box.CharacteristicCode, box.FullnessCode).ShouldBe(("EQ123456", "7", "5"));
        var line = bill.Items.ShouldHaveSingleItem();
        (line.SequenceNumber, line.PackageQuantity, line.PackageTypeCode, line.CargoDescription, line.GrossMass, line.MarksNumbers).ShouldBe((1, 2880L, "UNT", "FREETEXT DESC, DETAILS", 55814m, "SHIP1234"));
        line.ContainerIds.ShouldBe(["EQ123456"]);
    }

    [Fact]
    public void Read_PublicSampleMsc_ReadsTheMessageWithoutTypeAndEveryBill()
    {
        var read = Sample("cuscar-d95b-msc.edi");
        read.Report.Issues.Select(static i => i.Code).ShouldBe(["EDI211", "EDI408", "EDI310"]);
        var m = read.Value!;
        (m.Head.MessageId, m.Head.SenderId, m.Declaration.CarrierId, m.Declaration.BorderTransportMeans!.JourneyId, m.Declaration.BorderTransportMeans.Id).ShouldBe(("201701191AB652", "202487288", "MSC", "AB652A", "D5LQ7"));
        m.Declaration.Consignments.Select(static c => c.MasterBillId).ShouldBe(["MSCUDB592345", "MSCUDF421004", "MSCUEK569969"]);
        var first = m.Declaration.Consignments[0];
        (first.Consignor!.Name, first.Consignor.Address!.Line).ShouldBe(("LAKELAND DAIRIES,", "BAILIEBORO, CO. CAVAN, IRELAND\nBAILIEBOROUGH"));
        first.Items.Select(static i => (i.SequenceNumber, i.PackageQuantity, i.PackageTypeCode, i.GrossMass, i.ContainerIds.Single())).ShouldBe([(1, 560L, "BG", 14182m, "FCIU5956299"), (2, 880L, "BG", 2000m, "TCLU5546482")], "2.000 TON is 2000 kg");
        first.Items[0].CargoDescription.ShouldStartWith("36 METRIC TONNES MILK SKIMMED POWDER");
    }

    [Fact]
    public void Read_PublicSampleD03b_IsReadWithTheD95bGuideAndSaysSo()
    {
        var read = Sample("cuscar-d03b-cbp-ace.edi");
        read.Report.Issues.Select(static i => i.Code).ShouldBe(["EDI403", "EDI310"]);
        var bill = read.Value!.Declaration.Consignments.ShouldHaveSingleItem();
        bill.MasterBillId.ShouldBe("LOCKKH041122106");
        (bill.Consignee!.Name, bill.Consignee.Address!.Line, bill.Consignee.Address.CityName, bill.Consignee.Address.CountryCode).ShouldBe(("KATHY SMITH", "1234 MAIN STREET", "BELTSVILLE", "US"));
        bill.Items.Single().ContainerIds.ShouldBe(["10000325"]);
        bill.TransportEquipment.Single().Seals.Single().Id.ShouldBe("SEALEQUNO001");
    }

    [Theory]
    [InlineData("golden/receipt-dec-result.cusres.edi", "EDI407")]
    [InlineData("edifact/samples/negative-corrupt-unb.edi", "EDI201")]
    public void Read_NotACargoReport_EndsInOneClearError(string file, string code)
    {
        var read = CuscarReader.Read(File.OpenRead(TestFiles.TestData(file)));
        read.Value.ShouldBeNull();
        read.Report.Errors.Last().Code.ShouldBe(code);
    }

    [Fact]
    public void Read_TruncatedInterchange_ReportsAndDoesNotThrow()
    {
        var bytes = Writer.Write(ManifestSamples.PreStowage());
        var read = CuscarReader.Read(new MemoryStream(bytes[..(bytes.Length / 2)]));
        read.Report.Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void Read_NumberThatDoesNotConvert_ReportsMan003AtTheSegment()
    {
        var text = Encoding.UTF8.GetString(Writer.Write(ManifestSamples.Arrival() with { Declaration = ManifestSamples.PreStowage().Declaration })).Replace("CNT+7:18650.5:KGM", "CNT+7:18X650:KGM", StringComparison.Ordinal);
        var read = CuscarReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var issue = read.Report.Issues.Single(static i => i.Code == "MAN003");
        issue.Location.Line.ShouldBeGreaterThan(10);
        read.Value!.Declaration.Consignments[0].TotalGrossMass.ShouldBeNull();
    }

    [Fact]
    public void Read_TonnesTooLargeForKilograms_ReportsMan003()
    {
        var text = Encoding.UTF8.GetString(Writer.Write(ManifestSamples.PreStowage())).Replace("MEA+AAE+G+KGM:6250", "MEA+AAE+G+TNE:99999999999999999999999999", StringComparison.Ordinal);
        var read = CuscarReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        read.Report.Issues.ShouldContain(static i => i.Code == "MAN003");
        read.Value!.Declaration.Consignments[0].Items[1].GrossMass.ShouldBeNull();
    }

    private static Gateway.Sdk.Validation.ReadResult<CargoManifest> Sample(string file)
    {
        using var stream = File.OpenRead(TestFiles.TestData($"edifact/samples/{file}"));
        return CuscarReader.Read(stream);
    }
}
