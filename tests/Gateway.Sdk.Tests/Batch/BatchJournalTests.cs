using Gateway.Sdk.Batch;
using Gateway.Sdk.Sqlite;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.Batch;

/// <summary>The journal contract, for the in-memory and the SQLite journal; and the SQLite journal across a restart.</summary>
public sealed class BatchJournalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-journal-").FullName;
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)));

    public static TheoryData<string> Kinds() => ["memory", "sqlite"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task PrepareThenRefuse_KeepsIdBytesAndLabelsAndRecordsTheState(string kind)
    {
        var journal = Open(kind);
        var start = _clock.GetUtcNow();
        await journal.PrepareAsync("1", "EXP-1", new byte[] { 1, 2, 3 }, ["rcep"]);
        await journal.PrepareAsync("2", "EXP-2", new byte[] { 4 }, []);
        _clock.Advance(TimeSpan.FromSeconds(5));
        await journal.RefusedAsync("1", "GW422: invalid");

        (await journal.LoadAsync()).ShouldBe(
        [
            new BatchEntry("1", "EXP-1", BatchFilingState.Refused, _clock.GetUtcNow(), "GW422: invalid") { PreparedAt = start, Labels = ["rcep"] },
            new BatchEntry("2", "EXP-2", BatchFilingState.Prepared, start) { PreparedAt = start },
        ]);
        (await journal.ContentAsync("1"))!.Value.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
        (await journal.ContentAsync("3")).ShouldBeNull();
        (journal as IDisposable)?.Dispose();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task FiledThenReceipts_RecordsEachReceiptOnceAndAFinalOneAnswersTheFiling(string kind)
    {
        var journal = Open(kind);
        var accepted = _clock.GetUtcNow().AddSeconds(1);
        await journal.PrepareAsync("1", "EXP-1", new byte[] { 1 }, []);
        await journal.FiledAsync("1", new Gateway.Sdk.Transport.Filing("EXP-1", "declaration", "DECMSG", accepted, 1));
        var released = new BatchReceipt(2, "P", ReceiptStatus.Released, false, accepted.AddMinutes(30), accepted.AddMinutes(31), "放行", null, "000020261000000001");
        var closed = new BatchReceipt(3, "R", ReceiptStatus.Closed, true, null, accepted.AddHours(2), "结关", "(simulated)", "000020261000000001");

        await journal.ReceiptAsync("1", released);
        var filed = (await journal.LoadAsync()).Single();
        await journal.ReceiptAsync("1", closed);
        await journal.ReceiptAsync("1", released);
        var answered = (await journal.LoadAsync()).Single();

        filed.State.ShouldBe(BatchFilingState.Filed);
        (filed.FiledAt, filed.Family, filed.FinalReceipt).ShouldBe((accepted, "declaration", null));
        answered.State.ShouldBe(BatchFilingState.Answered);
        answered.Receipts.ShouldBe([released, closed]);
        (answered.FinalReceipt, answered.EntryId, answered.FinalReceipt!.At).ShouldBe((closed, "000020261000000001", accepted.AddHours(2)));
        (journal as IDisposable)?.Dispose();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Changes_OfAKeyNeverPrepared_Fail(string kind)
    {
        var journal = Open(kind);
        await Should.ThrowAsync<InvalidOperationException>(journal.RefusedAsync("9", "GW422: invalid"));
        await Should.ThrowAsync<InvalidOperationException>(journal.FiledAsync("9", new Gateway.Sdk.Transport.Filing("9", "declaration", "DECMSG", _clock.GetUtcNow(), 1)));
        await Should.ThrowAsync<InvalidOperationException>(journal.ReceiptAsync("9", new BatchReceipt(1, "L", ReceiptStatus.Accepted, false, null, _clock.GetUtcNow(), string.Empty, null, null)));
        (journal as IDisposable)?.Dispose();
    }

    [Fact]
    public async Task Sqlite_OpenedAgainAfterAStop_HasEveryRecord()
    {
        var path = Path.Combine(_folder, "batch.journal");
        var receipt = new BatchReceipt(1, "L", ReceiptStatus.Accepted, false, _clock.GetUtcNow(), _clock.GetUtcNow(), "海关入库成功", null, null);
        using (var journal = new SqliteBatchJournal(path, _clock))
        {
            await journal.PrepareAsync("1", "EXP-1", "<DecMessage/>"u8.ToArray(), ["rcep"]);
            await journal.FiledAsync("1", new Gateway.Sdk.Transport.Filing("EXP-1", "declaration", "DECMSG", _clock.GetUtcNow(), 2));
            await journal.ReceiptAsync("1", receipt);
            await journal.PrepareAsync("2", "EXP-2", "<x/>"u8.ToArray(), []);
        }

        using var reopened = new SqliteBatchJournal(path, _clock);
        (await reopened.LoadAsync()).Select(static e => (e.Key, e.MessageId, e.State, string.Join(',', e.Labels), e.Receipts.Count)).ShouldBe([("1", "EXP-1", BatchFilingState.Filed, "rcep", 1), ("2", "EXP-2", BatchFilingState.Prepared, string.Empty, 0)]);
        (await reopened.LoadAsync())[0].Receipts.ShouldBe([receipt]);
        (await reopened.ContentAsync("2"))!.Value.ToArray().ShouldBe("<x/>"u8.ToArray());
    }

    [Fact]
    public void Sqlite_AJournalAnotherRunHasOpen_IsRefusedUntilItIsClosed()
    {
        var path = Path.Combine(_folder, "busy.journal");
        using (new SqliteBatchJournal(path, _clock))
        {
            Should.Throw<InvalidDataException>(() => new SqliteBatchJournal(path, _clock)).Message.ShouldBe($"{path}: the journal is in use by another gateway batch or report; wait for it to end, or give another --journal");
        }

        using var reopened = new SqliteBatchJournal(path, _clock);
    }

    [Fact]
    public void Sqlite_AJournalOfAnotherLayout_IsRefusedWithAClearMessage()
    {
        var path = Path.Combine(_folder, "old.journal");
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = "CREATE TABLE filings (key TEXT PRIMARY KEY, message_id TEXT NOT NULL, state INTEGER NOT NULL, updated_at TEXT NOT NULL, detail TEXT, content BLOB NOT NULL)";
            command.ExecuteNonQuery();
        }

        Should.Throw<InvalidDataException>(() => new SqliteBatchJournal(path)).Message.ShouldBe($"{path}: journal layout 0, this SDK reads layout 2; finish that batch with the version that started it, or start a new journal file");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private IBatchJournal Open(string kind) => kind == "memory" ? new InMemoryBatchJournal(_clock) : new SqliteBatchJournal(Path.Combine(_folder, $"{Guid.NewGuid():N}.journal"), _clock);
}
