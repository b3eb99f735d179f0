using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.OpenXml;
using Gateway.Simulator;
using Gateway.Tests.Shared;

namespace Gateway.Integration.Tests;

/// <summary>The cargo manifest workbook through the tool: <c>gateway template manifest</c>, <c>gateway batch --dry-run</c>, and a batch filed against the simulator.</summary>
public class ManifestBatchTests
{
    [Fact]
    public void Template_ThenDryRun_IsAnEmptyValidWorkbook()
    {
        var template = Path.Combine(Folder(), "manifests.xlsx");
        Run("template", "manifest", "-o", template).ShouldBe((0, $"{template}: manifest template written\n", string.Empty));
        Run("batch", template, "--dry-run").ShouldBe((0, "0 filings: 0 valid, 0 invalid\n", string.Empty));
        WorkbookRows.Read(template, "舱单 Manifests")[1][..4].ShouldBe(["Manifest", "MessageType", "FunctionCode", "SenderId"]);
    }

    [Fact]
    public async Task Batch_ManifestWorkbook_FilesEachValidManifestOnce_AndTheResultsListTheInvalidOne()
    {
        var folder = Folder();
        var book = Path.Combine(folder, "manifests.xlsx");
        var preStowage = Golden("manifest-MT2101.xml");
        var rejected = preStowage with
        {
            Head = preStowage.Head with { MessageId = string.Empty },
            Declaration = preStowage.Declaration with { AdditionalInformation = "[sim:reject=03]" },
        };
        var invalid = preStowage with { Head = preStowage.Head with { MessageId = string.Empty }, Declaration = preStowage.Declaration with { CarrierId = null } };
        using (var stream = File.Create(book))
        {
            ManifestWorkbook.Write(stream, [preStowage, Golden("manifest-MT1101.xml"), Golden("manifest-MT3101.xml"), rejected, invalid]);
        }

        var xml = Path.Combine(folder, "xml");
        var dryRun = Run("batch", book, "--dry-run", "--annotated", Path.Combine(folder, "checked.xlsx"), "--xml", xml);
        dryRun.ExitCode.ShouldBe(1);
        dryRun.Error.ShouldMatch(@"^.+manifests\.xlsx: '舱单 Manifests'![A-Z]+7: error MAN001: ID is missing: give the carrier's code \(SCAC or IATA\)\n$");
        dryRun.Output.ShouldBe($"{Path.Combine(folder, "checked.xlsx")}: 1 cell(s) annotated\n{xml}: 4 message(s) written\n5 filings: 4 valid, 1 invalid\n");
        var written = Directory.GetFiles(xml).Select(Path.GetFileName).ToList();
        written.Count.ShouldBe(4);
        written.ShouldContain($"{preStowage.Head.MessageId}.xml");
        File.ReadAllBytes(Path.Combine(xml, $"{preStowage.Head.MessageId}.xml")).ShouldBe(File.ReadAllBytes(Repository.Golden("manifest-MT2101.xml")), "the workbook gives the golden message back byte for byte");

        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { FaultRate = 0.2, Seed = 5, ReceiptInterval = TimeSpan.FromMilliseconds(20) });
        string[] args = ["batch", book, "--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey, "--journal", Path.Combine(folder, "manifests.journal"), "--poll", "0.05"];
        var first = Run(args);
        var again = Run(args);

        first.ExitCode.ShouldBe(1, first.Output + first.Error);
        string[] summary = ["5 filings: 4 filed, 0 refused, 0 pending, 1 invalid", "receipts: 4 answered (1 rejected by customs), 0 awaiting their final receipt"];
        first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^3..^1].ShouldBe(summary);
        again.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^3..^1].ShouldBe(summary);
        simulator.FilingCount.ShouldBe(4);

        var results = WorkbookRows.Read(Path.Combine(folder, "manifests.results.xlsx"), "结果 Results");
        results.Skip(1).Select(static r => (r[0], r[3])).OrderBy(static r => r.Item1, StringComparer.Ordinal).ShouldBe([("1", "Accepted"), ("2", "Accepted"), ("3", "Accepted"), ("4", "Rejected"), ("5", "Invalid")]);
        results.Single(static r => r[0] == "5")[9].ShouldContain("MAN001");
    }

    private static CargoManifest Golden(string name) => new ManifestXmlReader().Read(File.ReadAllBytes(Repository.Golden(name))).GetValueOrThrow();

    private static string Folder() => Directory.CreateTempSubdirectory("gateway-manifest-").FullName;

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Repository.Gateway(args);
}
