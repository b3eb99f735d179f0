using Gateway.Tests.Shared;

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
    public void BatchDryRun_WorkbookOfNoFamily_NamesTheSheetsItLooksFor()
    {
        var workbook = Path.Combine(Directory.CreateTempSubdirectory("gateway-batch-").FullName, "results.xlsx");
        using (var file = File.Create(workbook))
        {
            Gateway.Sdk.OpenXml.BatchResultsWorkbook.Write(file, []);
        }

        Run("batch", workbook, "--dry-run").ShouldBe((1, "0 filings: 0 valid, 0 invalid\n", $"{workbook}: workbook: error WB002: the workbook has none of the sheets gateway batch reads: 表头 Head (declarations), 舱单 Manifests (cargo manifests), 证书 Certificates (certificates of origin), or 出口明细 Export and 进货明细 Purchases (export tax refund); start from gateway template FAMILY\n"));
    }

    [Fact]
    public void Batch_WithoutEndpointOrJournal_IsAUsageError()
    {
        var (exit, _, error) = Run("batch", "any.xlsx");
        exit.ShouldBe(2);
        error.ShouldBe("gateway: error: filing a batch needs --endpoint and --journal (or --dry-run to only check the workbook)\n");
    }

    [Fact]
    public async Task Batch_FilesTheValidDeclarations_WatchesTheirReceipts_AndRunAgainFilesNothingTwice()
    {
        await using var simulator = await Gateway.Simulator.GatewaySimulator.StartAsync(new Gateway.Simulator.SimulatorOptions { FaultRate = 0.2, Seed = 3, ReceiptInterval = TimeSpan.FromMilliseconds(20) });
        var folder = Directory.CreateTempSubdirectory("gateway-batch-").FullName;
        var workbook = Path.Combine(folder, "batch.xlsx");
        var journal = Path.Combine(folder, "batch.journal");
        var filings = Enumerable.Range(1, 12).Select(n =>
        {
            var d = QuickStart.ExportDeclarationSample.Create($"EXP-CLI-{n:D3}");
            d = d with { Goods = [.. d.Goods.Select(static g => g with { Licences = [] })] };
            return ($"{n}", n switch
            {
                5 => d with { Head = d.Head with { AgentCode = null } },
                7 => d with { Head = d.Head with { Remarks = "[sim:reject=E:退单 (test)]" } },
                _ => d,
            });
        }).ToList();
        File.WriteAllBytes(workbook, Gateway.Tests.Shared.WorkbookFiller.Fill(filings));
        string[] args = ["batch", workbook, "--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey, "--journal", journal, "--parallel", "3", "--poll", "0.05"];

        var first = Run(args);
        var second = Run(args);

        first.ExitCode.ShouldBe(1, first.Error);
        string[] summary = ["12 filings: 11 filed, 0 refused, 0 pending, 1 invalid", "receipts: 11 answered (1 rejected by customs), 0 awaiting their final receipt", $"results: {Path.Combine(folder, "batch.results.xlsx")}"];
        first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^3..].ShouldBe(summary);
        first.Error.ShouldContain("error DEC001: AgentCode");
        first.Error.ShouldContain("filing 7 (EXP-CLI-007): rejected by customs E 退单 (test)");
        second.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^3..].ShouldBe(summary);
        simulator.FilingCount.ShouldBe(11);
        var ledger = await Transport.SimulatorTests.LedgerAsync(simulator);
        ledger.Select(static e => e.GetProperty("id").GetString()).Distinct().Count().ShouldBe(11);

        var results = Gateway.Tests.Shared.WorkbookRows.Read(Path.Combine(folder, "batch.results.xlsx"), "结果 Results");
        results[0][..4].ShouldBe(["序号 Key", "报文编号 Message id", "海关编号 Entry id", "结果 Result"]);
        results.Skip(1).Select(static r => (r[0], r[1], r[3])).OrderBy(static r => int.Parse(r.Item1, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(
            Enumerable.Range(1, 12).Select(static n => ($"{n}", n == 5 ? string.Empty : $"EXP-CLI-{n:D3}", n switch { 5 => "Invalid", 7 => "Rejected", _ => "Closed" })));
        results.Single(static r => r[0] == "1")[8].Split('\n').Select(static l => l.Split("  ")[1]).ShouldBe(["0", "L", "P", "R"]);
        results.Single(static r => r[0] == "5")[9].ShouldContain("DEC001");
        results.Where(static r => r[3] == "Closed").ShouldAllBe(static r => r[2].Length == 18, "the entry id from the receipts");

        // The clearance-time report reads the same journal, as a page and as a workbook.
        foreach (var report in new[] { Path.Combine(folder, "report.html"), Path.Combine(folder, "report.xlsx") })
        {
            var (exit, output, error) = Run("report", "--journal", journal, "-o", report);
            (exit, error).ShouldBe((0, string.Empty));
            output.ShouldBe($"{report}: 11 filings; RCEP release: None in this journal. Refunds: None in this journal.\n");
        }

        File.ReadAllText(Path.Combine(folder, "report.html")).ShouldContain("<td>Rejected</td><td class=\"n\">1</td>");
        Gateway.Tests.Shared.WorkbookRows.Read(Path.Combine(folder, "report.xlsx"), "申报 Filings").Count.ShouldBe(12);
    }

    [Fact]
    public async Task Batch_TheSampleWorkbook_FilesItAndTheReportMeasuresTheRcepPromise()
    {
        await using var simulator = await Gateway.Simulator.GatewaySimulator.StartAsync(new Gateway.Simulator.SimulatorOptions { ReceiptInterval = TimeSpan.FromMilliseconds(20) });
        var folder = Directory.CreateTempSubdirectory("gateway-sample-").FullName;
        var journal = Path.Combine(folder, "sample.journal");
        var sample = Path.Combine(Repository.Root, "examples", "data", "declarations-batch.xlsx");
        var declarations = Gateway.Tests.Shared.SampleBatch.Create().ToList();
        var rejected = declarations.Count(static d => d.Declaration.Head.Remarks?.StartsWith("[sim:reject", StringComparison.Ordinal) == true);
        var rcep = declarations.Where(static d => Gateway.Sdk.Batch.BatchLabels.For(d.Declaration).Count > 0).ToList();
        var rcepExcluded = rcep.Count(static d => d.Declaration.Head.Remarks is not null);

        var (exit, output, error) = Run("batch", sample, "--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey, "--journal", journal, "--parallel", "8", "--poll", "0.05", "--results", Path.Combine(folder, "results.xlsx"));
        var report = Run("report", "--journal", journal, "-o", Path.Combine(folder, "report.html"));

        exit.ShouldBe(1, error);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^3..^1].ShouldBe([$"{SampleBatch.Count} filings: {SampleBatch.Count} filed, 0 refused, 0 pending, 0 invalid", $"receipts: {SampleBatch.Count} answered ({rejected} rejected by customs), 0 awaiting their final receipt"]);
        report.Output.ShouldBe($"{Path.Combine(folder, "report.html")}: {SampleBatch.Count} filings; RCEP release: {rcep.Count} measured: {rcep.Count - rcepExcluded} met, 0 missed, {rcepExcluded} excluded, 0 open. Refunds: None in this journal.\n");
    }

    [Fact]
    public async Task Batch_WithAKey_SignsEachDeclarationsDecSignAndTheSimulatorVerifiesIt()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-batch-key-").FullName;
        string F(string name) => Path.Combine(folder, name);
        Run("keygen", "--alg", "sm2", "--key", F("key.pem"), "--cert", F("cert.pem")).ExitCode.ShouldBe(0);
        await using var simulator = await Gateway.Simulator.GatewaySimulator.StartAsync(new Gateway.Simulator.SimulatorOptions { RegisteredSigners = [System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(F("cert.pem")))] });
        File.WriteAllBytes(F("batch.xlsx"), WorkbookFiller.Fill(SampleBatch.Create().Take(3)));
        string[] filing = ["--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey, "--journal", F("batch.journal"), "--watch", "0"];

        var signed = Run(["batch", F("batch.xlsx"), "--key", F("key.pem"), "--cert", F("cert.pem"), .. filing]);
        var queuedAndSigned = Run(["batch", F("batch.xlsx"), "--key", F("key.pem"), "--queue", "amqp://127.0.0.1/", .. filing]);

        signed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^3].ShouldBe("3 filings: 3 filed, 0 refused, 0 pending, 0 invalid", signed.Error);
        simulator.FilingCount.ShouldBe(3);
        (queuedAndSigned.ExitCode, queuedAndSigned.Error).ShouldBe((2, "gateway: error: with --queue the workers sign: give --key, --cert and --profile to gateway worker, not to gateway batch\n"));
    }

    [Theory]
    [InlineData("report.pdf", "report.pdf: the report is written as .html or .xlsx; name the file with one of those extensions")]
    [InlineData("report.html", "missing.journal: no such journal; give the --journal file of a gateway batch run")]
    public void Report_BadOutputOrMissingJournal_IsAOneLineUsageError(string output, string message)
    {
        var folder = Directory.CreateTempSubdirectory("gateway-report-").FullName;
        var (exit, _, error) = Run("report", "--journal", Path.Combine(folder, "missing.journal"), "-o", Path.Combine(folder, output));
        exit.ShouldBe(2);
        error.ShouldBe($"gateway: error: {Path.Combine(folder, message)}\n");
    }

    [Fact]
    public void Report_AFileThatIsNotAJournal_IsAOneLineError()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-report-").FullName;
        var journal = Path.Combine(folder, "not.journal");
        File.WriteAllText(journal, "this is not a database, just text that is long enough to fill a SQLite header page.............................");
        var (exit, _, error) = Run("report", "--journal", journal, "-o", Path.Combine(folder, "r.html"));
        exit.ShouldBe(2);
        error.ShouldStartWith($"gateway: error: {journal}: not a batch journal (");
        error.Count(static c => c == '\n').ShouldBe(1);
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
