using System.Text.Json;

namespace Gateway.Integration.Tests;

/// <summary>The <c>gateway edifact dump</c> contract: the recorded segments of every public sample, envelope facts, findings and exit codes.</summary>
public class EdifactCommandTests
{
    public static TheoryData<string> Samples => [.. Directory.GetFiles(Sample(string.Empty), "*.edi").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Samples))]
    public void DumpJson_PublicSample_PrintsTheRecordedSegmentsAndFacts(string file)
    {
        var (exit, output, error) = Run("edifact", "dump", Sample(file), "--format", "json");

        using var dump = JsonDocument.Parse(output);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "tests", "Gateway.Sdk.Tests", "TestData", "edifact", "expected-segments", file + ".segments.json")));
        using var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "tests", "Gateway.Sdk.Tests", "TestData", "edifact", "expected-facts.json")));
        var fact = facts.RootElement.EnumerateArray().Single(f => f.GetProperty("file").GetString() == file);
        var root = dump.RootElement;
        JsonSerializer.Serialize(root.GetProperty("segments")).ShouldBe(JsonSerializer.Serialize(expected.RootElement));
        root.GetProperty("segmentCount").GetInt32().ShouldBe(fact.GetProperty("segment_count_total").GetInt32());
        root.GetProperty("separators").GetProperty("segment").GetString().ShouldBe(fact.GetProperty("separators").GetProperty("segment").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        (findings.Count > 0).ShouldBe(fact.GetProperty("issues").GetArrayLength() > 0);
        (exit, error).ShouldBe((findings.Count > 0 ? 1 : 0, string.Empty));
        if (fact.TryGetProperty("UNB_syntax", out var syntax) && syntax.ValueKind == JsonValueKind.String && findings.All(f => f.GetProperty("code").GetString() != "EDI201"))
        {
            root.GetProperty("syntax").GetString().ShouldBe(syntax.GetString());
            root.GetProperty("interchanges")[0].GetProperty("messages").GetArrayLength().ShouldBe(fact.GetProperty("messages").GetArrayLength());
        }
    }

    [Fact]
    public void DumpText_WrongCounts_ListsMessagesSegmentsAndFindingsAndExits1()
    {
        var (exit, output, error) = Run("edifact", "dump", Sample("baplie-d13b-smdg31.edi"));

        (exit, error).ShouldBe((1, string.Empty));
        output.ShouldContain("interchange I-EX1/1 from SID to RID: 1 message(s), UNZ says 1\n  message M-EX1/1 BAPLIE:D:13B:UN:SMDG31: 22 segments, UNT says 21\n");
        output.ShouldContain("     2      2  UNH+M-EX1/1+BAPLIE:D:13B:UN:SMDG31'\n");
        output.ShouldContain(": error EDI211: segment 23: message M-EX1/1: UNT says 21 segments, counted 22");
        output.ShouldEndWith("24 segment(s), 1 error(s), 0 warning(s)\n");
    }

    [Fact]
    public void DumpText_BrokenEnvelope_StillPrintsEverySegment()
    {
        var (exit, output, _) = Run("edifact", "dump", Sample("negative-corrupt-unb.edi"));

        exit.ShouldBe(1);
        output.ShouldContain("     1      1  NB+UNOB:1+");
        output.ShouldContain("error EDI201: segment 1: NB is outside an interchange");
    }

    [Fact]
    public void Contrl_WrongCounts_WritesARejectingContrlAndExits1()
    {
        var contrl = Path.Combine(Directory.CreateTempSubdirectory("gateway-contrl-").FullName, "contrl.edi");

        var (exit, output, error) = Run("edifact", "contrl", Sample("baplie-d13b-smdg31.edi"), "-o", contrl);

        (exit, error).ShouldBe((1, string.Empty));
        output.ShouldStartWith("interchange I-EX1/1 from SID: acknowledged; 0 message(s) acknowledged, 1 rejected\n");
        var text = File.ReadAllText(contrl);
        text.ShouldContain("UCI+I-EX1/1+SID");
        text.ShouldContain("UCM+M-EX1/1+BAPLIE:D:13B:UN:SMDG31+4+29'");
        Run("validate", contrl).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Contrl_CleanInterchange_Exits0()
    {
        var contrl = Path.Combine(Directory.CreateTempSubdirectory("gateway-contrl-").FullName, "contrl.edi");

        var (exit, output, _) = Run("edifact", "contrl", Sample("coarri-d95b-itg13.edi"), "-o", contrl);

        exit.ShouldBe(0);
        output.ShouldStartWith("interchange 1452515554132 from ITGOAVTE: acknowledged; 2 message(s) acknowledged, 0 rejected\n");
    }

    [Fact]
    public void Dump_MissingFile_Exits2WithOneLine()
    {
        var (exit, _, error) = Run("edifact", "dump", "missing.edi");

        exit.ShouldBe(2);
        error.ShouldBe("gateway: error: missing.edi: file not found; check the path\n");
    }

    [Theory]
    [InlineData("export-general-trade.xml")]
    [InlineData("import-containers-licences.xml")]
    [InlineData("import-two-step-summary.xml")]
    public void Convert_XmlToEdifactAndBack_GivesTheSameBytes(string golden)
    {
        var folder = Directory.CreateTempSubdirectory("gateway-convert-").FullName;
        var edi = Path.Combine(folder, "declaration.edi");
        var xml = Path.Combine(folder, "declaration.xml");

        Run("convert", Repository.Golden(golden), "--to", "edifact", "-o", edi).ExitCode.ShouldBe(0);
        Run("validate", edi).ShouldBe((0, "1 file(s): 1 valid, 0 invalid\n", string.Empty));
        Run("convert", edi, "--to", "xml", "-o", xml).ExitCode.ShouldBe(0);

        File.ReadAllBytes(xml).ShouldBe(File.ReadAllBytes(Repository.Golden(golden)));
    }

    [Fact]
    public void ConvertAndValidate_BrokenCusdec_Exit1WithLocatedFindings()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-convert-").FullName;
        var edi = Path.Combine(folder, "declaration.edi");
        Run("convert", Repository.Golden("export-general-trade.xml"), "--to", "edifact", "-o", edi).ExitCode.ShouldBe(0);
        File.WriteAllText(edi, File.ReadAllText(edi).Replace("CST+1+", "CST+1X+", StringComparison.Ordinal));

        var validate = Run("validate", edi);
        var convert = Run("convert", edi, "--to", "xml", "-o", Path.Combine(folder, "out.xml"));

        validate.ExitCode.ShouldBe(1);
        validate.Error.ShouldContain(":1: error EDI309: '1X' is not numeric (n..5)");
        convert.ExitCode.ShouldBe(1);
        convert.Error.ShouldContain("error EDI309");
        File.Exists(Path.Combine(folder, "out.xml")).ShouldBeFalse();
    }

    private static string Sample(string name) => Path.Combine(Repository.Root, "tests", "Gateway.Sdk.Tests", "TestData", "edifact", "samples", name);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Repository.Gateway(args);

    [Theory]
    [InlineData("manifest-MT2101.xml")]
    [InlineData("manifest-MT3101.xml")]
    public void Convert_ManifestToCuscarAndBack_GivesTheSameXmlAndValidates(string golden)
    {
        var folder = Directory.CreateTempSubdirectory("gateway-cuscar-").FullName;
        var edi = Path.Combine(folder, "manifest.edi");
        var xml = Path.Combine(folder, "manifest.xml");
        Run("convert", Repository.Golden(golden), "--to", "edifact", "-o", edi).ExitCode.ShouldBe(0);
        File.ReadAllText(edi).ShouldContain("UNH+1+CUSCAR:D:95B:UN'");
        Run("validate", edi).ShouldBe((0, "1 file(s): 1 valid, 0 invalid\n", string.Empty));
        Run("convert", edi, "--to", "xml", "-o", xml).ExitCode.ShouldBe(0);
        File.ReadAllBytes(xml).ShouldBe(File.ReadAllBytes(Repository.Golden(golden)));
    }

    [Fact]
    public void Validate_CuscarWithABrokenRule_ReportsTheManifestRule()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-cuscar-").FullName;
        var edi = Path.Combine(folder, "manifest.edi");
        Run("convert", Repository.Golden("manifest-MT2101.xml"), "--to", "edifact", "-o", edi).ExitCode.ShouldBe(0);
        File.WriteAllText(edi, File.ReadAllText(edi).Replace("CNT+7:18650.5:KGM", "CNT+7:18000:KGM", StringComparison.Ordinal));
        var (exit, _, error) = Run("validate", edi);
        exit.ShouldBe(1);
        error.ShouldContain("error MAN013: TotalGrossMassMeasure is 18000 kg");
    }
}
