using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gateway.Sdk.Batch;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Reporting;
using Gateway.Sdk.Tests.Reporting;
using Gateway.Sdk.Validation;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.OpenXml;

/// <summary>The results workbook of <c>gateway batch</c> and the report workbook of <c>gateway report</c>.</summary>
public sealed class BatchWorkbooksTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-results-").FullName;

    [Fact]
    public void Results_OneRowPerFilingWithEntryIdResultTimelineAndErrors()
    {
        var closed = ClearanceReportTests.Entry("1", [], ("L", ReceiptStatus.Accepted, 0.5), ("P", ReceiptStatus.Released, 2), ("R", ReceiptStatus.Closed, 3));
        closed = closed with { Receipts = [.. closed.Receipts.Select(static r => r with { EntryId = "000020261000000001" })] };
        var rejected = ClearanceReportTests.Entry("2", [], ("E", ReceiptStatus.Rejected, 1));
        rejected = rejected with { Receipts = [rejected.Receipts[0] with { Note = "退单：申报要素不全" }] };
        var refused = new BatchEntry("3", "EXP-3", BatchFilingState.Refused, DateTimeOffset.UnixEpoch, "GW422: CodeTS is not 10 digits");
        var pending = new BatchEntry("4", "EXP-4", BatchFilingState.Prepared, DateTimeOffset.UnixEpoch);
        var invalid = new WorkbookFiling<Gateway.Sdk.Documents.Declarations.CustomsDeclaration>("5", 7, QuickStart.ExportDeclarationSample.Create("EXP-5"), new ValidationReport([new ValidationIssue("DEC001", ValidationSeverity.Error, "AgentCode is required", new IssueLocation { Cell = "'表头 Head'!F7" })]));

        var path = Write(stream => BatchResultsWorkbook.Write(stream, [closed, rejected, refused, pending], [invalid]));

        var rows = WorkbookRows.Read(path, "结果 Results");
        rows.Select(static r => (r[0], r[1], r[2], r[3], r[4], r[9])).ShouldBe(
        [
            ("序号 Key", "报文编号 Message id", "海关编号 Entry id", "结果 Result", "最新回执 Latest code", "错误 Errors"),
            ("1", "EXP-1", "000020261000000001", "Closed", "R", string.Empty),
            ("2", "EXP-2", string.Empty, "Rejected", "E", "退单：申报要素不全"),
            ("3", "EXP-3", string.Empty, "Refused", string.Empty, "GW422: CodeTS is not 10 digits"),
            ("4", "EXP-4", string.Empty, "Pending", string.Empty, string.Empty),
            ("5", string.Empty, string.Empty, "Invalid", string.Empty, "'表头 Head'!F7: DEC001: AgentCode is required"),
        ]);
        rows[1][8].Split('\n').ShouldBe([.. closed.Receipts.Select(static r => r.ToString())]);
        rows[1][6].ShouldBe("2026-11-23 09:01:00", "times in China Standard Time");
        WorkbookRows.Read(path, "回执 Receipts").Count.ShouldBe(1 + 3 + 1);
    }

    [Fact]
    public void Report_HasTheStagesTargetsAndFilingsAsNumbersOfHours()
    {
        var report = ClearanceReport.Create([ClearanceReportTests.Entry("1", [BatchLabels.Rcep], ("P", ReceiptStatus.Released, 5), ("R", ReceiptStatus.Closed, 8))]);

        var path = Write(stream => ClearanceReportWorkbook.Write(stream, report));

        var stages = WorkbookRows.Read(path, "阶段 Stages");
        stages[1][..3].ShouldBe(["Filed", "1", (1.0 / 60).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)]);
        stages.ShouldContain(static r => r[0] == "Filed → Released" && r[2] == "5");
        WorkbookRows.Read(path, "RCEP")[2][..4].ShouldBe(["1", "EXP-1", "Met", "5"]);
        WorkbookRows.Read(path, "退税 Refunds")[0][0].ShouldEndWith("None in this journal.");
        WorkbookRows.Read(path, "申报 Filings")[1][..3].ShouldBe(["1", "EXP-1", "Closed"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Writes a workbook to a file and checks it against the Office schemas.</summary>
    private string Write(Action<Stream> write)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.xlsx");
        using (var file = File.Create(path))
        {
            write(file);
        }

        using var document = SpreadsheetDocument.Open(path, false);
        new OpenXmlValidator().Validate(document).Select(static e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        return path;
    }
}
