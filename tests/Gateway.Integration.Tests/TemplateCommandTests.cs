
namespace Gateway.Integration.Tests;

/// <summary>The <c>gateway template</c> and <c>gateway batch --dry-run</c> contracts.</summary>
public class TemplateCommandTests
{
    [Fact]
    public void BatchDryRun_FilledWorkbook_PrintsEachProblemAtItsCellAndTheNumberOfFilings()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-batch-").FullName;
        var workbook = Path.Combine(folder, "batch.xlsx");
        var declaration = QuickStart.ExportDeclarationSample.Create("EXP-BATCH-1");
        declaration = declaration with { Goods = [.. declaration.Goods.Select(static g => g with { Licences = [] })] };
        var broken = declaration with { Head = declaration.Head with { AgentCode = null }, Sign = declaration.Sign with { ClientSeqNo = "EXP-BATCH-2" } };
        File.WriteAllBytes(workbook, Gateway.Tests.Shared.WorkbookFiller.Fill([("1", declaration), ("2", broken)]));
        var annotated = Path.Combine(folder, "checked.xlsx");

        var (exit, output, error) = Run("batch", workbook, "--dry-run", "--annotated", annotated);

        exit.ShouldBe(1);
        error.ShouldMatch($@"^{System.Text.RegularExpressions.Regex.Escape(workbook)}: '表头 Head'![A-Z]+4: error DEC001: AgentCode is required .+\n$");
        output.ShouldBe($"{annotated}: 1 cell(s) annotated\n2 filings: 1 valid, 1 invalid\n");
        File.Exists(annotated).ShouldBeTrue();
    }

    [Fact]
    public void Batch_WithoutEndpointOrJournal_IsAUsageError()
    {
        var (exit, _, error) = Run("batch", "any.xlsx");
        exit.ShouldBe(2);
        error.ShouldBe("gateway: error: filing a batch needs --endpoint and --journal (or --dry-run to only check the workbook)\n");
    }

    [Fact]
    public async Task Batch_FilesTheValidDeclarations_AndRunAgainFilesNothingTwice()
    {
        await using var simulator = await Gateway.Simulator.GatewaySimulator.StartAsync(new Gateway.Simulator.SimulatorOptions { FaultRate = 0.2, Seed = 3 });
        var folder = Directory.CreateTempSubdirectory("gateway-batch-").FullName;
        var workbook = Path.Combine(folder, "batch.xlsx");
        var journal = Path.Combine(folder, "batch.journal");
        var filings = Enumerable.Range(1, 12).Select(n =>
        {
            var d = QuickStart.ExportDeclarationSample.Create($"EXP-CLI-{n:D3}");
            d = d with { Goods = [.. d.Goods.Select(static g => g with { Licences = [] })] };
            return ($"{n}", n == 5 ? d with { Head = d.Head with { AgentCode = null } } : d);
        }).ToList();
        File.WriteAllBytes(workbook, Gateway.Tests.Shared.WorkbookFiller.Fill(filings));
        string[] args = ["batch", workbook, "--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey, "--journal", journal, "--parallel", "3"];

        var first = Run(args);
        var second = Run(args);

        first.ExitCode.ShouldBe(1, first.Error);
        first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].ShouldBe("12 filings: 11 filed, 0 refused, 0 pending, 1 invalid");
        first.Error.ShouldContain("error DEC001: AgentCode");
        second.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].ShouldBe("12 filings: 11 filed, 0 refused, 0 pending, 1 invalid");
        simulator.FilingCount.ShouldBe(11);
        var ledger = await Transport.SimulatorTests.LedgerAsync(simulator);
        ledger.ShouldAllBe(static e => e.GetProperty("presented").GetInt32() >= 1);
        ledger.Select(static e => e.GetProperty("id").GetString()).Distinct().Count().ShouldBe(11);
    }

    [Fact]
    public void Template_Declaration_WritesAWorkbook()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("gateway-template-").FullName, "declarations.xlsx");
        var (exit, output, error) = Run("template", "declaration", "-o", file);
        (exit, error).ShouldBe((0, string.Empty));
        output.ShouldBe($"{file}: declaration template written\n");
        File.ReadAllBytes(file).Take(2).ShouldBe("PK"u8.ToArray(), "an .xlsx file is a zip package");
    }

    [Fact]
    public void Template_UnknownFamily_IsAUsageError() =>
        Run("template", "cargo", "-o", Path.Combine(Path.GetTempPath(), "x.xlsx")).ExitCode.ShouldBe(2);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Repository.Gateway(args);
}
