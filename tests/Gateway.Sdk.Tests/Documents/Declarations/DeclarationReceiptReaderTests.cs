using Gateway.Sdk;
using System.Text;
using Gateway.Sdk.Documents.Declarations;

namespace Gateway.Sdk.Tests.Documents.Declarations;

public class DeclarationReceiptReaderTests
{
    private readonly DeclarationReceiptReader _reader = new();

    [Fact]
    public void Read_ImportResponseAccepted_EchoesClientSeqNoAndSeqNo()
    {
        var receipt = Read("<DecImportResponse><ResponseCode>0</ResponseCode><ErrorMessage/><ClientSeqNo>EXP202611220001</ClientSeqNo><SeqNo>000000001234567890</SeqNo></DecImportResponse>");
        (receipt.Kind, receipt.Status, receipt.RawCode, receipt.ClientSeqNo, receipt.SeqNo, receipt.Message).ShouldBe(
            (DeclarationReceiptKind.ImportResponse, ReceiptStatus.Accepted, "0", "EXP202611220001", "000000001234567890", null));
    }

    [Fact]
    public void Read_ImportResponseFailed_IsRejectedWithMessage()
    {
        var receipt = Read("<DecImportResponse><ResponseCode>1</ResponseCode><ErrorMessage>表头申报单位代码不能为空</ErrorMessage></DecImportResponse>");
        (receipt.Status, receipt.Message).ShouldBe((ReceiptStatus.Rejected, "表头申报单位代码不能为空"));
    }

    [Theory]
    [InlineData("L", ReceiptStatus.Accepted, false)]
    [InlineData("P", ReceiptStatus.Released, false)]
    [InlineData("R", ReceiptStatus.Closed, false)]
    [InlineData("E", ReceiptStatus.Rejected, false)]
    [InlineData("C", ReceiptStatus.Inspection, false)]
    [InlineData("K", ReceiptStatus.Released, false)]
    [InlineData("B", ReceiptStatus.Released, false)]
    [InlineData("SpL", ReceiptStatus.Accepted, true)]
    [InlineData("SpC", ReceiptStatus.Inspection, true)]
    [InlineData("Q", ReceiptStatus.Unknown, false)]
    public void Read_DecResult_NormalizesChannelAndKeepsRawCode(string channel, ReceiptStatus status, bool twoStep)
    {
        var receipt = Read($"<DEC_RESULT><CUS_CIQ_NO>000000001234567890</CUS_CIQ_NO><ENTRY_ID>530420261000012345</ENTRY_ID><NOTICE_DATE>2026-11-22 10:15:00</NOTICE_DATE><CHANNEL>{channel}</CHANNEL><NOTE>note</NOTE><CUSTOM_MASTER>5304</CUSTOM_MASTER></DEC_RESULT>");
        (receipt.Kind, receipt.Status, receipt.RawCode, receipt.IsTwoStep).ShouldBe((DeclarationReceiptKind.Result, status, channel, twoStep));
        receipt.EntryId.ShouldBe("530420261000012345");
        receipt.NoticedAt.ShouldBe(new DateTimeOffset(2026, 11, 22, 10, 15, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Read_DecDataWrapper_ReadsTheResultInside()
    {
        var receipt = Read("<DEC_DATA><DEC_RESULT><CHANNEL>P</CHANNEL><NOTICE_DATE>20261122101500</NOTICE_DATE></DEC_RESULT><DEC_HEAD/></DEC_DATA>");
        receipt.Status.ShouldBe(ReceiptStatus.Released);
        receipt.NoticedAt.ShouldNotBeNull();
    }

    [Fact]
    public void Read_UnknownTimeFormat_KeepsTheRawText()
    {
        var receipt = Read("<DEC_RESULT><CHANNEL>L</CHANNEL><NOTICE_DATE>22/11/2026</NOTICE_DATE></DEC_RESULT>");
        (receipt.NoticeTime, receipt.NoticedAt).ShouldBe(("22/11/2026", null));
    }

    [Theory]
    [InlineData("<Other/>", "REC001")]
    [InlineData("<DEC_DATA/>", "REC001")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"b\">]><DEC_RESULT>&a;</DEC_RESULT>", "XML004")]
    [InlineData("<DEC_RESULT><CHANNEL>P", "XML001")]
    public void Read_NotAReceipt_IsOneIssue(string xml, string code)
    {
        var result = _reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        result.Value.ShouldBeNull();
        result.Report.Issues.ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    private DeclarationReceipt Read(string xml) => _reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml))).GetValueOrThrow();
}
