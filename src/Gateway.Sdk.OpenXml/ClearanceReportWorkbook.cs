using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Reporting;

namespace Gateway.Sdk.OpenXml;

/// <summary>Writes a <see cref="ClearanceReport"/> as a workbook (<c>gateway report -o REPORT.xlsx</c>): the same tables as the HTML page, with durations as numbers of hours for charts and pivot tables.</summary>
/// <remarks>Sheets: <c>阶段 Stages</c> (time from submission to each status, with a bar chart of the median and 90th
/// percentile, then time per stage), <c>RCEP</c>,
/// <c>退税 Refunds</c> and <c>申报 Filings</c> (one row per filing, hours from submission to each milestone). Thread-safe.</remarks>
public static class ClearanceReportWorkbook
{
    /// <summary>Writes the workbook to a stream.</summary>
    /// <param name="output">The seekable stream to write the <c>.xlsx</c> package to; it is left open.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(Stream output, ClearanceReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        using var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        SheetWriter.Styles(workbook);

        var stages = new Rows();
        stages.Add(["从提交起 From submission to", "申报数 Filings", "中位数 Median (h)", "90% (h)", "最长 Longest (h)"], SheetWriter.Header);
        foreach (var s in report.Milestones)
        {
            stages.Add([s.To, s.Count, s.Median.TotalHours, s.P90.TotalHours, s.Max.TotalHours]);
        }

        stages.Add([]);
        stages.Add(["阶段 Stage", "申报数 Filings", "中位数 Median (h)", "90% (h)", "最长 Longest (h)"], SheetWriter.Header);
        foreach (var s in report.Stages)
        {
            stages.Add([$"{s.From} → {s.To}", s.Count, s.Median.TotalHours, s.P90.TotalHours, s.Max.TotalHours]);
        }

        var stagesPart = SheetWriter.AddSheet(workbook, "阶段 Stages", stages.All, [34, 14, 18, 14, 16], null, frozenRows: 1);
        if (report.Milestones.Count > 0)
        {
            SheetChart.AddBars(
                stagesPart,
                "阶段 Stages",
                "Time from submission to each status (hours)",
                ("A", [.. report.Milestones.Select(static m => m.To)]),
                [("Median", "C", [.. report.Milestones.Select(static m => Math.Round(m.Median.TotalHours, 6))]), ("90th percentile", "D", [.. report.Milestones.Select(static m => Math.Round(m.P90.TotalHours, 6))])],
                2,
                report.Milestones.Count + 1,
                anchorColumn: 6);
        }

        SheetWriter.AddSheet(workbook, "RCEP", Checks(report.RcepRelease, $"RCEP {report.Targets.RcepRelease.TotalHours} h release: {ClearanceReport.Summarize(report.RcepRelease)}").All, [14, 30, 12, 16, 14, 50], null, frozenRows: 2);
        SheetWriter.AddSheet(workbook, "退税 Refunds", Checks(report.Refunds, $"Refund target {report.Targets.RefundWorkingDays} working days ({report.Targets.RefundWorkingDaysClassOneOrTwo} for class 1 and 2): {ClearanceReport.Summarize(report.Refunds)}").All, [14, 30, 12, 16, 14, 50], null, frozenRows: 2);

        var names = report.Milestones.Select(static m => m.To).ToList();
        var filings = new Rows();
        filings.Add(["报关单序号 Key", "报文编号 Message id", "结果 Result", .. names.Select(static n => (object?)$"{n} (h)")], SheetWriter.Header);
        foreach (var f in report.Filings)
        {
            filings.Add([f.Key, f.MessageId, f.Result, .. names.Select(n => f.Milestones.FirstOrDefault(m => m.Name == n) is { } m ? (object?)m.SinceSubmission.TotalHours : null)]);
        }

        SheetWriter.AddSheet(workbook, "申报 Filings", filings.All, [14, 30, 12, .. names.Select(static _ => 14.0)], null, frozenRows: 1);
    }

    private static Rows Checks(IReadOnlyList<TargetCheck> checks, string summary)
    {
        var rows = new Rows();
        rows.Add([summary], SheetWriter.Header);
        rows.Add(["报关单序号 Key", "报文编号 Message id", "结果 Outcome", "用时 Elapsed (h)", "工作日 Working days", "说明 Note"], SheetWriter.Header);
        foreach (var c in checks)
        {
            rows.Add([c.Key, c.MessageId, c.Outcome.ToString(), c.Elapsed?.TotalHours, c.WorkingDays, c.Note]);
        }

        return rows;
    }

    /// <summary>Collects rows of text and number cells, numbering them from 1.</summary>
    private sealed class Rows
    {
        public List<Row> All { get; } = [];

        public void Add(IReadOnlyList<object?> values, uint style = SheetWriter.Plain)
        {
            var index = All.Count + 1;
            All.Add(new Row(values.Select((v, i) => (v, i)).Where(static x => x.v is not null).Select(x => x.v switch
            {
                double d => SheetWriter.NumberCell(SheetWriter.ColumnName(x.i + 1), index, Math.Round(d, 6)),
                int n => SheetWriter.NumberCell(SheetWriter.ColumnName(x.i + 1), index, n),
                _ => SheetWriter.TextCell(SheetWriter.ColumnName(x.i + 1), index, x.v!.ToString()!, style),
            })) { RowIndex = (uint)index });
        }
    }
}
