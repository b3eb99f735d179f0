using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Transport;
using Gateway.Simulator;
using QuickStart;

namespace Gateway.Sdk.Benchmarks;

/// <summary>
/// Submissions per second to the in-process simulator over loopback: 8 concurrent callers, each submission a fresh
/// declaration written (and, with <see cref="Sm2Envelope"/>, wrapped in a DXP envelope signed with SM2 sm2-chinaport, which the simulator verifies), identified,
/// sent and acknowledged; with faults, 30% of requests meet a 503/429/slow/reset/lost-response fault and are retried.
/// One operation is one filed declaration: throughput = 1 / mean. Run:
/// <c>dotnet run -c Release --project tests/Gateway.Sdk.Benchmarks -- --filter *Submission*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class SubmissionBenchmarks : IAsyncDisposable
{
    private const int Callers = 8;
    private const int PerCaller = 64;
    private GatewaySimulator _simulator = null!;
    private GatewayClient _client = null!;
    private LocalSigner _signer = null!;
    private long _next;

    [Params(false, true)]
    public bool Sm2Envelope { get; set; }

    [Params(0.0, 0.3)]
    public double FaultRate { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _signer = KeyGenerator.Create(SignatureKeyAlgorithm.Sm2).ToSigner();
        _simulator = await GatewaySimulator.StartAsync(new SimulatorOptions
        {
            FaultRate = FaultRate,
            Seed = 7,
            SlowResponse = TimeSpan.FromMilliseconds(200),
            RegisteredSigners = [_signer.Certificate],
        });
        _client = new GatewayClient(new GatewayClientOptions
        {
            Endpoint = _simulator.BaseAddress,
            ApiKey = _simulator.ApiKey,
            AttemptTimeout = TimeSpan.FromMilliseconds(100),
            BaseDelay = TimeSpan.FromMilliseconds(2),
            MaxDelay = TimeSpan.FromMilliseconds(20),
            MaxRetries = 50,
            BreakerFailureRatio = 1.0,
            BreakerMinimumThroughput = 1000,
        });
    }

    [Benchmark(OperationsPerInvoke = Callers * PerCaller)]
    public Task Submit() => Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
    {
        for (var i = 0; i < PerCaller; i++)
        {
            var declaration = ExportDeclarationSample.Create($"B{Interlocked.Increment(ref _next):D17}");
            var xml = new DeclarationXmlWriter().Write(declaration);
            var message = Sm2Envelope
                ? await GatewayMessage.EnvelopeAsync(xml, "DXPENT0000012345", signer: _signer, profile: SignatureProfiles.Sm2ChinaPort)
                : GatewayMessage.FromXml(xml);
            await _client.SubmitAsync(message);
        }
    })));

    [GlobalCleanup]
    public async Task Cleanup() => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        _signer?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
