using System.Collections.Concurrent;
using Gateway.Sdk.Transport;
using Gateway.Simulator;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Gateway.Integration.Tests.Transport;

/// <summary>
/// The issue's evidence: with 30% injected faults of every kind, 1,000 submissions from 8 concurrent callers end with
/// exactly 1,000 filings in the simulator's ledger, none duplicated, none lost, and every caller told the truth.
/// </summary>
public class ExactlyOnceTests(ITestOutputHelper output)
{
    private const int Submissions = 1000;
    private const int Callers = 8;

    private static readonly byte[][] Messages = [.. Enumerable.Range(0, Submissions).Select(i => SimulatorTests.Bytes($"EO{i:D6}"))];

    [Fact]
    public async Task SubmitAsync_ThirtyPercentFaultsOfEveryKind_FilesEachMessageExactlyOnce()
    {
        var (results, failures, ledger, log) = await RunAsync(new GatewayClientOptions { BreakerFailureRatio = 1.0, BreakerMinimumThroughput = 1000 }, outage: false);

        AssertExactlyOnce(results, failures, ledger);
        Report(results, ledger, log);
    }

    [Fact]
    public async Task SubmitAsync_CircuitBreakerOpensAndClosesAgain_FilesEachMessageExactlyOnce()
    {
        var (results, failures, ledger, log) = await RunAsync(new GatewayClientOptions
        {
            BreakerFailureRatio = 0.6,
            BreakerMinimumThroughput = 10,
            BreakerSamplingDuration = TimeSpan.FromSeconds(1),
            BreakerBreakDuration = TimeSpan.FromMilliseconds(500),
        }, outage: true);

        AssertExactlyOnce(results, failures, ledger);
        Report(results, ledger, log);
        log.ShouldContain(line => line.Contains("circuit breaker opened", StringComparison.Ordinal));
        log.ShouldContain(line => line.Contains("circuit breaker closed", StringComparison.Ordinal));
    }

    private void Report(ConcurrentDictionary<string, SubmissionResult> results, List<System.Text.Json.JsonElement> ledger, List<string> log) =>
        output.WriteLine($"filings {ledger.Count}, attempts {results.Values.Sum(r => r.Attempts)}, presentations {ledger.Sum(e => e.GetProperty("presented").GetInt32())}, " +
            $"already filed when retried {results.Values.Count(r => r.AlreadyFiled)}, found by status query {log.Count(l => l.Contains("found by status query", StringComparison.Ordinal))}, " +
            $"breaker opened {log.Count(l => l.Contains("breaker opened", StringComparison.Ordinal))} and closed {log.Count(l => l.Contains("breaker closed", StringComparison.Ordinal))} times, {log[^1]}");

    private static void AssertExactlyOnce(ConcurrentDictionary<string, SubmissionResult> results, ConcurrentBag<Exception> failures, List<System.Text.Json.JsonElement> ledger)
    {
        failures.ShouldBeEmpty();
        results.Count.ShouldBe(Submissions);
        ledger.Count.ShouldBe(Submissions);
        var ids = ledger.Select(e => e.GetProperty("id").GetString()!).ToList();
        ids.Distinct().Count().ShouldBe(Submissions);
        ids.Order().ShouldBe(results.Keys.Order());

        // Every caller was told the truth: the filing it was given is the ledger's, payload included.
        foreach (var entry in ledger)
        {
            var result = results[entry.GetProperty("id").GetString()!];
            result.Filing.AcceptedAt.ShouldBe(entry.GetProperty("firstAcceptedAt").GetDateTimeOffset());
            result.Filing.TimesPresented.ShouldBeLessThanOrEqualTo(entry.GetProperty("presented").GetInt32());
            if (!result.AlreadyFiled)
            {
                result.Filing.TimesPresented.ShouldBe(1, "a first filing");
            }
        }
    }

    /// <summary>Runs the submissions; with <paramref name="outage"/>, every request fails from the 300th filing until the breaker has opened twice (its half-open trial failed too), then faults drop back to 30%.</summary>
    private static async Task<(ConcurrentDictionary<string, SubmissionResult>, ConcurrentBag<Exception>, List<System.Text.Json.JsonElement>, List<string>)> RunAsync(GatewayClientOptions breaker, bool outage)
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions
        {
            FaultRate = 0.3,
            Seed = 42,
            SlowResponse = TimeSpan.FromMilliseconds(400),
        });
        var outageStarted = 0;
        var opened = 0;
        var resubmitted = 0;
        var log = new ListLogger(line =>
        {
            if (outage && line.Contains("circuit breaker opened", StringComparison.Ordinal) && Volatile.Read(ref outageStarted) == 1 && ++opened == 2)
            {
                simulator.FaultRate = 0.3;
            }
        });
        using var client = new GatewayClient(
            breaker with
            {
                Endpoint = simulator.BaseAddress,
                ApiKey = simulator.ApiKey,
                AttemptTimeout = TimeSpan.FromMilliseconds(200),
                TotalTimeout = TimeSpan.FromMinutes(2),
                BaseDelay = TimeSpan.FromMilliseconds(5),
                MaxDelay = TimeSpan.FromMilliseconds(50),
                MaxRetries = 100,
            },
            log);
        var results = new ConcurrentDictionary<string, SubmissionResult>();
        var failures = new ConcurrentBag<Exception>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < Submissions)
            {
                var message = GatewayMessage.FromXml(Messages[i]);
                for (var tries = 1; ; tries++)
                {
                    try
                    {
                        results[message.Id] = await client.SubmitAsync(message);
                        if (outage && results.Count == 300 && Interlocked.Exchange(ref outageStarted, 1) == 0)
                        {
                            simulator.FaultRate = 1.0;
                        }

                        break;
                    }
                    catch (GatewayRequestException e) when (e.IsTransient && tries < 10)
                    {
                        // What an ERP's outbox does when a call gives up: submit the same message again later.
                        Interlocked.Increment(ref resubmitted);
                    }
                    catch (GatewayRequestException e)
                    {
                        failures.Add(e);
                        break;
                    }
                }
            }
        })));

        log.Lines.ShouldAllBe(line => !line.Contains(simulator.ApiKey, StringComparison.Ordinal) && !line.Contains("<DecMessage", StringComparison.Ordinal), "logs carry neither keys nor payloads");
        log.Lines.Add($"resubmitted {resubmitted} times after a transient failure");
        return (results, failures, await SimulatorTests.LedgerAsync(simulator), log.Lines);
    }

    private sealed class ListLogger(Action<string> onLine) : ILogger<GatewayClient>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = formatter(state, exception);
            lock (Lines)
            {
                Lines.Add(line);
                onLine(line);
            }
        }
    }
}
