using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Transport;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Benchmarks;

/// <summary>
/// The two stages of <c>gateway batch</c> before sending, per declaration of the sample batch (examples/data): importing a
/// 5,000-declaration workbook (SAX read of five sheets, conversion and rule validation of every declaration), and
/// validating, signing (SM2 DecSign) and writing each declaration as the batch prepares it. One operation is one
/// declaration: rows per second = 1 / mean. Run:
/// <c>dotnet run -c Release --project tests/Gateway.Sdk.Benchmarks -- --filter *BatchBenchmarks*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int Rows = 5000;
    private byte[] _workbook = null!;
    private List<CustomsDeclaration> _declarations = null!;
    private LocalSigner _signer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sample = SampleBatch.Create().ToList();
        _declarations = [.. Enumerable.Range(0, Rows).Select(i => sample[i % sample.Count].Declaration with { Sign = sample[i % sample.Count].Declaration.Sign with { ClientSeqNo = $"EXP-BENCH-{i:D5}" } })];
        _workbook = WorkbookFiller.Fill(_declarations.Select((d, i) => ($"{i + 1}", d)));
        _signer = KeyGenerator.Create(SignatureKeyAlgorithm.Sm2).ToSigner();
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int Import() => new DeclarationWorkbookReader().Read(new MemoryStream(_workbook, writable: false)).Filings.Count;

    [Benchmark(OperationsPerInvoke = 500)]
    public async Task<int> ValidateSignAndWrite()
    {
        var validator = new DeclarationValidator();
        var writer = new DeclarationXmlWriter();
        var bytes = 0;
        foreach (var declaration in _declarations.Take(500))
        {
            if (!validator.Validate(declaration).IsValid)
            {
                throw new InvalidOperationException("the sample declaration is invalid");
            }

            var signed = await DeclarationSigner.SignAsync(declaration, _signer);
            bytes += GatewayMessage.FromXml(writer.Write(signed)).Content.Length;
        }

        return bytes;
    }

    [GlobalCleanup]
    public void Cleanup() => _signer.Dispose();
}
