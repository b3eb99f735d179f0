using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Tests.Samples;
using Gateway.Sdk.Validation;
using QuickStart;

namespace Gateway.Sdk.Tests.Documents.Declarations;

/// <summary>
/// Byte-exact expected XML for three realistic declarations (TestData/golden). To approve an intended change, run
/// <c>GATEWAY_APPROVE=1 dotnet test --filter DeclarationGoldenTests</c> and review the diff of the golden files.
/// </summary>
public class DeclarationGoldenTests
{
    public static TheoryData<string> Names() => ["export-general-trade.xml", "import-containers-licences.xml", "import-two-step-summary.xml"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Write_SampleDeclaration_MatchesGoldenFile(string name) =>
        TestFiles.MatchesGolden(new DeclarationXmlWriter().Write(Sample(name)), name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Read_GoldenFile_GivesTheSampleDeclaration(string name)
    {
        var result = new DeclarationXmlReader().Read(File.ReadAllBytes(TestFiles.TestData(Path.Combine("golden", name))));
        result.Report.Issues.ShouldBeEmpty();
        result.Value.ShouldBe(Sample(name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Validate_GoldenFile_IsValidAtItsOwnLevel(string name)
    {
        using var file = File.OpenRead(TestFiles.TestData(Path.Combine("golden", name)));
        var result = new DocumentValidator().Validate(file);
        result.Family.ShouldBe("declaration");
        result.Report.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Write_Export_SwapsCountriesAndKeepsOfficialSpellings()
    {
        var xml = System.Text.Encoding.UTF8.GetString(new DeclarationXmlWriter().Write(ExportDeclarationSample.Create()));
        xml.ShouldContain("<OriginCountry>USA</OriginCountry>");
        xml.ShouldContain("<DestinationCountry>CHN</DestinationCountry>");
        xml.ShouldStartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DecMessage Version=\"4.8\" xmlns=\"http://www.chinaport.gov.cn/dec\">");
    }

    [Fact]
    public void Write_Output_IsUtf8WithoutBomAndLfOnly()
    {
        var bytes = new DeclarationXmlWriter().Write(ImportDeclarationSample.Create());
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.ShouldNotContain((byte)'\r');
    }

    private static CustomsDeclaration Sample(string name) => name switch
    {
        "export-general-trade.xml" => ExportDeclarationSample.Create(),
        "import-containers-licences.xml" => ImportDeclarationSample.Create(),
        _ => TwoStepSummarySample.Create(),
    };
}
