using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Batch;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.OpenXml;

/// <summary>Writes a batch's results workbook (<c>gateway batch … --results</c>): one row per filing with its id, entry id, result and receipt timeline, and one row per receipt.</summary>
/// <remarks>
/// <para>Sheet <c>结果 Results</c>: key (column A of the workbook), message id, customs entry id, result, latest receipt code and
/// status, time filed, time answered, the receipt timeline (one line per receipt, China Standard Time) and the errors
/// (the gateway's refusal, customs' rejection note, or the workbook's problems for a filing that was not sent).</para>
/// <para>The result is the final receipt's status for an answered filing (<c>Closed</c>, <c>Rejected</c> …),
/// <c>Filed</c> for one still waiting for its answer, <c>Refused</c>, <c>Pending</c> for one a later run must send again,
/// or <c>Invalid</c> for one the workbook import rejected. Sheet <c>回执 Receipts</c> lists every receipt on its own row
/// for filtering and pivot tables. Times are text in China Standard Time. Thread-safe.</para>
/// </remarks>
public static class BatchResultsWorkbook
{
    /// <summary>Writes the results workbook to a stream.</summary>
    /// <param name="output">The seekable stream to write the <c>.xlsx</c> package to; it is left open.</param>
    /// <param name="entries">The journal's entries for the batch.</param>
    /// <param name="invalid">The filings the import found invalid, which were not sent; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="entries"/> is <see langword="null"/>.</exception>
    public static void Write(Stream output, IReadOnlyList<BatchEntry> entries, IReadOnlyList<WorkbookFiling>? invalid = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(entries);
        using var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        SheetWriter.Styles(workbook);

        string[] headers = ["序号 Key", "报文编号 Message id", "海关编号 Entry id", "结果 Result", "最新回执 Latest code", "最新状态 Latest status", "提交时间 Filed at", "答复时间 Answered at", "回执时间线 Receipts", "错误 Errors"];
        var rows = new List<Row> { Header(headers) };
        foreach (var entry in entries)
        {
            var row = rows.Count + 1;
            var last = entry.LastReceipt;
            var errors = entry.State == BatchFilingState.Refused ? entry.Detail : entry.FinalReceipt is { Status: ReceiptStatus.Rejected } rejected ? rejected.Note ?? rejected.Description : null;
            rows.Add(Cells(row, [entry.Key, entry.MessageId, entry.EntryId, entry.Result, last?.Code, last?.Status.ToString(), Time(entry.FiledAt), Time(entry.FinalReceipt?.At), string.Join('\n', entry.Receipts), errors]));
        }

        foreach (var filing in invalid ?? [])
        {
            var problems = filing.Report.Issues.Where(static i => i.Severity == ValidationSeverity.Error).Select(static i => $"{i.Location.Cell ?? i.Location.ToString()}: {i.Code}: {i.Message}");
            rows.Add(Cells(rows.Count + 1, [filing.Key, null, null, "Invalid", null, null, null, null, null, string.Join('\n', problems)]));
        }

        SheetWriter.AddSheet(workbook, "结果 Results", rows, [14, 30, 22, 12, 10, 12, 20, 20, 70, 60], null, frozenRows: 1);

        var receipts = new List<Row> { Header(["序号 Key", "报文编号 Message id", "回执序号 Sequence", "时间 Time", "代码 Code", "状态 Status", "说明 Description", "备注 Note"]) };
        foreach (var entry in entries)
        {
            foreach (var r in entry.Receipts)
            {
                var row = receipts.Count + 1;
                var cells = Cells(row, [entry.Key, entry.MessageId, null, Time(r.At), r.Code, r.Status.ToString(), r.Description, r.Note]);
                cells.InsertAt(SheetWriter.NumberCell("C", row, r.Sequence), 2);
                receipts.Add(cells);
            }
        }

        SheetWriter.AddSheet(workbook, "回执 Receipts", receipts, [14, 30, 10, 20, 8, 12, 20, 50], null, frozenRows: 1);
    }

    private static Row Header(IReadOnlyList<string> texts) => new(texts.Select((t, i) => SheetWriter.TextCell(SheetWriter.ColumnName(i + 1), 1, t, SheetWriter.Header))) { RowIndex = 1 };

    /// <summary>Makes a row of text cells, leaving out the empty ones; multi-line texts wrap.</summary>
    private static Row Cells(int row, IReadOnlyList<string?> texts) =>
        new(texts.Select((t, i) => (t, i)).Where(static x => !string.IsNullOrEmpty(x.t))
            .Select(x => SheetWriter.TextCell(SheetWriter.ColumnName(x.i + 1), row, x.t!, x.t!.Contains('\n', StringComparison.Ordinal) ? SheetWriter.Wrapped : SheetWriter.Plain)))
        { RowIndex = (uint)row };

    private static string? Time(DateTimeOffset? at) => at?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
