using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.OpenXml;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.OpenXml;

/// <summary>The sample workbooks the docs use (<c>examples/data/declarations-batch.xlsx</c>, made by <see cref="SampleBatch"/>;
/// <c>examples/data/manifests-sample.xlsx</c>, made from the manifest golden files), re-made with GATEWAY_APPROVE=1.</summary>
public class SampleBatchTests
{
    [Fact]
    public void DeclarationsBatch_HoldsTheGeneratedDeclarationsAndEveryOneIsValid()
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "examples", "data", "declarations-batch.xlsx");
        var expected = SampleBatch.Create().ToList();
        if (Environment.GetEnvironmentVariable("GATEWAY_APPROVE") == "1")
        {
            File.WriteAllBytes(path, WorkbookFiller.Fill(expected));
        }

        using var stream = File.OpenRead(path);
        var read = new DeclarationWorkbookReader().Read(stream);

        read.Report.Issues.Select(static i => i.ToString()).ShouldBeEmpty();
        read.Filings.Count.ShouldBe(SampleBatch.Count);
        read.Filings.Select(static f => f.Key).ShouldBe(expected.Select(static e => e.Key));
        read.Filings.Select(static f => f.Document).ShouldBe(expected.Select(static e => e.Declaration));
        expected.Count(static e => Gateway.Sdk.Batch.BatchLabels.For(e.Declaration).Count > 0).ShouldBeInRange(100, 250, "about six destinations in eleven claim RCEP origin");
    }

    [Fact]
    public void ManifestsSample_HoldsTheGoldenManifestsAndEveryOneIsValid()
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "examples", "data", "manifests-sample.xlsx");
        CargoManifest[] expected = [.. new[] { "MT2101", "MT1101", "MT3101" }.Select(static t =>
            new ManifestXmlReader().Read(File.ReadAllBytes(TestFiles.TestData($"golden/manifest-{t}.xml"))).GetValueOrThrow())];
        if (Environment.GetEnvironmentVariable("GATEWAY_APPROVE") == "1")
        {
            File.WriteAllBytes(path, ManifestWorkbookTests.Workbook(expected));
        }

        using var stream = File.OpenRead(path);
        var read = ManifestWorkbook.Read(stream);

        read.Report.Issues.Select(static i => i.ToString()).ShouldBeEmpty();
        read.Filings.Select(static f => f.Document).ShouldBe(expected);
    }
}
