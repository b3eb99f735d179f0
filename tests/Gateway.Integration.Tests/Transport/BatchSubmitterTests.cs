using System.Collections.Concurrent;
using Gateway.Sdk;
using Gateway.Sdk.Batch;
using Gateway.Sdk.Transport;
using Gateway.Simulator;

namespace Gateway.Integration.Tests.Transport;

/// <summary>The batch submitter against the simulator with faults: every filing once, a stopped batch resumed from its journal without preparing anything twice.</summary>
public class BatchSubmitterTests
{
    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task RunAsync_StoppedHalfwayAndRunAgain_FilesEveryDeclarationOnceAndPreparesEachOnce(string kind)
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { FaultRate = 0.2, Seed = 7 });
        var path = Path.Combine(Directory.CreateTempSubdirectory("gateway-batch-").FullName, "batch.journal");
        var memory = new InMemoryBatchJournal();
        IBatchJournal Journal() => kind == "memory" ? memory : new Gateway.Sdk.Sqlite.SqliteBatchJournal(path);
        var journal = Journal();
        var prepared = new ConcurrentDictionary<string, int>();
        var items = Enumerable.Range(1, 40).Select(n => new BatchItem(n.ToString(System.Globalization.CultureInfo.InvariantCulture), _ =>
        {
            prepared.AddOrUpdate($"{n}", 1, static (_, c) => c + 1);
            return Task.FromResult(SimulatorTests.Declaration($"BATCH-{n:D4}"));
        })).ToList();

        using var stop = new CancellationTokenSource();
        var progress = new Progress(p =>
        {
            if (p.Filed >= 15)
            {
                stop.Cancel();
            }
        });
        using (var client = Client(simulator))
        {
            await Should.ThrowAsync<OperationCanceledException>(new BatchSubmitter(client, journal, new BatchSubmitterOptions { MaxParallelism = 4 }).RunAsync(items, progress, stop.Token));
        }

        var afterStop = await journal.LoadAsync();
        afterStop.Count(static e => e.State == BatchFilingState.Filed).ShouldBeInRange(15, 39);
        (journal as IDisposable)?.Dispose();

        // A new process would open the journal again: so does the second run.
        journal = Journal();
        IReadOnlyList<BatchEntry> entries;
        using (var client = Client(simulator))
        {
            entries = await new BatchSubmitter(client, journal).RunAsync(items);
        }

        (journal as IDisposable)?.Dispose();

        entries.Count.ShouldBe(40);
        entries.ShouldAllBe(static e => e.State == BatchFilingState.Filed && e.Family == "declaration" && e.FiledAt != null);
        prepared.Values.ShouldAllBe(static c => c == 1, "a resumed batch sends the recorded bytes, it does not make the message again");
        var ledger = await SimulatorTests.LedgerAsync(simulator);
        ledger.Select(static e => e.GetProperty("id").GetString()).Order().ShouldBe(Enumerable.Range(1, 40).Select(static n => $"BATCH-{n:D4}"));
    }

    [Fact]
    public async Task RunAsync_RefusedFiling_IsRecordedWithTheReasonAndNotSentAgain()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        var journal = new InMemoryBatchJournal();
        var broken = System.Text.Encoding.UTF8.GetString(SimulatorTests.Bytes("BATCH-BAD")).Replace("<CodeTS>8471300000</CodeTS>", "<CodeTS>84713000</CodeTS>", StringComparison.Ordinal);
        BatchItem[] items = [new("good", _ => Task.FromResult(SimulatorTests.Declaration("BATCH-GOOD"))), new("bad", _ => Task.FromResult(GatewayMessage.FromXml(System.Text.Encoding.UTF8.GetBytes(broken))))];
        using var client = Client(simulator);
        var submitter = new BatchSubmitter(client, journal);

        var first = await submitter.RunAsync(items);
        var second = await submitter.RunAsync(items);

        first.Single(static e => e.Key == "bad").State.ShouldBe(BatchFilingState.Refused);
        first.Single(static e => e.Key == "bad").Detail!.ShouldStartWith("GW422");
        second.ShouldBe(first);
        simulator.FilingCount.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_WatchingReceipts_RecordsEachFilingsTimelineUntilItsFinalReceipt()
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { ReceiptInterval = TimeSpan.FromMilliseconds(20) });
        var journal = new InMemoryBatchJournal();
        BatchItem[] items =
        [
            new("1", _ => Task.FromResult(SimulatorTests.Declaration("WATCH-1"))) { Labels = [BatchLabels.Rcep] },
            new("2", _ => Task.FromResult(SimulatorTests.Declaration("WATCH-2", "[sim:reject=E]"))),
            new("3", _ => Task.FromResult(SimulatorTests.Declaration("WATCH-3", "[sim:inspect]"))),
        ];
        var reports = new List<BatchProgress>();
        using var client = Client(simulator);
        var options = new BatchSubmitterOptions { ReceiptWatch = TimeSpan.FromMinutes(1), ReceiptPollInterval = TimeSpan.FromMilliseconds(50) };

        var entries = await new BatchSubmitter(client, journal, options).RunAsync(items, new Progress(p => { lock (reports) { reports.Add(p); } }));

        entries.ShouldAllBe(static e => e.State == BatchFilingState.Answered);
        entries.Single(static e => e.Key == "1").Receipts.Select(static r => r.Code).ShouldBe(["0", "L", "P", "R"]);
        entries.Single(static e => e.Key == "1").Labels.ShouldBe([BatchLabels.Rcep]);
        entries.Single(static e => e.Key == "1").EntryId.ShouldNotBeNullOrEmpty();
        entries.Single(static e => e.Key == "2").FinalReceipt!.Status.ShouldBe(ReceiptStatus.Rejected);
        entries.Single(static e => e.Key == "3").Receipts.Select(static r => r.Code).ShouldBe(["0", "L", "C", "P", "R"]);
        entries.SelectMany(static e => e.Receipts).ShouldAllBe(static r => r.IssuedAt != null);
        reports[^1].ShouldBe(new BatchProgress(3, 3, 0, 0) { Answered = 3, Rejected = 1 });

        // A second run sends nothing and asks for nothing: every filing has its answer.
        var again = await new BatchSubmitter(client, journal, options).RunAsync(items);
        again.ShouldBe(entries);
        simulator.FilingCount.ShouldBe(3);
    }

    [Fact]
    public async Task RunAsync_RepeatedKey_IsRefusedBeforeAnythingIsSent()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var client = Client(simulator);
        BatchItem[] items = [new("1", _ => Task.FromResult(SimulatorTests.Declaration("A"))), new("1", _ => Task.FromResult(SimulatorTests.Declaration("B")))];
        await Should.ThrowAsync<ArgumentException>(new BatchSubmitter(client, new InMemoryBatchJournal()).RunAsync(items));
        simulator.FilingCount.ShouldBe(0);
    }

    private static GatewayClient Client(GatewaySimulator simulator) => SimulatorTests.ClientFor(simulator, new GatewayClientOptions
    {
        AttemptTimeout = TimeSpan.FromSeconds(2),
        TotalTimeout = TimeSpan.FromMinutes(1),
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromMilliseconds(50),
    });

    /// <summary>Reports synchronously, unlike <see cref="Progress{T}"/>, so the test stops the run at a known point.</summary>
    private sealed class Progress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
