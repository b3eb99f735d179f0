using System.Text.Json;

namespace Gateway.Integration.Tests;

/// <summary>The <c>gateway validate</c> contract: output format and exit codes (0 valid, 1 invalid, 2 usage or I/O error).</summary>
public class ValidateCommandTests
{
    private const string Export = "export-general-trade.xml";

    [Fact]
    public void Validate_ValidFiles_Exits0AndSummarises()
    {
        var (exit, output, error) = Run("validate", Repository.Golden(Export), Repository.Golden("import-containers-licences.xml"), Repository.Golden("import-two-step-summary.xml"));
        (exit, error).ShouldBe((0, string.Empty));
        output.ShouldBe("3 file(s): 3 valid, 0 invalid\n");
    }

    [Fact]
    public void Validate_Manifests_AreRecognisedByNamespaceAndChecked()
    {
        Run("validate", Repository.Golden("manifest-MT2101.xml"), Repository.Golden("manifest-MT3101.xml")).ShouldBe((0, "2 file(s): 2 valid, 0 invalid\n", string.Empty));

        var file = Mutated("manifest-MT2101.xml", "<TotalGrossMassMeasure>18650.5</TotalGrossMassMeasure>", "<TotalGrossMassMeasure>18000</TotalGrossMassMeasure>");
        var (exit, _, error) = Run("validate", file);
        exit.ShouldBe(1);
        error.ShouldMatch($@"^{System.Text.RegularExpressions.Regex.Escape(file)}:\d+:\d+: error MAN013: TotalGrossMassMeasure is 18000 kg but the items weigh 18650.5 kg in all; make them agree\n$");
    }

    [Fact]
    public void Validate_InvalidFile_Exits1WithOneLinePerFinding()
    {
        var file = Mutated(Export, "<NetWt>1620</NetWt>", "<NetWt>99999</NetWt>");
        var (exit, output, error) = Run("validate", file);
        exit.ShouldBe(1);
        error.ShouldMatch($@"^{System.Text.RegularExpressions.Regex.Escape(file)}:\d+:\d+: error DEC014: GrossWet 1850\.5 kg is less than NetWt 99999 kg; .+\n$");
        output.ShouldBe("1 file(s): 0 valid, 1 invalid\n");
    }

    [Fact]
    public void Validate_JsonFormat_PrintsOneObjectPerFinding()
    {
        var file = Mutated(Export, "<CodeTS>8471300000</CodeTS>", "<CodeTS>84713000</CodeTS>");
        var (exit, output, _) = Run("validate", file, "--format", "json");
        exit.ShouldBe(1);
        using var json = JsonDocument.Parse(output.Trim().Split('\n').ShouldHaveSingleItem());
        var finding = json.RootElement;
        finding.GetProperty("code").GetString().ShouldBe("DEC010");
        finding.GetProperty("xpath").GetString().ShouldBe("/DecMessage/DecLists/DecList[1]/CodeTS");
        finding.GetProperty("path").GetString().ShouldBe("Goods[0].HsCode");
        finding.GetProperty("line").GetInt32().ShouldBeGreaterThan(0);
        finding.GetProperty("severity").GetString().ShouldBe("error");
    }

    [Fact]
    public void Validate_LevelAndPolicyOptions_ChangeTheRulesApplied()
    {
        var draft = Mutated("import-two-step-summary.xml", "<OperType>G</OperType>", "<OperType>G</OperType>");
        Run("validate", draft).ExitCode.ShouldBe(0);
        var submit = Run("validate", draft, "--level", "submit");
        submit.ExitCode.ShouldBe(1);
        submit.Error.ShouldContain("DEC001");

        var weihai = Run("validate", Repository.Golden(Export), "--policy", "weihai");
        weihai.ExitCode.ShouldBe(0);
        weihai.Error.ShouldContain("warning DEC018");
        Run("validate", Repository.Golden(Export), "--policy", "none").Error.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_HostileFile_Exits1WithAClearLine()
    {
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xml");
        File.WriteAllText(file, "<!DOCTYPE x [<!ENTITY a \"b\">]><DecMessage xmlns=\"http://www.chinaport.gov.cn/dec\"/>");
        var (exit, _, error) = Run("validate", file);
        exit.ShouldBe(1);
        error.ShouldStartWith($"{file}: error XML004: the document has a DTD");
    }

    [Fact]
    public void Validate_MissingFile_Exits2()
    {
        var (exit, _, error) = Run("validate", "/no/such/file.xml");
        exit.ShouldBe(2);
        error.ShouldBe("/no/such/file.xml: error IO001: file not found; check the path\n");
    }

    [Theory]
    [InlineData("validate", "--level", "final", "x.xml")]
    [InlineData("validate")]
    [InlineData("frobnicate")]
    public void Validate_UsageError_Exits2WithoutStackTrace(params string[] args)
    {
        var (exit, _, error) = Run(args);
        exit.ShouldBe(2);
        error.ShouldContain("gateway --help");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Validate_MissingSchemaFolder_Exits2WithOneLine()
    {
        var (exit, _, error) = Run("validate", Repository.Golden(Export), "--schemas", "/no/such/folder");
        exit.ShouldBe(2);
        error.ShouldBe("gateway: error: /no/such/folder: schema folder not found; give a folder holding XSD files.\n");
    }

    [Fact]
    public void Gateway_AsARealProcess_KeepsTheExitCodeContract()
    {
        Repository.RunDll("gateway.dll", "validate", Repository.Golden(Export)).ExitCode.ShouldBe(0);
        var invalid = Repository.RunDll("gateway.dll", "validate", Mutated(Export, "<GNo>2</GNo>", "<GNo>3</GNo>"));
        invalid.ExitCode.ShouldBe(1);
        invalid.Error.ShouldContain("error DEC012");
        Repository.RunDll("gateway.dll", "validate", "--format", "xml", "x").ExitCode.ShouldBe(2);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Repository.Gateway(args);

    private static string Mutated(string golden, string from, string to)
    {
        var text = File.ReadAllText(Repository.Golden(golden));
        text.ShouldContain(from);
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xml");
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
        return file;
    }
}
