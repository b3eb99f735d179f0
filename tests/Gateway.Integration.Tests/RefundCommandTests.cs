using Gateway.Simulator;

namespace Gateway.Integration.Tests;

/// <summary>The export tax-refund commands: <c>gateway refund export|import|compare</c>, <c>gateway template taxrefund</c>,
/// and a refund filing validated, filed to the simulator, answered and measured by <c>gateway report</c>.</summary>
public class RefundCommandTests
{
    private static readonly string Sample = Path.Combine(Repository.Root, "examples", "data", "taxrefund-sample.xml");

    private static readonly string Declarations = Path.Combine(Repository.Root, "examples", "data", "taxrefund-declarations");

    [Fact]
    public void ExportThenImport_TheSample_GivesBackTheSameXml()
    {
        var folder = Folder();
        var forms = Path.Combine(folder, "forms.xlsx");
        var back = Path.Combine(folder, "back.xml");

        var export = Run("refund", "export", Sample, "-o", forms);
        var import = Run("refund", "import", forms, "-o", back);

        export.ShouldBe((0, $"{forms}: 24 export rows, 37 purchase rows, refundable 1151164.73 yuan\n", string.Empty));
        import.ShouldBe((0, $"{back}: 24 export rows, 37 purchase rows\n", string.Empty));
        File.ReadAllBytes(back).ShouldBe(File.ReadAllBytes(Sample));
    }

    [Fact]
    public void Import_AnEmptyTemplate_NamesEachEmptyCellAndWritesNothing()
    {
        var folder = Folder();
        var template = Path.Combine(folder, "template.xlsx");
        Run("template", "taxrefund", "-o", template).ShouldBe((0, $"{template}: taxrefund template written\n", string.Empty));

        var (exit, output, error) = Run("refund", "import", template, "-o", Path.Combine(folder, "filing.xml"), "--annotated", Path.Combine(folder, "annotated.xlsx"));

        exit.ShouldBe(1);
        error.ShouldBe(string.Concat(new[] { ("B2", "TaxpayerId (纳税人识别号)"), ("D2", "TaxpayerName (纳税人名称)"), ("F2", "Period (申报年月)"), ("H2", "Batch (申报批次)") }
            .Select(e => $"{template}: '出口明细 Export'!{e.Item1}: error TRW001: {e.Item2} is empty: fill it in row 2, to the right of its label\n")));
        output.ShouldBe($"{Path.Combine(folder, "annotated.xlsx")}: 4 cell(s) annotated\n{template}: 4 error(s); {Path.Combine(folder, "filing.xml")} not written\n");
        File.Exists(Path.Combine(folder, "filing.xml")).ShouldBeFalse();
    }

    [Fact]
    public void Compare_TheSampleWithItsDeclarations_Agrees_AndAChangedLineIsNamedWithBothValues()
    {
        var folder = Folder();
        var changed = Path.Combine(folder, "declarations");
        Directory.CreateDirectory(changed);
        foreach (var file in Directory.GetFiles(Declarations))
        {
            File.Copy(file, Path.Combine(changed, Path.GetFileName(file)));
        }

        var first = Directory.GetFiles(changed).Order(StringComparer.Ordinal).First();
        var xml = File.ReadAllText(first);
        var hs = xml[(xml.IndexOf("<CodeTS>", StringComparison.Ordinal) + 8)..xml.IndexOf("</CodeTS>", StringComparison.Ordinal)];
        File.WriteAllText(first, xml.Replace($"<CodeTS>{hs}</CodeTS>", "<CodeTS>8471410000</CodeTS>", StringComparison.Ordinal));

        Run("refund", "compare", Sample, Declarations).ShouldBe((0, "24 export rows against 12 declarations: 0 mismatch(es)\n", string.Empty));
        var (exit, output, error) = Run("refund", "compare", Sample, changed);

        (exit, output).ShouldBe((1, "24 export rows against 12 declarations: 1 mismatch(es)\n"));
        error.ShouldStartWith($"{Sample}: ExportRows[0].CommodityCode: error CMP");
        error.ShouldContain(hs);
        error.ShouldContain("8471410000");
    }

