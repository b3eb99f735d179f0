using Gateway.Sdk;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Transport;
using QuickStart;

namespace Gateway.Sdk.Tests.Transport;

/// <summary>The desktop client's folders behind <see cref="IGatewayClient"/>: atomic drop, no double filing, receipts from InBox.</summary>
public sealed class FileDropClientTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gateway-filedrop-").FullName;

    [Fact]
    public async Task SubmitAsync_WritesTheExactBytesToOutBoxUnderItsIdAndLeavesNoTemporaryFile()
    {
        var client = Client();
        var message = Message("EXP-FD-1");

        var result = await client.SubmitAsync(message);

        result.AlreadyFiled.ShouldBeFalse();
        Directory.GetFiles(Box("OutBox")).Select(Path.GetFileName).ShouldBe(["DECMSG_EXP-FD-1.xml"]);
        (await File.ReadAllBytesAsync(Path.Combine(Box("OutBox"), "DECMSG_EXP-FD-1.xml"))).ShouldBe(message.Content.ToArray());
    }

    [Fact]
    public async Task SubmitAsync_AgainAfterTheClientSentIt_DoesNotWriteItTwice()
    {
        var client = Client();
        await client.SubmitAsync(Message("EXP-FD-2"));
        File.Move(Path.Combine(Box("OutBox"), "DECMSG_EXP-FD-2.xml"), Path.Combine(Box("SentBox"), "DECMSG_EXP-FD-2.xml"));

        var again = await client.SubmitAsync(Message("EXP-FD-2"));

        again.AlreadyFiled.ShouldBeTrue();
        Directory.GetFiles(Box("OutBox")).ShouldBeEmpty();
        (await client.GetStatusAsync("EXP-FD-2")).ShouldNotBeNull();
    }

    [Fact]
    public async Task SubmitAsync_SameIdOtherContent_IsRefusedAsConflict()
    {
        var client = Client();
        await client.SubmitAsync(Message("EXP-FD-3"));

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(Message("EXP-FD-3", remarks: "changed")));

        error.ErrorCode.ShouldBe("GW409");
    }

    [Fact]
    public async Task WatchAsync_ReceiptsInInBox_AreMatchedByClientSeqNoThenSeqNoAndEndAtTheFinalOne()
    {
        var client = Client();
        await client.SubmitAsync(Message("EXP-FD-4"));
        Drop("a.xml", new DeclarationReceipt { Kind = DeclarationReceiptKind.ImportResponse, Status = default, RawCode = "0", ClientSeqNo = "EXP-FD-4", SeqNo = "202600000000000004" }, 1);
        Drop("b.xml", new DeclarationReceipt { Kind = DeclarationReceiptKind.ImportResponse, Status = default, RawCode = "0", ClientSeqNo = "OTHER", SeqNo = "202600000000000999" }, 2);
        Drop("c.xml", new DeclarationReceipt { Kind = DeclarationReceiptKind.Result, Status = default, RawCode = "L", SeqNo = "202600000000000004" }, 3);
        Drop("d.xml", new DeclarationReceipt { Kind = DeclarationReceiptKind.Result, Status = default, RawCode = "P", SeqNo = "202600000000000999" }, 4);
        Drop("e.xml", new DeclarationReceipt { Kind = DeclarationReceiptKind.Result, Status = default, RawCode = "E", SeqNo = "202600000000000004", Message = "退单" }, 5);

        var receipts = new List<GatewayReceipt>();
        await foreach (var receipt in client.WatchAsync("EXP-FD-4"))
        {
            receipts.Add(receipt);
        }

        receipts.Select(r => (r.Sequence, r.Code, r.Status)).ShouldBe([(1, "0", ReceiptStatus.Accepted), (2, "L", ReceiptStatus.Accepted), (3, "E", ReceiptStatus.Rejected)]);
        receipts.ShouldAllBe(r => r.MessageId == "EXP-FD-4");
    }

    [Fact]
    public async Task GetReceiptsAsync_MessageInFailBox_EndsWithAFailedReceiptAndCountsAsNotFiled()
    {
        var client = Client();
        await client.SubmitAsync(Message("EXP-FD-5"));
        File.Move(Path.Combine(Box("OutBox"), "DECMSG_EXP-FD-5.xml"), Path.Combine(Box("FailBox"), "DECMSG_EXP-FD-5.xml"));

        var receipts = await client.GetReceiptsAsync("EXP-FD-5");

        receipts.Single().Status.ShouldBe(ReceiptStatus.Failed);
        receipts.Single().Code.ShouldBe("FailBox");
        (await client.GetStatusAsync("EXP-FD-5")).ShouldBeNull();
        (await client.SubmitAsync(Message("EXP-FD-5"))).AlreadyFiled.ShouldBeFalse();
    }

    [Fact]
    public async Task GetReceiptsAsync_UnknownId_IsGw404() =>
        (await Should.ThrowAsync<GatewayRequestException>(Client().GetReceiptsAsync("NOPE"))).ErrorCode.ShouldBe("GW404");

    [Fact]
    public async Task SubmitAsync_IdWithSeparatorsAndWildcards_GetsItsOwnSafeFileName()
    {
        var client = Client();
        await client.SubmitAsync(Message("A_B*1/2"));
        await client.SubmitAsync(Message("A_B?1/2"));

        Directory.GetFiles(Box("OutBox")).Select(Path.GetFileName).Order().ShouldBe(["DECMSG_A%5FB%2A1%2F2.xml", "DECMSG_A%5FB%3F1%2F2.xml"]);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private FileDropClient Client() => new(new FileDropOptions { Root = _root, PollInterval = TimeSpan.FromMilliseconds(1) });

    private string Box(string name) => Path.Combine(_root, name);

    private void Drop(string name, DeclarationReceipt receipt, int minute)
    {
        var path = Path.Combine(Box("InBox"), name);
        File.WriteAllBytes(path, DeclarationReceiptWriter.Write(receipt));
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 11, 22, 2, minute, 0, DateTimeKind.Utc));
    }

    private static GatewayMessage Message(string id, string? remarks = null)
    {
        var declaration = ExportDeclarationSample.Create(id);
        return GatewayMessage.FromXml(new DeclarationXmlWriter().Write(remarks is null ? declaration : declaration with { Head = declaration.Head with { Remarks = remarks } }));
    }
}
