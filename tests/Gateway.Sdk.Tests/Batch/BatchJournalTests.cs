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
    public async Task PrepareThenUpdate_KeepsIdAndBytesAndRecordsTheState(string kind)
    {
        var journal = Open(kind);
        await journal.PrepareAsync("1", "EXP-1", new byte[] { 1, 2, 3 });
        await journal.PrepareAsync("2", "EXP-2", new byte[] { 4 });
        _clock.Advance(TimeSpan.FromSeconds(5));
        await journal.UpdateAsync("1", BatchFilingState.Refused, "GW422: invalid");

        (await journal.LoadAsync()).ShouldBe(
        [
            new BatchEntry("1", "EXP-1", BatchFilingState.Refused, _clock.GetUtcNow(), "GW422: invalid"),
            new BatchEntry("2", "EXP-2", BatchFilingState.Prepared, _clock.GetUtcNow().AddSeconds(-5)),
        ]);
        (await journal.ContentAsync("1"))!.Value.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
        (await journal.ContentAsync("3")).ShouldBeNull();
        (journal as IDisposable)?.Dispose();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Update_OfAKeyNeverPrepared_Fails(string kind)
    {
        var journal = Open(kind);
        await Should.ThrowAsync<InvalidOperationException>(journal.UpdateAsync("9", BatchFilingState.Filed, null));
        (journal as IDisposable)?.Dispose();
    }

    [Fact]
    public async Task Sqlite_OpenedAgainAfterAStop_HasEveryRecord()
    {
        var path = Path.Combine(_folder, "batch.journal");
        using (var journal = new SqliteBatchJournal(path, _clock))
        {
            await journal.PrepareAsync("1", "EXP-1", "<DecMessage/>"u8.ToArray());
            await journal.UpdateAsync("1", BatchFilingState.Filed, "2026-11-22T02:00:00.0000000+00:00");
            await journal.PrepareAsync("2", "EXP-2", "<x/>"u8.ToArray());
        }

        using var reopened = new SqliteBatchJournal(path, _clock);
        (await reopened.LoadAsync()).Select(static e => (e.Key, e.MessageId, e.State)).ShouldBe([("1", "EXP-1", BatchFilingState.Filed), ("2", "EXP-2", BatchFilingState.Prepared)]);
        (await reopened.ContentAsync("2"))!.Value.ToArray().ShouldBe("<x/>"u8.ToArray());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private IBatchJournal Open(string kind) => kind == "memory" ? new InMemoryBatchJournal(_clock) : new SqliteBatchJournal(Path.Combine(_folder, $"{Guid.NewGuid():N}.journal"), _clock);
}
