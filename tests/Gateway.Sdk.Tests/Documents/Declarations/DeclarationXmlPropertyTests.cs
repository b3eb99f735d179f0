using System.Xml;
using System.Xml.Schema;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Tests.Documents.Declarations;

/// <summary>Properties over random declarations: what the writer writes, the reader reads back unchanged, and the XSD accepts.</summary>
public class DeclarationXmlPropertyTests
{
    /// <summary>Cases per property: 1,000 as CI requires; GATEWAY_PROPERTY_CASES raises it for a longer local run.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Cases);
    private readonly DeclarationXmlWriter _writer = new();
    private readonly DeclarationXmlReader _reader = new();

    [Fact]
    public void Read_OfWrite_GivesTheSameDeclaration() =>
        Check.One(Config, Prop.ForAll(DeclarationGenerators.Declaration().ToArbitrary(), declaration =>
        {
            var result = _reader.Read(_writer.Write(declaration));
            result.Report.Issues.ShouldBeEmpty();
            result.Value.ShouldBe(declaration);
        }));

    [Fact]
    public void Write_IsValidAgainstTheXsd() =>
        Check.One(Config, Prop.ForAll(DeclarationGenerators.Declaration().ToArbitrary(), declaration =>
            SchemaErrors(_writer.Write(declaration)).ShouldBeEmpty()));

    [Fact]
    public void Write_WithoutIndentOrWithEmptyElements_StaysValidAndReadable() =>
        Check.One(Config.WithMaxTest(Math.Max(100, Cases / 10)), Prop.ForAll(DeclarationGenerators.Declaration(maxLines: 5).ToArbitrary(), declaration =>
        {
            foreach (var options in new[] { new DeclarationXmlOptions { Indent = false }, new DeclarationXmlOptions { EmitEmptyElements = true } })
            {
                var bytes = new DeclarationXmlWriter(options).Write(declaration);
                SchemaErrors(bytes).ShouldBeEmpty();
                var read = _reader.Read(bytes);
                read.Report.Issues.ShouldBeEmpty();
                if (!options.EmitEmptyElements)
                {
                    read.Value.ShouldBe(declaration);
                }
            }
        }));

    [Fact]
    public void Write_IsDeterministic() =>
        Check.One(Config.WithMaxTest(100), Prop.ForAll(DeclarationGenerators.Declaration(maxLines: 5).ToArbitrary(), declaration =>
            _writer.Write(declaration).ShouldBe(_writer.Write(declaration with { })))); 

    internal static List<string> SchemaErrors(byte[] xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = SchemaCatalog.Default.Find(CustomsDeclaration.Namespace)!, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
