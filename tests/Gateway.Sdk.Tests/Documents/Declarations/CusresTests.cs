using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Transport;

namespace Gateway.Sdk.Tests.Documents.Declarations;

/// <summary>CUSRES D.96B: a receipt read from CUSRES equals the same receipt read from XML; golden files; broken input.</summary>
public class CusresTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;
    private static readonly EdifactInterchangeOptions Fixed = new() { Sender = "CHINAPORT", Recipient = "GATEWAY-SDK", Prepared = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)), ControlReference = "R20261122001" };

    public static TheoryData<string> Goldens => ["receipt-dec-result", "receipt-import-response"];

    [Fact]
    public void Read_OfWrite_GivesWhatTheXmlReceiptGives() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(DeclarationReceiptWriterTests.Receipts().ToArbitrary(), receipt =>
        {
            var fromXml = new DeclarationReceiptReader().Read(new MemoryStream(DeclarationReceiptWriter.Write(receipt))).Value;
            var read = CusresReader.Read(new MemoryStream(new CusresWriter(Fixed).Write(receipt)));

            read.Report.Issues.ShouldBeEmpty();
            read.Value.ShouldBe(fromXml);
        }));

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Write_GoldenReceipt_MatchesTheGoldenCusresAndReadsBack(string name)
    {
        var receipt = new DeclarationReceiptReader().Read(File.OpenRead(TestFiles.TestData($"golden/{name}.xml"))).Value!;

        var bytes = new CusresWriter(Fixed).Write(receipt);

        TestFiles.MatchesGolden(bytes, $"{name}.cusres.edi");
        CusresReader.Read(new MemoryStream(bytes)).Value.ShouldBe(receipt);
    }

    [Fact]
    public void Write_StatusCodeLongerThanGis_TravelsInFtx()
    {
        var receipt = new DeclarationReceipt { Kind = DeclarationReceiptKind.ImportResponse, Status = ReceiptStatus.Rejected, RawCode = "-9999", Message = "报文格式错误; a=b" };

        var bytes = new CusresWriter(Fixed).Write(receipt);

        Encoding.UTF8.GetString(bytes).ShouldContain("FTX+ZZZ+++ResponseCode=-9999;ErrorMessage=报文格式错误%3B a%3Db'");
        CusresReader.Read(new MemoryStream(bytes)).Value!.RawCode.ShouldBe("-9999");
    }

    [Fact]
    public void Write_MessageLongerThanNineFtx_IsEdi401()
    {
        var receipt = new DeclarationReceipt { Kind = DeclarationReceiptKind.Result, Status = ReceiptStatus.Unknown, RawCode = "P", Message = new string('长', 4000) };

        Should.Throw<EdifactException>(() => new CusresWriter(Fixed).Write(receipt)).Code.ShouldBe("EDI401");
    }

    [Theory]
    [InlineData("UNB+UNOW:4+S+R+20261122:1000+1'UNH+1+CUSDEC:D:96B:UN'BGM+830'UNS+D'UNS+S'UNT+5+1'UNZ+1+1'", "EDI405")]
    [InlineData("UNB+UNOW:4+S+R+20261122:1000+1'UNH+1+CUSRES:D:96B:UN'BGM+:::DEC_DATA'UNT+3+1'UNZ+1+1'", "EDI406")]
    [InlineData("UNB+UNOW:4+S+R+20261122:1000+1'UNH+1+CUSRES:D:96B:UN'BGM+:::DEC_RESULT'GIS+P'UNT+4+1'UNZ+1+1", "EDI001")]
    [InlineData("UNB+UNOW:4+S+R+20261122:1000+1'UNH+1+CUSRES:D:96B:UN'GIS+P'UNT+3+1'UNZ+1+1'", "EDI301")]
    public void Read_BrokenInput_IsAnIssueNotAnException(string text, string code)
    {
        var result = CusresReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        result.Report.Errors.ShouldContain(i => i.Code == code);
    }
}
