using System.Text;
using Gateway.Sdk.Documents.Manifests;

namespace Gateway.Sdk.Tests.Documents.Manifests;

public class ManifestReceiptTests
{
    internal static ManifestReceipt Sample() => new()
    {
        Head = ManifestSamples.Head(ManifestMessageType.Receipt) with { SenderId = "EPORT", ReceiverId = "2200" },
        JourneyId = "0MA3NW1MA",
        TransportMeansId = "UN9321483",
        Bills =
        [
            new ManifestBillResult { MasterBillId = "EGLV142050012345", Response = new ManifestResponse(ManifestResponseCode.Accepted, "21301 预配舱单主要数据传输成功") },
            new ManifestBillResult { MasterBillId = "EGLV142050012399", HouseBillId = "SHAHBL2611001", Response = new ManifestResponse(ManifestResponseCode.Rejected, "24302 收货人名称不能为空"), Containers = [new ManifestContainerResult("TGHU7654320", new ManifestResponse(ManifestResponseCode.Rejected))] },
        ],
        Containers = [new ManifestContainerResult("EGHU1234562", new ManifestResponse(ManifestResponseCode.Accepted, "运抵正常"))],
    };

    [Fact]
    public void Write_Sample_MatchesGoldenFile() => TestFiles.MatchesGolden(ManifestReceiptWriter.Write(Sample()), "manifest-MT9999.xml");

    [Fact]
    public void Read_GoldenFile_GivesTheSampleBack()
    {
        var read = new ManifestReceiptReader().Read(File.ReadAllBytes(TestFiles.TestData("golden/manifest-MT9999.xml")));
        read.Report.Issues.ShouldBeEmpty();
        read.Value.ShouldBe(Sample());
        ManifestXmlPropertyTests.SchemaErrors(File.ReadAllBytes(TestFiles.TestData("golden/manifest-MT9999.xml")), ManifestMessageType.Receipt).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("01", ReceiptStatus.Accepted, "海关接受申报")]
    [InlineData("02", ReceiptStatus.InProgress, "传输待人工审核")]
    [InlineData("03", ReceiptStatus.Rejected, "不允许传输")]
    [InlineData("11", ReceiptStatus.Released, "提运单放行")]
    [InlineData("12", ReceiptStatus.Suspended, "拒装")]
    [InlineData("13", ReceiptStatus.Suspended, "禁卸")]
    [InlineData("99", ReceiptStatus.Unknown, "")]
    public void ResponseCode_KnownCodes_MapToStatusAndMeaning(string code, ReceiptStatus status, string description)
    {
        var value = new ManifestResponseCode(code);
        (value.Status, value.Description).ShouldBe((status, description));
    }

    [Theory]
    [InlineData("21301 预配舱单主要数据传输成功", 21301, "预配舱单主要数据传输成功")]
    [InlineData("24301预配舱单删除申请审核通过", 24301, "预配舱单删除申请审核通过")]
    [InlineData("21301", 21301, "")]
    [InlineData("213015 not a detail code", null, "213015 not a detail code")]
    [InlineData("运抵正常", null, "运抵正常")]
    [InlineData(null, null, null)]
    public void Response_DetailCode_IsTheLeadingFiveDigitNumber(string? text, int? detail, string? message)
    {
        var response = new ManifestResponse(ManifestResponseCode.Accepted, text);
        (response.DetailCode, response.Message).ShouldBe((detail, message));
    }

    [Fact]
    public void Overall_RejectionAnywhere_SpeaksForTheReceipt()
    {
        Sample().Overall!.Code.ShouldBe(ManifestResponseCode.Rejected);
        (Sample() with { Bills = [Sample().Bills[0]] }).Overall!.Code.ShouldBe(ManifestResponseCode.Accepted);
        new ManifestReceipt { Head = Sample().Head }.Overall.ShouldBeNull();
    }

    [Fact]
    public void Read_ContainerResultsUnderTheBillOrTheResponse_AreBothRead()
    {
        var receipt = new ManifestReceiptReader().Read(ManifestReceiptWriter.Write(Sample())).Value!;
        receipt.Bills[1].Containers.Single().ContainerId.ShouldBe("TGHU7654320");
        receipt.Containers.Single().ContainerId.ShouldBe("EGHU1234562");
    }

    [Fact]
    public void Read_ResultWithoutCode_IsReportedAndLeftOut()
    {
        var xml = Encoding.UTF8.GetString(ManifestReceiptWriter.Write(Sample())).Replace("<Code>01</Code>", string.Empty);
        var read = new ManifestReceiptReader().Read(Encoding.UTF8.GetBytes(xml));
        read.Report.Issues.Select(static i => i.Code).ShouldBe(["MAN001", "MAN001"]);
        read.Value!.Bills.Count.ShouldBe(1);
        read.Value.Containers.ShouldBeEmpty();
    }

    [Fact]
    public void Read_BlankCode_IsReportedNotThrown()
    {
        var xml = Encoding.UTF8.GetString(ManifestReceiptWriter.Write(Sample())).Replace("<Code>03</Code>", "<Code> </Code>");
        var read = new ManifestReceiptReader().Read(Encoding.UTF8.GetBytes(xml));
        read.Report.Issues.Select(static i => i.Code).ShouldAllBe(static c => c == "MAN001");
        read.Value!.Bills.Count.ShouldBe(1);
    }

    [Fact]
    public void Read_AManifestMessage_SaysItIsNotAReceipt()
    {
        var read = new ManifestReceiptReader().Read(new ManifestXmlWriter().Write(ManifestSamples.Arrival()));
        read.Value.ShouldBeNull();
        read.Report.Issues.Single().Message.ShouldContain("not an MT9999 receipt");
    }

    [Fact]
    public void Read_Dtd_IsRefused()
    {
        var read = new ManifestReceiptReader().Read(Encoding.UTF8.GetBytes("<!DOCTYPE x [<!ENTITY a \"b\">]><Manifest xmlns=\"urn:Declaration:datamodel:standard:CN:MT9999:1\"/>"));
        read.Report.Issues.Single().Code.ShouldBe("XML004");
    }
}
