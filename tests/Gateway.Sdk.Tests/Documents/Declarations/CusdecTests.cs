using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Edifact;

namespace Gateway.Sdk.Tests.Documents.Declarations;

/// <summary>CUSDEC D.96B: random declarations round-trip, the output fits the segment table, golden files, broken input.</summary>
public class CusdecTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;
    private static readonly CusdecWriterOptions Fixed = new() { Prepared = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(8)), ControlReference = "20261122001" };

    [Fact]
    public void Read_OfWrite_GivesTheSameDeclaration() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(DeclarationGenerators.Declaration(maxLines: 8, maxText: 12).ToArbitrary(), declaration =>
        {
            var bytes = new CusdecWriter(Fixed).Write(declaration);
            var result = new CusdecReader().Read(new MemoryStream(bytes));
            result.Report.Issues.ShouldBeEmpty();
            result.Value.ShouldBe(declaration);
        }));

    [Theory]
    [InlineData("export-general-trade")]
    [InlineData("import-containers-licences")]
    [InlineData("import-two-step-summary")]
    public void Write_GoldenDeclaration_MatchesTheGoldenCusdecAndReadsBack(string name)
    {
        var declaration = new DeclarationXmlReader().Read(File.ReadAllBytes(TestFiles.TestData($"golden/{name}.xml"))).GetValueOrThrow();

        var bytes = new CusdecWriter(Fixed).Write(declaration);

        TestFiles.MatchesGolden(bytes, $"{name}.cusdec.edi");
        var result = new CusdecReader().Read(new MemoryStream(bytes));
        result.Report.Issues.ShouldBeEmpty();
        result.Value.ShouldBe(declaration);
    }

    [Fact]
    public void Write_MoreTextThanTheSegmentTableHolds_IsEdi401()
    {
        var declaration = new DeclarationXmlReader().Read(File.ReadAllBytes(TestFiles.TestData("golden/export-general-trade.xml"))).GetValueOrThrow();
        var wordy = declaration with { Head = declaration.Head with { EdiRemark = new string('x', 40_000) } };

        var error = Should.Throw<EdifactException>(() => new CusdecWriter().Write(wordy));

        error.Code.ShouldBe("EDI401");
        error.Message.ShouldContain("FTX occurs more than 99 time(s)");
    }

    [Fact]
    public void Read_NoCusdecMessage_IsAnIssueNotAnException()
    {
        using var stream = File.OpenRead(TestFiles.TestData("edifact/samples/orders-d96a-wikipedia-de.edi"));

        var result = new CusdecReader().Read(stream);

        result.Value.ShouldBeNull();
        result.Report.Errors.Select(i => i.Code).ShouldContain("EDI402");
    }

    [Fact]
    public void Read_TruncatedInterchange_IsALocatedIssue()
    {
        var bytes = new CusdecWriter(Fixed).Write(new DeclarationXmlReader().Read(File.ReadAllBytes(TestFiles.TestData("golden/export-general-trade.xml"))).GetValueOrThrow());

        var result = new CusdecReader().Read(new MemoryStream(bytes[..(bytes.Length / 2)]));

        result.Value.ShouldBeNull();
        var issue = result.Report.Errors.ShouldHaveSingleItem();
        issue.Code.ShouldBe("EDI001");
        issue.Location.Line.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Write_ElementsTheSdkDoesNotModel_AreRefused()
    {
        var declaration = new DeclarationXmlReader().Read(File.ReadAllBytes(TestFiles.TestData("golden/export-general-trade.xml"))).GetValueOrThrow();
        var extended = declaration with { AdditionalElements = [new Gateway.Sdk.Xml.XmlExtension("Future", "<Future xmlns=\"http://www.chinaport.gov.cn/dec\">1</Future>")] };

        Should.Throw<EdifactException>(() => new CusdecWriter().Write(extended)).Code.ShouldBe("EDI401");
    }
}
