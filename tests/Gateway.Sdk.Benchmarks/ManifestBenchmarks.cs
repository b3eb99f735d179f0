using BenchmarkDotNet.Attributes;
using Gateway.Sdk.Documents.Manifests;

namespace Gateway.Sdk.Benchmarks;

/// <summary>
/// Writes and reads a pre-stowage manifest of 500 bills and 10,000 goods lines (issue 6 asks for time and allocations),
/// as XML, as CUSCAR and as the bulk-filing workbook (the workbook read includes the rules, each placed at its cell).
/// Run: <c>dotnet run -c Release --project tests/Gateway.Sdk.Benchmarks -- --filter *ManifestBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class ManifestBenchmarks : IDisposable
{
    private readonly ManifestXmlWriter _writer = new();
    private readonly ManifestXmlReader _reader = new(new Xml.XmlLimits { MaxCharacters = 64L * 1024 * 1024 });
    private readonly MemoryStream _output = new(16 * 1024 * 1024);
    private CargoManifest _manifest = null!;
    private byte[] _xml = null!;
    private byte[] _cuscar = null!;
    private byte[] _workbook = null!;

    [GlobalSetup]
    public void Setup()
    {
        _manifest = TenThousandLines();
        _xml = _writer.Write(_manifest);
        if (_reader.Read(_xml).Value != _manifest || new ManifestValidator().Validate(_manifest).Issues.Count != 0)
        {
            throw new InvalidOperationException("the benchmark manifest does not round-trip or is not valid");
        }

        _cuscar = new CuscarWriter().Write(_manifest);
        if (CuscarReader.Read(new MemoryStream(_cuscar)).Value != _manifest)
        {
            throw new InvalidOperationException("the benchmark manifest does not round-trip through CUSCAR");
        }

        using (var workbook = new MemoryStream())
        {
            OpenXml.ManifestWorkbook.Write(workbook, [_manifest]);
            _workbook = workbook.ToArray();
        }

        if (ReadWorkbook() != 1 || OpenXml.ManifestWorkbook.Read(new MemoryStream(_workbook)).Filings[0].Document != _manifest)
        {
            throw new InvalidOperationException("the benchmark manifest does not round-trip through the workbook");
        }

        Console.WriteLine($"// manifest: {_xml.Length:N0} bytes of XML, {_cuscar.Length:N0} bytes of CUSCAR, {_workbook.Length:N0} bytes of workbook");
    }

    public void Dispose()
    {
        _output.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public long Write()
    {
        _output.Position = 0;
        _writer.Write(_manifest, _output);
        return _output.Position;
    }

    [Benchmark]
    public int Read() => _reader.Read(_xml).Value!.Declaration.Consignments.Count;

    [Benchmark]
    public int WriteCuscar() => new CuscarWriter().Write(_manifest).Length;

    [Benchmark]
    public int ReadCuscar() => CuscarReader.Read(new MemoryStream(_cuscar)).Value!.Declaration.Consignments.Count;

    [Benchmark]
    public int WriteWorkbook()
    {
        using var workbook = new MemoryStream();
        OpenXml.ManifestWorkbook.Write(workbook, [_manifest]);
        return (int)workbook.Length;
    }

    [Benchmark]
    public int ReadWorkbook() => OpenXml.ManifestWorkbook.Read(new MemoryStream(_workbook, writable: false)).Report.Issues.Count + 1;

    [Benchmark]
    public int Validate() => new ManifestValidator().Validate(_manifest).Issues.Count;

    internal static CargoManifest TenThousandLines()
    {
        string Container(int n)
        {
            var first10 = $"MSKU{n:D6}";
            return first10 + Codes.ContainerNumber.ComputeCheckDigit(first10);
        }

        var bills = Enumerable.Range(0, 500).Select(b => new ManifestConsignment
        {
            MasterBillId = $"EGLV1420500{b:D5}",
            LoadingLocation = new ManifestLocation { Id = "CNSHA/2248", Date = "20261125" },
            UnloadingLocation = new ManifestLocation { Id = "NLRTM" },
            PackageQuantity = 20 * 40,
            PackageTypeCode = "CT",
            TotalGrossMass = 20 * 512.5m,
            Consignee = new ManifestParty { Name = "HOLLAND TRADING B.V.", Address = new PartyAddress { Line = "WAALHAVEN 12", CityName = "ROTTERDAM", CountryCode = "NL" } },
            Consignor = new ManifestParty { Name = "上海进出口贸易有限公司", Address = new PartyAddress { CityName = "上海", CountryCode = "CN" } },
            TransportEquipment = [new TransportEquipment { ContainerId = Container(b), CharacteristicCode = "45G1", FullnessCode = "5", Seals = [new EquipmentSeal($"EMC{b:D7}", "CA")] }],
            Items = [.. Enumerable.Range(1, 20).Select(i => new ConsignmentItem
            {
                SequenceNumber = i,
                PackageQuantity = 40,
                PackageTypeCode = "CT",
                MarksNumbers = "N/M",
                CargoDescription = $"LED LAMPS 发光二极管灯 MODEL {i}",
                HsCode = "9405420000",
                GrossMass = 512.5m,
                ContainerIds = [Container(b)],
            })],
        });
        return new CargoManifest
        {
            Head = new ManifestMessageIds().Head(ManifestMessageType.PreStowageManifest, "2200123456789_00000001", "2200"),
            Declaration = new ManifestDeclaration
            {
                CarrierId = "EGLV",
                BorderTransportMeans = new BorderTransportMeans { JourneyId = "0MA3NW1MA", TypeCode = "1", Id = "UN9321483", Name = "EVER GIVEN" },
                Consignments = [.. bills],
            },
        };
    }
}
