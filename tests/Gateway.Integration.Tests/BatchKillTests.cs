using System.Diagnostics;
using Gateway.Simulator;
using Gateway.Tests.Shared;

namespace Gateway.Integration.Tests;

/// <summary>The batch's exactly-once evidence: <c>gateway batch</c> as a real process, killed with SIGKILL at three points
/// and started again with the same journal, against the simulator with 20% faults.</summary>
[Collection(Heavy.Name)]
public class BatchKillTests
{
    /// <summary>Rows in the workbook: 5,000 as the issue asks; GATEWAY_BATCH_ROWS changes it for a quicker local run.</summary>
    private static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_BATCH_ROWS"), out var n) ? n : 5000;

    [Fact]
    public async Task Batch_KilledThreeTimesAndResumed_FilesEveryDeclarationExactlyOnce()
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { FaultRate = 0.2, Seed = 11, SlowResponse = TimeSpan.FromMilliseconds(300), ReceiptInterval = TimeSpan.FromMilliseconds(10) });
        var folder = Directory.CreateTempSubdirectory("gateway-kill-").FullName;
        var workbook = Path.Combine(folder, "batch.xlsx");
        var journal = Path.Combine(folder, "batch.journal");
        var sample = QuickStart.ExportDeclarationSample.Create("EXP-KILL");
        sample = sample with { Goods = [.. sample.Goods.Select(static g => g with { Licences = [] })] };
        var watch = Stopwatch.StartNew();
        File.WriteAllBytes(workbook, WorkbookFiller.Fill(Enumerable.Range(1, Rows).Select(i => ($"{i}", sample with { Sign = sample.Sign with { ClientSeqNo = $"EXP-KILL-{i:D5}" } }))));
        var written = watch.Elapsed;

        // Kill after the 2nd, 5th and 8th progress line of successive runs (each run prints a line per tenth of the batch).
        var random = new Random(5);
        foreach (var line in new[] { 2, 5, 8 }.Select(l => l + random.Next(0, 2)))
        {
            using var run = Start(workbook, journal, simulator);
            var seen = 0;
            while (await run.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(5)) is { } text)
            {
                if (text.Contains(" filed, ", StringComparison.Ordinal) && ++seen == line)
                {
                    run.Kill(entireProcessTree: true);
                    break;
                }
            }

            await run.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }

        watch.Restart();
        using var last = Start(workbook, journal, simulator);
        var output = await last.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(10));
        await last.WaitForExitAsync();
        var finished = watch.Elapsed;

        last.ExitCode.ShouldBe(0, await last.StandardError.ReadToEndAsync());
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^3..].ShouldBe(
            [$"{Rows} filings: {Rows} filed, 0 refused, 0 pending, 0 invalid", $"receipts: {Rows} answered (0 rejected by customs), 0 awaiting their final receipt", $"results: {Path.Combine(folder, "batch.results.xlsx")}"]);
        var ledger = await Transport.SimulatorTests.LedgerAsync(simulator);
        ledger.Count.ShouldBe(Rows);
        var ids = ledger.Select(static e => e.GetProperty("id").GetString()!).ToHashSet();
        ids.Count.ShouldBe(Rows);

        // The results workbook agrees with the ledger: one row per filing, each id in the ledger once, each closed with its entry id.
        var results = WorkbookRows.Read(Path.Combine(folder, "batch.results.xlsx"), "结果 Results").Skip(1).ToList();
        results.Count.ShouldBe(Rows);
        results.Select(static r => r[1]).ToHashSet().SetEquals(ids).ShouldBeTrue();
        results.ShouldAllBe(static r => r[3] == "Closed" && r[2].Length == 18);
        Console.WriteLine($"batch of {Rows}: workbook written in {written.TotalSeconds:F1} s; the last run took {finished.TotalSeconds:F1} s");
    }

    private static Process Start(string workbook, string journal, GatewaySimulator simulator)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "gateway.dll"), "batch", workbook, "--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey, "--journal", journal, "--parallel", "8", "--timeout", "300", "--retries", "12", "--poll", "0.5" })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
