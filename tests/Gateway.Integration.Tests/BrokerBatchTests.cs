namespace Gateway.Integration.Tests;

/// <summary>The BrokerBatch example: the batch API from code, end to end, on the sample workbook.</summary>
public class BrokerBatchTests
{
    [Fact]
    public void BrokerBatch_Runs_FilesTheSampleWorkbookAndWritesResultsAndReport()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-broker-").FullName;

        var (exit, output, error) = Repository.RunDll("BrokerBatch.dll", Path.Combine(Repository.Root, "examples", "data", "declarations-batch.xlsx"), folder);

        (exit, error).ShouldBe((0, string.Empty));
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "320 declarations: 316 closed, 4 rejected, 0 invalid",
            "RCEP 6-hour release: 206 measured: 192 met, 0 missed, 14 excluded, 0 open.",
            $"results: {Path.Combine(folder, "results.xlsx")}; report: {Path.Combine(folder, "report.html")}",
        ]);
        Gateway.Tests.Shared.WorkbookRows.Read(Path.Combine(folder, "results.xlsx"), "结果 Results").Count.ShouldBe(321);
    }
}
