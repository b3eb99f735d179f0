using Gateway.Simulator;
using Gateway.Tests.Shared;

namespace Gateway.Integration.Tests;

/// <summary>Certificates of origin from the command line: <c>gateway validate</c>, <c>submit</c> and <c>receipts</c> against the
/// simulator, <c>gateway origin link</c> and <c>gateway origin print</c>.</summary>
public class OriginCommandTests
{
    private static readonly string Sample = Path.Combine(Repository.Root, "examples", "data", "origin-rcep.xml");

    [Fact]
    public void Validate_TheSampleIsValid_AndAWrongCriterionIsReportedAtItsElement()
    {
        Run("validate", Sample).ShouldBe((0, "1 file(s): 1 valid, 0 invalid\n", string.Empty));
        var wrong = Path.Combine(Folder(), "wrong.xml");
        File.WriteAllText(wrong, File.ReadAllText(Sample).Replace("<OriCriteria>CTC</OriCriteria>", "<OriCriteria>PSR</OriCriteria>", StringComparison.Ordinal));

        var (exit, _, error) = Run("validate", wrong);

        exit.ShouldBe(1);
        error.ShouldStartWith($"{wrong}:57:8: error OR003: line 1: origin criterion PSR is not one a RC certificate accepts: ACU, CR, CTC, DMI, PE, RVC, WO");
    }

    [Fact]
    public async Task Submit_ACertificate_IsIssuedAndItsReceiptsRead()
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { ReceiptInterval = TimeSpan.FromMilliseconds(20) });
        string[] connection = ["--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey];

        var submit = Run(["submit", Sample, .. connection]);
        var again = Run(["submit", Sample, .. connection]);
        var receipts = Run(["receipts", "2626RC000123", "--watch", .. connection]);

        submit.ExitCode.ShouldBe(0, submit.Output + submit.Error);
        again.ExitCode.ShouldBe(0, again.Output + again.Error);
        receipts.ExitCode.ShouldBe(0, receipts.Output + receipts.Error);
        receipts.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => l.Split("  ")[1]).ShouldBe(["ACCEPTED", "REVIEWING", "APPROVED", "ISSUED"]);
    }

    [Fact]
    public async Task Submit_WithARejectToken_IsReturnedWithTheReason()
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { ReceiptInterval = TimeSpan.FromMilliseconds(20) });
        var rejected = Path.Combine(Folder(), "rejected.xml");
        File.WriteAllText(rejected, File.ReadAllText(Sample)
            .Replace("2626RC000123", "2626RC000124", StringComparison.Ordinal)
            .Replace("<PriceTerms>FOB</PriceTerms>", "<PriceTerms>FOB</PriceTerms>\n    <Note>[sim:reject=R:退回：原产地标准不符]</Note>", StringComparison.Ordinal));
        string[] connection = ["--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey];

        Run(["submit", rejected, .. connection]).ExitCode.ShouldBe(0);
        var receipts = Run(["receipts", "2626RC000124", "--watch", .. connection]);

        receipts.ExitCode.ShouldBe(1);
        receipts.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].ShouldEndWith("RETURNED  Rejected  退回  退回：原产地标准不符");
    }

    [Fact]
    public void Link_BuildsTheEcoRelationLinesAndWritesThemIntoTheDeclaration()
    {
        var folder = Folder();
        var declaration = Path.Combine(folder, "declaration.xml");
        var declarations = Directory.GetFiles(Path.Combine(Repository.Root, "examples", "data", "taxrefund-declarations"), "*.xml").Order(StringComparer.Ordinal).First();
        File.Copy(declarations, declaration);
        var linked = Path.Combine(folder, "linked.xml");

        var (exit, output, error) = Run("origin", "link", Sample, declaration, "--line", "1=1", "--line", "2=2", "-o", linked);

        output.ShouldContain("Y22 C2626RC000123 certificate line 1 -> declaration item 1\nY22 C2626RC000123 certificate line 2 -> declaration item 2\n");
        output.ShouldEndWith($"{linked}: 2 EcoRelation line(s) written\n");
        File.ReadAllText(linked).ShouldContain("<EcoRelation>");
        error.ShouldContain("LNK003"); // the refund sample's declaration lines are other goods: the HS check says so
        exit.ShouldBe(1);
        Run("origin", "link", Sample, declaration, "--line", "one").ShouldBe((2, string.Empty, "gateway: --line 'one' is not CERT=ITEM; write the certificate line and the declaration item, such as --line 1=3\n"));
    }

    [Fact]
    public void Print_WritesADocxForSelfPrint()
    {
        var docx = Path.Combine(Folder(), "rcep.docx");
        Run("origin", "print", Sample, "-o", docx).ShouldBe((0, $"{docx}: RC certificate 2626RC000123, 2 goods line(s)\n", string.Empty));
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false);
        document.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("2626RC000123");
    }

    [Fact]
    public async Task Workbook_TemplateImportAndBatch_FileEachCertificateOnce()
    {
        var folder = Folder();
        var template = Path.Combine(folder, "template.xlsx");
        Run("template", "origin", "-o", template).ShouldBe((0, $"{template}: origin template written\n", string.Empty));
        var book = Path.Combine(folder, "certificates.xlsx");
        using (var stream = File.Create(book))
        {
            Gateway.Sdk.OpenXml.OriginWorkbook.Write(stream, [SampleOrigin.Rcep(), SampleOrigin.FormE(), SampleOrigin.NonPreferential()]);
        }

        var import = Run("batch", book, "--dry-run", "--xml", Path.Combine(folder, "xml"));
        (import.ExitCode, import.Output).ShouldBe((0, $"{Path.Combine(folder, "xml")}: 3 message(s) written\n3 filings: 3 valid, 0 invalid\n"), import.Error);
        Directory.GetFiles(Path.Combine(folder, "xml")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["2626C0000789.xml", "2626E0000456.xml", "2626RC000123.xml"]);
        File.ReadAllBytes(Path.Combine(folder, "xml", "2626RC000123.xml")).ShouldBe(File.ReadAllBytes(Sample));

        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { ReceiptInterval = TimeSpan.FromMilliseconds(20) });
        string[] connection = ["--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey];
        var batch = Run(["batch", book, "--journal", Path.Combine(folder, "origin.journal"), "--poll", "0.05", .. connection]);
        var again = Run(["batch", book, "--journal", Path.Combine(folder, "origin.journal"), "--poll", "0.05", .. connection]);

        batch.ExitCode.ShouldBe(0, batch.Output + batch.Error);
        batch.Output.ShouldContain("3 filings: 3 filed, 0 refused, 0 pending, 0 invalid\n");
        again.ExitCode.ShouldBe(0, again.Output + again.Error);
        Run(["receipts", "2626E0000456", .. connection]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].ShouldContain("ISSUED  Closed  已签证");
    }

    private static string Folder() => Directory.CreateTempSubdirectory("gateway-origin-").FullName;

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Repository.Gateway(args);
}
