using Gateway.Sdk.Documents.Manifests;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.Documents.Manifests;

public class ManifestMessageIdsTests
{
    [Fact]
    public void Next_GivesTheDocumentedShapeInChinaStandardTime()
    {
        var ids = new ManifestMessageIds(new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 1, 30, 15, 250, TimeSpan.Zero)));
        var (id, time) = ids.Next(ManifestMessageType.PreStowageManifest, "2200123456789_00000001");
        id.ShouldBe("CN_MT2101_1p1_2200123456789_00000001_20261122093015250");
        time.ShouldBe(new DateTime(2026, 11, 22, 9, 30, 15, 250));
    }

    [Fact]
    public void Next_SameSenderSameMillisecond_NeverRepeats()
    {
        var ids = new ManifestMessageIds(new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 1, 30, 15, 250, TimeSpan.Zero)));
        var made = Enumerable.Range(0, 1000).AsParallel().Select(_ => ids.Next(ManifestMessageType.ArrivalReport, "S1").MessageId).ToList();
        made.Distinct().Count().ShouldBe(1000);
        ids.Next(ManifestMessageType.ArrivalReport, "S2").MessageId.ShouldEndWith("_S2_20261122093015250");
    }

    [Fact]
    public void Head_FillsIdTimeAndFunction()
    {
        var head = new ManifestMessageIds().Head(ManifestMessageType.ArrivalReport, "S1", "2248", ManifestFunctionCode.Add);
        head.MessageId.ShouldStartWith("CN_MT3101_1p1_S1_");
        (head.FunctionCode, head.ReceiverId, head.Version).ShouldBe((ManifestFunctionCode.Add, "2248", "1.0"));
        head.SendTime.ShouldNotBeNull();
    }

    [Fact]
    public void Next_Misuse_Throws()
    {
        Should.Throw<ArgumentException>(() => new ManifestMessageIds().Next(ManifestMessageType.ArrivalReport, ""));
        Should.Throw<ArgumentException>(() => new ManifestMessageIds().Next(default, "S1"));
    }

    [Theory]
    [InlineData("MT2101", true)]
    [InlineData("MTECIM", true)]
    [InlineData("MT210", false)]
    [InlineData("mt2101", false)]
    [InlineData("XX2101", false)]
    public void MessageType_Shape(string code, bool ok) => ManifestMessageType.IsCode(code).ShouldBe(ok);

    [Fact]
    public void MessageType_Namespace_RoundTrips()
    {
        ManifestMessageType.LoadingManifest.Namespace.ShouldBe("urn:Declaration:datamodel:standard:CN:MT4101:1");
        ManifestMessageType.TryFromNamespace("urn:Declaration:datamodel:standard:CN:MT4101:1", out var type).ShouldBeTrue();
        type.ShouldBe(ManifestMessageType.LoadingManifest);
        ManifestMessageType.TryFromNamespace("urn:Declaration:datamodel:standard:CN:MT4101:2", out _).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => new ManifestMessageType("2101"));
        Should.Throw<ArgumentException>(() => new ManifestFunctionCode("9999"));
    }
}
