using System.Xml;
using System.Xml.Serialization;
using BenchmarkDotNet.Attributes;
using Gateway.Sdk.Documents.Declarations;
using QuickStart;

namespace Gateway.Sdk.Benchmarks;

/// <summary>
/// Writes and reads a 50-line declaration with the SDK and, as the baseline a user would otherwise pick, with
/// XmlSerializer over equivalent annotated classes. Target (issue 2): at least 3× the baseline's throughput and at
/// most a third of its allocations. Run: <c>dotnet run -c Release --project tests/Gateway.Sdk.Benchmarks</c>.
/// </summary>
[MemoryDiagnoser]
public class DeclarationXmlBenchmarks : IDisposable
{
    private static readonly XmlReaderSettings Secure = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
    private static readonly XmlSerializer Serializer = new(typeof(XsDecMessage));
    private readonly DeclarationXmlWriter _writer = new(new DeclarationXmlOptions { Indent = false });
    private readonly DeclarationXmlReader _reader = new();
    private readonly MemoryStream _output = new(256 * 1024);
    private CustomsDeclaration _declaration = null!;
    private XsDecMessage _baseline = null!;
    private byte[] _xml = null!;

    [GlobalSetup]
    public void Setup()
    {
        _declaration = FiftyLines();
        _xml = _writer.Write(_declaration);
        _baseline = (XsDecMessage)Read_XmlSerializer();
        if (_baseline.DecLists?.Count != 50 || _reader.Read(_xml).Value != _declaration)
        {
            throw new InvalidOperationException("the benchmark inputs are not equivalent");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public long Write_XmlSerializer()
    {
        _output.Position = 0;
        Serializer.Serialize(_output, _baseline);
        return _output.Position;
    }

    [Benchmark]
    [BenchmarkCategory("Write")]
    public long Write_GatewaySdk()
    {
        _output.Position = 0;
        _writer.Write(_declaration, _output);
        return _output.Position;
    }

    [Benchmark]
    [BenchmarkCategory("Read")]
    public object Read_XmlSerializer()
    {
        using var reader = XmlReader.Create(new MemoryStream(_xml), Secure);
        return Serializer.Deserialize(reader)!;
    }

    [Benchmark]
    [BenchmarkCategory("Read")]
    public object Read_GatewaySdk() => _reader.Read(new MemoryStream(_xml)).Value!;

    /// <summary>The floor of any reader built on <see cref="XmlReader"/>: every node visited and every text read, nothing built.</summary>
    [Benchmark]
    [BenchmarkCategory("Read")]
    public int Read_XmlReaderScanOnly()
    {
        using var reader = XmlReader.Create(new MemoryStream(_xml), Secure);
        var length = 0;
        while (reader.Read())
        {
            length += reader.NodeType == XmlNodeType.Text ? reader.Value.Length : 0;
        }

        return length;
    }

    public void Dispose()
    {
        _output.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Builds the QuickStart export with 50 goods lines, each with the optional fields brokers usually fill.</summary>
    public static CustomsDeclaration FiftyLines()
    {
        var sample = ExportDeclarationSample.Create();
        var line = sample.Goods[0] with
        {
            GoodsEnglishName = "Notebook computer",
            ExgNumber = "X14-PRO-16G-512G",
            GoodsBrand = "XINGHE",
            GoodsModel = "X14 Pro",
            ProductionBatchNumbers = "B2026110801",
            Purpose = "99",
        };
        var goods = Enumerable.Range(1, 50).Select(i => line with { ItemNumber = i, GoodsName = $"笔记本电脑 型号{i}", UnitPrice = 600m + i, TotalPrice = (600m + i) * 100m }).ToList();
        return sample with { Goods = goods, Containers = [sample.Containers[0] with { ItemNumbers = string.Join(',', Enumerable.Range(1, 50)) }] };
    }
}
