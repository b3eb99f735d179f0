using Gateway.Sdk;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Transport;

namespace Gateway.Sdk.Tests.Documents.Declarations;

/// <summary>Receipts the simulator writes are what the reader reads: golden files and a round trip over random receipts.</summary>
public class DeclarationReceiptWriterTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;
    private static readonly string[] Channels = ["L", "E", "J", "K", "P", "R", "G", "C", "D", "H", "I", "M", "N", "T", "W", "Y", "Z", "B", "F", "S", "A", "X", "SpL", "SpE", "SpJ", "Sp1", "SpC", "SpK", "Q"];

    [Fact]
    public void Write_ImportResponse_MatchesGolden() => TestFiles.MatchesGolden(DeclarationReceiptWriter.Write(new DeclarationReceipt
    {
        Kind = DeclarationReceiptKind.ImportResponse,
        Status = ReceiptStatus.Accepted,
        RawCode = "0",
        ClientSeqNo = "EXP202611220001",
        SeqNo = "202600000000000123",
    }), "receipt-import-response.xml");

    [Fact]
    public void Write_DecResult_MatchesGolden() => TestFiles.MatchesGolden(DeclarationReceiptWriter.Write(new DeclarationReceipt
    {
        Kind = DeclarationReceiptKind.Result,
        Status = ReceiptStatus.Released,
        RawCode = "P",
        SeqNo = "202600000000000123",
        EntryId = "530420261000000123",
        NoticedAt = new DateTimeOffset(2026, 11, 22, 2, 30, 0, TimeSpan.Zero),
        Message = "放行",
        CustomsOffice = "5304",
        DeclarationDate = "20261122",
    }), "receipt-dec-result.xml");

    [Fact]
    public void Read_OfWrite_GivesTheSameReceipt() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Receipts().ToArbitrary(), receipt =>
        {
            using var stream = new MemoryStream(DeclarationReceiptWriter.Write(receipt));
            var read = new DeclarationReceiptReader().Read(stream);
            read.Report.Issues.ShouldBeEmpty();
            read.Value.ShouldBe(receipt with { Status = read.Value!.Status, Description = read.Value.Description, IsTwoStep = read.Value.IsTwoStep, NoticedAt = read.Value.NoticedAt });
            read.Value.Status.ShouldBe(receipt.Kind == DeclarationReceiptKind.Result ? DeclarationReceiptReader.StatusOf(receipt.RawCode) : receipt.RawCode == "0" ? ReceiptStatus.Accepted : ReceiptStatus.Rejected);
        }));

    internal static Gen<DeclarationReceipt> Receipts() =>
        from result in Gen.Elements(true, false)
        from channel in Gen.Elements(Channels)
        from importCode in Gen.Elements("0", "1", "-1", "2")
        from seqNo in Optional(DeclarationGenerators.Token(18))
        from entryId in Optional(DeclarationGenerators.Token(18))
        from message in Optional(DeclarationGenerators.Token(200))
        from client in Optional(DeclarationGenerators.Token(18))
        from office in Optional(DeclarationGenerators.Token(4))
        from notice in Optional(Gen.Choose(0, int.MaxValue).Select(s => new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).AddSeconds(s).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)))
        select result
            ? new DeclarationReceipt { Kind = DeclarationReceiptKind.Result, Status = ReceiptStatus.Unknown, RawCode = channel, SeqNo = seqNo, EntryId = entryId, Message = message, NoticeTime = notice, CustomsOffice = office, ImportExportDate = office, DeclarationDate = client }
            : new DeclarationReceipt { Kind = DeclarationReceiptKind.ImportResponse, Status = ReceiptStatus.Unknown, RawCode = importCode, Message = message, ClientSeqNo = client, SeqNo = seqNo, TransitPreEntryId = entryId };

    private static Gen<string?> Optional(Gen<string> gen) => Gen.OneOf(Gen.Constant<string?>(null), gen.Select(s => (string?)s));
}
