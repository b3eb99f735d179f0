using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Tests.Documents.Declarations;
using Gateway.Sdk.Transport;

namespace Gateway.Sdk.Tests.Transport;

/// <summary>The DXP envelope: golden bytes, round trip over random envelopes, one case per rule, hostile input.</summary>
public class DxpEnvelopeTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;

    internal static DxpEnvelope Sample => new()
    {
        CopMsgId = "0F8FAD5B-D9CB-469F-A165-70867728950E",
        SenderId = "DXPENT0000012345",
        ReceiverIds = [DxpEnvelope.DeclarationReceiver],
        CreatedAt = new DateTimeOffset(2026, 11, 22, 10, 30, 15, 250, TimeSpan.FromHours(8)),
        MessageType = "DECMSG",
        Data = "<DecMessage xmlns=\"http://www.chinaport.gov.cn/dec\"/>"u8.ToArray(),
        FileName = "DECMSG_0F8FAD5B-D9CB-469F-A165-70867728950E.xml",
        BusinessKeys = ["EXP202611220001"],
    };

    [Fact]
    public void ToXml_Sample_MatchesGolden() => TestFiles.MatchesGolden(Sample.ToXml(), "dxp-envelope.xml");

    [Fact]
    public void Read_OfToXml_GivesTheSameEnvelope() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Envelopes().ToArbitrary(), envelope =>
        {
            var read = DxpEnvelope.Read(envelope.ToXml());
            read.Report.Issues.ShouldBeEmpty();
            Same(read.Value!, envelope);
        }));

    [Theory]
    [InlineData("CopMsgId", "DXP001")]
    [InlineData("CopMsgId too long", "DXP002")]
    [InlineData("SenderId too long", "DXP002")]
    [InlineData("no receivers", "DXP002")]
    [InlineData("six receivers", "DXP002")]
    [InlineData("MsgType", "DXP001")]
    [InlineData("Data", "DXP001")]
    public void Validate_BrokenField_IsReportedWithItsCode(string broken, string code)
    {
        var envelope = broken switch
        {
            "CopMsgId" => Sample with { CopMsgId = " " },
            "CopMsgId too long" => Sample with { CopMsgId = new string('A', 256) },
            "SenderId too long" => Sample with { SenderId = "DXPENT00000123456" },
            "no receivers" => Sample with { ReceiverIds = [] },
            "six receivers" => Sample with { ReceiverIds = [.. Enumerable.Repeat("DXPEDCDEC0000001", 6)] },
            "MsgType" => Sample with { MessageType = string.Empty },
            "Data" => Sample with { Data = ReadOnlyMemory<byte>.Empty },
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };

        envelope.Validate().Issues.Select(i => i.Code).ShouldBe([code]);
        Should.Throw<DocumentValidationException>(envelope.ToXml);
    }

    [Fact]
    public void Validate_Sample_IsValid() => Sample.Validate().IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("<a/>", "DXP003")]
    [InlineData("data not base64", "DXP004")]
    [InlineData("bad time", "DXP005")]
    [InlineData("<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>", "XML004")]
    [InlineData("<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><d>&c;</d>", "XML004")]
    [InlineData("deep", "XML002")]
    [InlineData("truncated", "XML001")]
    [InlineData("latin1", "XML003")]
    public void Read_BrokenOrHostileInput_EndsInOneClearIssue(string input, string code)
    {
        var sample = Encoding.UTF8.GetString(Sample.ToXml());
        var bytes = input switch
        {
            "data not base64" => Encoding.UTF8.GetBytes(sample.Replace("<dxp:Data>", "<dxp:Data>!!", StringComparison.Ordinal)),
            "bad time" => Encoding.UTF8.GetBytes(sample.Replace("2026-11-22T10:30:15.250+08:00", "yesterday", StringComparison.Ordinal)),
            "deep" => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<a>", 200)) + string.Concat(Enumerable.Repeat("</a>", 200))),
            "truncated" => Encoding.UTF8.GetBytes(sample[..(sample.Length / 2)]),
            "latin1" => Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><dxp:DxpMsg xmlns:dxp=\"http://www.chinaport.gov.cn/dxp\">é</dxp:DxpMsg>"),
            _ => Encoding.UTF8.GetBytes(input),
        };

        var read = DxpEnvelope.Read(bytes);

        read.Value.ShouldBeNull();
        read.Report.Issues.Select(i => i.Code).ShouldBe([code]);
        read.Report.Issues[0].Message.ShouldNotContain("\n");
    }

    internal static void Same(DxpEnvelope actual, DxpEnvelope expected)
    {
        actual.CopMsgId.ShouldBe(expected.CopMsgId);
        actual.SenderId.ShouldBe(expected.SenderId);
        actual.ReceiverIds.ShouldBe(expected.ReceiverIds);
        actual.CreatedAt.ShouldBe(expected.CreatedAt);
        actual.CreatedAt.Offset.ShouldBe(expected.CreatedAt.Offset);
        actual.MessageType.ShouldBe(expected.MessageType);
        actual.Data.ToArray().ShouldBe(expected.Data.ToArray());
        actual.FileName.ShouldBe(expected.FileName);
        actual.IcCard.ShouldBe(expected.IcCard);
        actual.BusinessKeys.ShouldBe(expected.BusinessKeys);
    }

    private static Gen<DxpEnvelope> Envelopes() =>
        from id in DeclarationGenerators.Token(255)
        from sender in DeclarationGenerators.Token(16)
        from receivers in Gen.Choose(1, 5).SelectMany(count => Gen.ArrayOf(DeclarationGenerators.Token(16), count))
        from milliseconds in Gen.Choose(0, int.MaxValue)
        from offset in Gen.Choose(-14 * 4, 14 * 4)
        from type in DeclarationGenerators.Token(30)
        from head in Gen.Choose(0, 255)
        from tail in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
        let data = (byte[])[(byte)head, .. tail]
        from fileName in Gen.OneOf(Gen.Constant<string?>(null), DeclarationGenerators.Token(60).Select(t => (string?)t))
        from card in Gen.OneOf(Gen.Constant<string?>(null), DeclarationGenerators.Token(20).Select(t => (string?)t))
        from keys in Gen.ArrayOf(DeclarationGenerators.Token(40))
        select new DxpEnvelope
        {
            CopMsgId = id,
            SenderId = sender,
            ReceiverIds = receivers,
            CreatedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMilliseconds(milliseconds).ToOffset(TimeSpan.FromMinutes(offset * 15)),
            MessageType = type,
            Data = data,
            FileName = fileName,
            IcCard = card,
            BusinessKeys = keys,
        };
}
