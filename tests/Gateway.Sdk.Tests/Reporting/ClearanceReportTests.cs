using Gateway.Sdk.Batch;
using Gateway.Sdk.Reporting;

namespace Gateway.Sdk.Tests.Reporting;

public class ClearanceReportTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, China); // a Monday

    [Fact]
    public void Create_RcepFilings_MeasuresHoursFromAcceptanceToRelease()
    {
        BatchEntry[] entries =
        [
            Entry("1", [BatchLabels.Rcep], ("L", ReceiptStatus.Accepted, 0.5), ("P", ReceiptStatus.Released, 5.0), ("R", ReceiptStatus.Closed, 8)), // 5 h after filing: met
            Entry("2", [BatchLabels.Rcep], ("L", ReceiptStatus.Accepted, 0.5), ("P", ReceiptStatus.Released, 7.0)), // 7 h: missed
            Entry("3", [BatchLabels.Rcep], ("L", ReceiptStatus.Accepted, 0.5), ("C", ReceiptStatus.Inspection, 1), ("P", ReceiptStatus.Released, 9)), // inspected: excluded
            Entry("4", [BatchLabels.Rcep], ("L", ReceiptStatus.Accepted, 0.5)), // not released yet: open
            Entry("5", [], ("L", ReceiptStatus.Accepted, 0.5), ("P", ReceiptStatus.Released, 30)), // not RCEP: not measured
        ];

        var report = ClearanceReport.Create(entries);

        report.RcepRelease.Select(static c => (c.Key, c.Outcome, c.Elapsed)).ShouldBe(
        [
            ("1", TargetOutcome.Met, TimeSpan.FromHours(5)),
            ("2", TargetOutcome.Missed, TimeSpan.FromHours(7)),
            ("3", TargetOutcome.Excluded, TimeSpan.FromHours(9)),
            ("4", TargetOutcome.Open, null),
        ]);
        ClearanceReport.Summarize(report.RcepRelease).ShouldBe("4 measured: 1 met, 1 missed, 1 excluded, 1 open.");
    }

    [Fact]
    public void Create_Milestones_TimesEachStatusFromSubmissionWithNearestRankPercentiles()
    {
        // Submitted at Start; filed 1 minute later; released after 1, 2, 3 … 10 hours.
        var entries = Enumerable.Range(1, 10).Select(n => Entry($"{n}", [], ("P", ReceiptStatus.Released, n))).ToList();

        var report = ClearanceReport.Create(entries);

        var released = report.Milestones.Single(static m => m.To == "Released");
        // Nearest rank: median = the 5th of 10 sorted values (1 min + 5 h), 90th percentile = the 9th (1 min + 9 h).
        (released.Count, released.Median, released.P90, released.Max).ShouldBe((10, TimeSpan.FromHours(5) + TimeSpan.FromMinutes(1), TimeSpan.FromHours(9) + TimeSpan.FromMinutes(1), TimeSpan.FromHours(10) + TimeSpan.FromMinutes(1)));
        report.Milestones.Select(static m => m.To).ShouldBe([ClearanceReport.Filed, "Released"]);
        report.Stages.Select(static s => $"{s.From} → {s.To}").ShouldBe(["Filed → Released"]);
        report.Stages[0].Median.ShouldBe(TimeSpan.FromHours(5));
        report.Filings.Select(static f => f.Result).Distinct().ShouldBe(["Filed"]);
    }

    [Fact]
    public void Create_RefundFilings_CountsWorkingDaysAgainstTheTargetOfTheirClass()
    {
        var filed = new DateTimeOffset(2026, 2, 13, 10, 0, 0, China); // Friday before the 2026 Spring Festival
        // Answered Thursday 26 February: 14th (a Saturday worked) + 24th, 25th, 26th = 4 working days.
        var answered = new DateTimeOffset(2026, 2, 26, 15, 0, 0, China);
        BatchEntry Refund(string key, IReadOnlyList<string> labels, bool final) => new(key, $"TR-{key}", final ? BatchFilingState.Answered : BatchFilingState.Filed, answered)
        {
            PreparedAt = filed,
            FiledAt = filed,
            Family = "taxrefund",
            Labels = labels,
            Receipts = final ? [new BatchReceipt(1, "99", ReceiptStatus.Closed, true, answered, answered, "审核通过", null, null)] : [],
        };

        var report = ClearanceReport.Create([Refund("1", [], true), Refund("2", [BatchLabels.FirstClass], true), Refund("3", [], false)]);

        report.Refunds.Select(static c => (c.Key, c.Outcome, c.WorkingDays)).ShouldBe([("1", TargetOutcome.Met, 4), ("2", TargetOutcome.Missed, 4), ("3", TargetOutcome.Open, null)]);
        report.UncoveredYears.ShouldBeEmpty();
    }

    [Fact]
    public void Format_ChoosesTheUnitByMagnitude()
    {
        (ClearanceReport.Format(TimeSpan.FromMilliseconds(250)), ClearanceReport.Format(TimeSpan.FromSeconds(245)), ClearanceReport.Format(TimeSpan.FromMinutes(312)), ClearanceReport.Format(TimeSpan.FromHours(76)), ClearanceReport.Format(TimeSpan.FromSeconds(-2)))
            .ShouldBe(("0.250 s", "4 min 05 s", "5 h 12 min", "3 d 4 h", "-2.000 s"));
    }

    [Fact]
    public void Html_HasTheChartTheTablesAndEscapesText()
    {
        var report = ClearanceReport.Create([Entry("<1>", [BatchLabels.Rcep], ("P", ReceiptStatus.Released, 2))]);
        using var writer = new StringWriter();

        ClearanceReportHtml.Write(writer, report, "batch <A&B>");

        var html = writer.ToString();
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<title>batch &lt;A&amp;B&gt;</title>");
        html.ShouldContain("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        html.ShouldContain("<td>&lt;1&gt;</td>");
        html.ShouldContain("<h2>RCEP 6-hour release</h2>");
        html.ShouldContain("1 measured: 1 met, 0 missed, 0 excluded, 0 open.");
        html.ShouldContain("<td class=\"Met\">Met</td>");
        html.ShouldEndWith("</body></html>\n");
    }

    /// <summary>A filing submitted at <see cref="Start"/>, filed a minute later, with receipts at the given hours after filing.</summary>
    internal static BatchEntry Entry(string key, IReadOnlyList<string> labels, params (string Code, ReceiptStatus Status, double Hours)[] receipts)
    {
        var filed = Start.AddMinutes(1);
        var list = receipts.Select((r, i) => new BatchReceipt(i + 1, r.Code, r.Status, r.Status is ReceiptStatus.Closed or ReceiptStatus.Rejected, filed.AddHours(r.Hours), filed.AddHours(r.Hours), string.Empty, null, null)).ToList();
        return new BatchEntry(key, $"EXP-{key}", list.Any(static r => r.IsFinal) ? BatchFilingState.Answered : BatchFilingState.Filed, filed)
        {
            PreparedAt = Start,
            FiledAt = filed,
            Family = "declaration",
            Labels = labels,
            Receipts = list,
        };
    }
}
