using System.CommandLine;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Reporting;
using Gateway.Sdk.Sqlite;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway report --journal FILE -o REPORT.html|.xlsx</c>: the clearance-time report of a batch.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output)
    {
        var journal = new Option<string>("--journal") { Description = "The batch journal (gateway batch --journal).", Required = true };
        var file = new Option<string>("-o", "--output") { Description = "The report to write: .html (a page with a chart) or .xlsx (the same tables, durations in hours).", Required = true };
        var calendar = new Option<string?>("--calendar") { Description = "A working-day calendar (date,kind,name rows) instead of the SDK's, for years it does not cover yet." };
        var command = new Command("report", "Report a batch's clearance times from its journal: time to each status per filing and per stage, the RCEP 6-hour release promise and the 4-working-day refund target; exit 0 written, 2 usage or I/O error.")
        {
            journal, file, calendar,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(journal)!;
            var target = parse.GetValue(file)!;
            var html = target.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
            if (!html && !target.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"{target}: the report is written as .html or .xlsx; name the file with one of those extensions");
            }

            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: no such journal; give the --journal file of a gateway batch run");
            }

            var targets = parse.GetValue(calendar) is { } calendarPath ? new ClearanceTargets { Calendar = WorkingCalendar.Load(calendarPath) } : new ClearanceTargets();
            ClearanceReport report;
            using (var store = new SqliteBatchJournal(path))
            {
                report = ClearanceReport.Create(await store.LoadAsync(cancellationToken).ConfigureAwait(false), targets);
            }

            using (var stream = File.Create(target))
            {
                if (html)
                {
                    using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                    ClearanceReportHtml.Write(writer, report, $"Clearance-time report: {Path.GetFileName(path)}");
                }
                else
                {
                    ClearanceReportWorkbook.Write(stream, report);
                }
            }

            output.WriteLine($"{target}: {report.Filings.Count} filings; RCEP release: {ClearanceReport.Summarize(report.RcepRelease)} Refunds: {ClearanceReport.Summarize(report.Refunds)}");
            return GatewayCommand.Ok;
        });
        return command;
    }
}