    [Fact]
    public void Validate_ARefundFilingWithAWrongAmount_NamesTheLineOfTheElement()
    {
        var folder = Folder();
        var wrong = Path.Combine(folder, "wrong.xml");
        var lines = File.ReadAllLines(Sample);
        var at = Array.FindIndex(lines, static l => l.Contains("<RefundableAmount>", StringComparison.Ordinal));
        lines[at] = "    <RefundableAmount>1.00</RefundableAmount>";
        File.WriteAllLines(wrong, lines);

        Run("validate", Sample).ShouldBe((0, "1 file(s): 1 valid, 0 invalid\n", string.Empty));
        var (exit, _, error) = Run("validate", wrong);

        exit.ShouldBe(1);
        error.ShouldStartWith($"{wrong}:{at + 1}:6: error TR008: RefundableAmount 1.00 should be ");
    }

    [Fact]
    public async Task Batch_TheRefundForms_AreFiledAnsweredAndMeasuredAgainstTheThreeDayTarget()
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { ReceiptInterval = TimeSpan.FromMilliseconds(20) });
        var folder = Folder();
        var forms = Path.Combine(folder, "forms.xlsx");
        Run("refund", "export", Sample, "-o", forms).ExitCode.ShouldBe(0);
        string[] connection = ["--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey];

        var batch = Run(["batch", forms, "--journal", Path.Combine(folder, "refund.journal"), "--poll", "0.05", .. connection]);
        var receipts = Run(["receipts", "91440300MA5F9R3D8Q-202611-001", .. connection]);
        var report = Run("report", "--journal", Path.Combine(folder, "refund.journal"), "-o", Path.Combine(folder, "report.html"));

        batch.ExitCode.ShouldBe(0, batch.Error);
        batch.Output.ShouldContain("1 filings: 1 filed, 0 refused, 0 pending, 0 invalid\nreceipts: 1 answered (0 rejected by customs), 0 awaiting their final receipt\n");
        receipts.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => l.Split("  ")[1]).ShouldBe(["ACCEPTED", "REVIEWING", "APPROVED"]);
        report.Output.ShouldBe($"{Path.Combine(folder, "report.html")}: 1 filings; RCEP release: None in this journal. Refunds: 1 measured: 1 met, 0 missed, 0 excluded, 0 open.\n");
        File.ReadAllText(Path.Combine(folder, "report.html")).ShouldContain("target 3 working days"); // a class 2 enterprise (ManagementClass 2)
    }

    [Fact]
    public async Task Submit_ARefundWithARejectToken_IsReturnedWithTheReason()
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { ReceiptInterval = TimeSpan.FromMilliseconds(20) });
        var folder = Folder();
        var rejected = Path.Combine(folder, "rejected.xml");
        var xml = File.ReadAllText(Sample).Replace("<Batch>001</Batch>", "<Batch>002</Batch>", StringComparison.Ordinal);
        var end = xml.IndexOf("</ExportRow>", StringComparison.Ordinal);
        File.WriteAllText(rejected, xml.Insert(end, "<Remark>[sim:reject=R:退回：发票信息不符]</Remark>"));
        string[] connection = ["--endpoint", simulator.BaseAddress.ToString(), "--api-key", simulator.ApiKey];

        var submit = Run(["submit", rejected, .. connection]);
        var receipts = Run(["receipts", "91440300MA5F9R3D8Q-202611-002", "--watch", .. connection]);

        submit.ExitCode.ShouldBe(0, submit.Output);
        receipts.ExitCode.ShouldBe(1);
        receipts.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].ShouldEndWith("RETURNED  Rejected  退回  退回：发票信息不符");
    }

    private static string Folder() => Directory.CreateTempSubdirectory("gateway-refund-").FullName;

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Repository.Gateway(args);
}
