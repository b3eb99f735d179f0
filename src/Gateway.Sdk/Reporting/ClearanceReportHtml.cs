using System.Globalization;
using System.Net;
using System.Text;

namespace Gateway.Sdk.Reporting;

/// <summary>Renders a <see cref="ClearanceReport"/> as one self-contained HTML page (no scripts, no external files), with an SVG chart of the time to each status.</summary>
public static class ClearanceReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the page.</summary>
    /// <param name="output">The writer; the page is UTF-8 text.</param>
    /// <param name="report">The report.</param>
    /// <param name="title">The page's title, such as the journal's file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter output, ClearanceReport report, string title = "Clearance-time report")
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{E(title)}</title>
            <style>body{"{"}font-family:sans-serif;margin:2em;max-width:1100px{"}"} table{"{"}border-collapse:collapse;margin:1em 0{"}"} th,td{"{"}border:1px solid #ccc;padding:2px 8px;text-align:left{"}"} td.n{"{"}text-align:right{"}"} .Met{"{"}color:#186a1b{"}"} .Missed{"{"}color:#b00020;font-weight:bold{"}"}</style></head><body>
            <h1>{E(title)}</h1>
            <p>{report.Filings.Count} filings. Times run from submission (when the batch first sent a filing); receipts count at their issue time. Targets are the notices' figures (POLICIES.md): measured, not enforced.</p>

            """);
        Table(html, "Results", ["Result", "Filings"], report.Filings.GroupBy(static f => f.Result).OrderByDescending(static g => g.Count()).Select(static g => new[] { g.Key, N(g.Count()) }));

        html.Append("<h2>Time from submission to each status</h2>\n");
        Chart(html, report.Milestones);
        Table(html, null, ["Status", "Filings", "Median", "90th percentile", "Longest"], report.Milestones.Select(static s => new[] { s.To, N(s.Count), ClearanceReport.Format(s.Median), ClearanceReport.Format(s.P90), ClearanceReport.Format(s.Max) }));
        Table(html, "Time per stage", ["Stage", "Filings", "Median", "90th percentile", "Longest"], report.Stages.Select(static s => new[] { $"{s.From} → {s.To}", N(s.Count), ClearanceReport.Format(s.Median), ClearanceReport.Format(s.P90), ClearanceReport.Format(s.Max) }));

        html.Append(CultureInfo.InvariantCulture, $"<h2>RCEP {report.Targets.RcepRelease.TotalHours.ToString(Invariant)}-hour release</h2>\n<p>Declarations labelled <code>rcep</code> (RCEP origin claimed), from acceptance to release. {E(ClearanceReport.Summarize(report.RcepRelease))} The other conditions of the promise (express air cargo, arrival, working hours) are not in the journal and are not checked.</p>\n");
        Checks(html, report.RcepRelease, "Time to release");
        html.Append(CultureInfo.InvariantCulture, $"<h2>Export tax refund: {report.Targets.RefundWorkingDays} working days ({report.Targets.RefundWorkingDaysClassOneOrTwo} for class 1 and 2 enterprises)</h2>\n<p>Filings of the family <code>{E(report.Targets.RefundFamily)}</code>, from acceptance to the final answer, in working days after the day of filing. {E(ClearanceReport.Summarize(report.Refunds))}{(report.UncoveredYears.Count == 0 ? string.Empty : $" The working calendar has no holidays for {string.Join(", ", report.UncoveredYears)}: those years count Monday to Friday.")}</p>\n");
        Checks(html, report.Refunds, "Time to answer");

        var names = report.Milestones.Select(static m => m.To).ToList();
        Table(html, "Filings", ["Key", "Message id", "Result", .. names], report.Filings.Select(f => (string[])[f.Key, f.MessageId, f.Result, .. names.Select(n => f.Milestones.FirstOrDefault(m => m.Name == n) is { } m ? ClearanceReport.Format(m.SinceSubmission) : string.Empty)]));
        html.Append("</body></html>\n");
        output.Write(html.ToString());
    }

    private static void Checks(StringBuilder html, IReadOnlyList<TargetCheck> checks, string measure)
    {
        if (checks.Count > 0)
        {
            Table(html, null, ["Key", "Message id", "Outcome", measure, "Working days", "Note"], checks.Select(static c => new[] { c.Key, c.MessageId, c.Outcome.ToString(), c.Elapsed is { } e ? ClearanceReport.Format(e) : string.Empty, c.WorkingDays?.ToString(Invariant) ?? string.Empty, c.Note ?? string.Empty }), outcomeColumn: 2);
        }
    }

    /// <summary>Draws one bar pair per status: the median, and the 90th percentile behind it, scaled to the longest 90th percentile.</summary>
    private static void Chart(StringBuilder html, IReadOnlyList<StageTimes> stages)
    {
        if (stages.Count == 0)
        {
            html.Append("<p>No receipts yet.</p>\n");
            return;
        }

        const int Label = 110, Width = 560, Bar = 22;
        var scale = Math.Max(stages.Max(static s => s.P90.TotalSeconds), 1e-9);
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Label + Width + 120}\" height=\"{(stages.Count * (Bar + 8)) + 30}\" role=\"img\" aria-label=\"Median and 90th percentile time from submission to each status\" font-size=\"12\">\n");
        for (var i = 0; i < stages.Count; i++)
        {
            var s = stages[i];
            var y = (i * (Bar + 8)) + 4;
            var p90 = Width * s.P90.TotalSeconds / scale;
            var median = Width * s.Median.TotalSeconds / scale;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\">{E(s.To)}</text><rect x=\"{Label}\" y=\"{y}\" width=\"{p90:F1}\" height=\"{Bar}\" fill=\"#9ecae1\"><title>90th percentile {ClearanceReport.Format(s.P90)}</title></rect>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Label}\" y=\"{y + 5}\" width=\"{median:F1}\" height=\"{Bar - 10}\" fill=\"#08519c\"><title>median {ClearanceReport.Format(s.Median)}</title></rect><text x=\"{Label + p90 + 6:F1}\" y=\"{y + 15}\">{E(ClearanceReport.Format(s.Median))} / {E(ClearanceReport.Format(s.P90))}</text>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label}\" y=\"{(stages.Count * (Bar + 8)) + 24}\">dark: median · light: 90th percentile</text></svg>\n");
    }

    private static void Table(StringBuilder html, string? heading, IReadOnlyList<string> headers, IEnumerable<string[]> rows, int outcomeColumn = -1)
    {
        if (heading is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(heading)}</h2>\n");
        }

        html.Append("<table><tr>").AppendJoin(string.Empty, headers.Select(static h => $"<th>{E(h)}</th>")).Append("</tr>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var css = i == outcomeColumn ? $" class=\"{E(row[i])}\"" : row[i].Length > 0 && char.IsAsciiDigit(row[i][0]) && i > 0 ? " class=\"n\"" : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<td{css}>{E(row[i])}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string N(int n) => n.ToString(Invariant);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
