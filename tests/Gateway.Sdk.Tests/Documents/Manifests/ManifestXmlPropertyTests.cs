using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Tests.Documents.Manifests;

/// <summary>Properties over random manifests: what the writer writes, the reader reads back unchanged, and the XSD accepts.</summary>
public class ManifestXmlPropertyTests
{
    /// <summary>Cases per property: 1,000 as CI requires; GATEWAY_PROPERTY_CASES raises it for a longer local run.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Cases);
    private readonly ManifestXmlWriter _writer = new();
    private readonly ManifestXmlReader _reader = new();

    [Fact]
    public void Read_OfWrite_GivesTheSameManifest_AndTheXsdAcceptsIt() =>
        Check.One(Config, Prop.ForAll(ManifestGenerators.Manifest().ToArbitrary(), manifest =>
        {
            var bytes = _writer.Write(manifest);
            var result = _reader.Read(bytes);
            result.Report.Issues.ShouldBeEmpty();
            result.Value.ShouldBe(manifest);
            SchemaErrors(bytes, manifest.Head.MessageType).ShouldBeEmpty();
        }));

    [Fact]
    public void Read_OfWrite_UpTo500BillsAnd10000Lines_GivesTheSameManifest() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3), Prop.ForAll(Large().ToArbitrary(), manifest =>
        {
            var bytes = new ManifestXmlWriter(indent: false).Write(manifest);
            _reader.Read(bytes).Value.ShouldBe(manifest);
            SchemaErrors(bytes, manifest.Head.MessageType).ShouldBeEmpty();
        }));

    [Fact]
    public void Write_IsDeterministic() =>
        Check.One(Config.WithMaxTest(100), Prop.ForAll(ManifestGenerators.Manifest().ToArbitrary(), manifest =>
            _writer.Write(manifest).ShouldBe(_writer.Write(manifest with { }))));

    /// <summary>Makes a manifest of 500 bills whose lines add up to 10,000.</summary>
    internal static Gen<CargoManifest> Large() =>
        from head in ManifestGenerators.Head()
        from bills in Gen.ArrayOf(ManifestGenerators.Consignment(maxItems: 20, maxEquipment: 2), 500)
        from declaration in ManifestGenerators.Declaration(0, 0, 1)
        select new CargoManifest { Head = head, Declaration = declaration with { Consignments = [.. bills.Select(static (b, i) => b with { Items = [.. Enumerable.Range(0, 20).Select(k => b.Items.Count > 0 ? b.Items[k % b.Items.Count] with { SequenceNumber = k + 1 } : new ConsignmentItem { SequenceNumber = k + 1 })] })] } };

    internal static List<string> SchemaErrors(byte[] xml, ManifestMessageType type)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = SchemaCatalog.Default.Find(type.Namespace)!, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
