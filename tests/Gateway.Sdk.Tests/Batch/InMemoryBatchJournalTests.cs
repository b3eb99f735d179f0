using Gateway.Sdk.Batch;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.Batch;

public class InMemoryBatchJournalTests
{
    [Fact]
    public async Task PrepareThenUpdate_KeepsIdAndBytesAndRecordsTheState()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)));
        var journal = new InMemoryBatchJournal(clock);
        await journal.PrepareAsync("1", "EXP-1", new byte[] { 1, 2, 3 });
        clock.Advance(TimeSpan.FromSeconds(5));
        await journal.UpdateAsync("1", BatchFilingState.Filed, "ok");

        (await journal.LoadAsync()).ShouldBe([new BatchEntry("1", "EXP-1", BatchFilingState.Filed, clock.GetUtcNow(), "ok")]);
        (await journal.ContentAsync("1"))!.Value.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
        (await journal.ContentAsync("2")).ShouldBeNull();
    }

    [Fact]
    public async Task Update_OfAKeyNeverPrepared_Throws() =>
        await Should.ThrowAsync<InvalidOperationException>(new InMemoryBatchJournal().UpdateAsync("9", BatchFilingState.Filed, null));
}
