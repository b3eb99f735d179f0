using System.Text;
using Gateway.Sdk;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Transport;
using Gateway.Simulator;
using Gateway.Tests.Shared;

namespace Gateway.Integration.Tests.Transport;

/// <summary>Manifests through the client and the simulator over loopback: filed once by MessageID, answered with MT9999 receipts.</summary>
public class ManifestSimulatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("MT2101", null, "01", ReceiptStatus.Accepted, "01 11")]
    [InlineData("MT2101", "[sim:inspect]", "02 01", ReceiptStatus.Accepted, "02 01 11")]
    [InlineData("MT2101", "[sim:reject=E:收货人名称不能为空]", "03", ReceiptStatus.Rejected, "03")]
    [InlineData("MT2101", "[sim:reject=03]", "03", ReceiptStatus.Rejected, "03")]
    [InlineData("MT2101", "[sim:reject=12]", "12", ReceiptStatus.Suspended, "12")]
    [InlineData("MT3101", null, "01", ReceiptStatus.Accepted, "01")]
    public async Task WatchAsync_Manifest_YieldsMt9999ReceiptsUntilTheFilingIsAnswered(string type, string? token, string watched, ReceiptStatus final, string all)
    {
        var clock = new ManualTimeProvider(Start);
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { TimeProvider = clock, ReceiptInterval = TimeSpan.FromSeconds(2) });
        using var client = SimulatorTests.ClientFor(simulator);
        var filed = await client.SubmitAsync(GatewayMessage.FromXml(Manifest(type, "CN_" + type + "_1p1_S1_20261122100000000", token)));
        filed.Filing.Family.ShouldBe("manifest");
        filed.Filing.MessageType.ShouldBe(type);
        clock.Advance(TimeSpan.FromSeconds(60));

        var receipts = new List<GatewayReceipt>();
        await foreach (var receipt in client.WatchAsync(filed.Filing.Id))
        {
            receipts.Add(receipt);
        }

        string.Join(' ', receipts.Select(static r => r.Code)).ShouldBe(watched);
        receipts[^1].Status.ShouldBe(final);
        string.Join(' ', (await client.GetReceiptsAsync(filed.Filing.Id)).Select(static r => r.Code)).ShouldBe(all);
        var mt9999 = receipts[^1].Manifest!;
        mt9999.Head.MessageType.ShouldBe(ManifestMessageType.Receipt);
        mt9999.Head.ReceiverId.ShouldBe("2200123456789_00000001");
        mt9999.JourneyId.ShouldBe("0MA3NW1MA");
        if (type == "MT3101")
        {
            mt9999.Containers.Select(static c => c.ContainerId).ShouldBe(["EGHU1234562", "CSQU3054383"]);
        }
        else
        {
            mt9999.Bills.Select(static b => (b.MasterBillId, b.HouseBillId)).ShouldBe([("EGLV142050012345", null), ("EGLV142050012399", "SHAHBL2611001")]);
        }

        if (token?.Contains(':', StringComparison.Ordinal) == true && token.Count(static c => c == ':') == 2)
        {
            receipts[^1].Note.ShouldBe("收货人名称不能为空");
        }
    }

    [Fact]
    public async Task SubmitAsync_SameManifestTwice_FilesItOnceByMessageId()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var client = SimulatorTests.ClientFor(simulator);
        var message = GatewayMessage.FromXml(Manifest("MT2101", "CN_MT2101_1p1_S1_20261122100000001", null));

        var first = await client.SubmitAsync(message);
        var second = await client.SubmitAsync(message);

        message.Id.ShouldBe("CN_MT2101_1p1_S1_20261122100000001");
        (first.AlreadyFiled, second.AlreadyFiled).ShouldBe((false, true));
        simulator.FilingCount.ShouldBe(1);
    }

    [Fact]
    public async Task SubmitAsync_InvalidManifest_IsRefusedWithTheRuleIssues()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var client = SimulatorTests.ClientFor(simulator);
        var broken = Encoding.UTF8.GetString(Manifest("MT2101", "CN_MT2101_1p1_S1_20261122100000002", null)).Replace("CSQU3054383", "CSQU3054384");

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(GatewayMessage.FromXml(Encoding.UTF8.GetBytes(broken))));

        (error.ErrorCode, error.StatusCode).ShouldBe(("GW422", 422));
        error.Message.ShouldContain("MAN010");
        simulator.FilingCount.ShouldBe(0);
    }

    /// <summary>Takes a golden manifest, gives it a message id, and puts a simulator token in its remark.</summary>
    internal static byte[] Manifest(string type, string messageId, string? token)
    {
        var xml = File.ReadAllText(Repository.Golden($"manifest-{type}.xml"));
        xml = xml.Replace($"CN_{type}_1p1_2200123456789_00000001_20261122093015250", messageId, StringComparison.Ordinal);
        if (token is not null)
        {
            xml = xml.Replace("</Declaration>", $"  <AdditionalInformation>\n      <Content>{token}</Content>\n    </AdditionalInformation>\n  </Declaration>", StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(xml);
    }
}
