using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Documents.TaxRefund;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.OpenXml;

/// <summary>Reads the refund forms (the layout of <see cref="TaxRefundWorkbook"/>) back into a <see cref="TaxRefundFiling"/>, with every problem located at its cell.</summary>
/// <remarks>
/// <para>Sheets are found by name (<c>出口明细 Export</c>, or <c>Export</c> alone) and read row by row with the SAX-style
/// reader. Head fields are found by their label in row 2, columns by their English header in row 4, so columns may be
/// moved and optional ones left out. Form rows run from row 5 to the <c>合计</c> totals row (or the last row); the totals
/// themselves are not read. Dates may be text (<c>yyyyMMdd</c>, <c>yyyy-MM-dd</c>, <c>yyyy/M/d</c>) or Excel dates.</para>
/// <para>Issues: <c>WB001</c> not a workbook, <c>WB002</c> a form sheet missing, <c>WB003</c> (warning) a column that is not a
/// field, <c>WB007</c> malformed or hostile XML; <c>TRW001</c> a required cell empty or a value that does not convert (the
/// row is left out), <c>TRW002</c> the two forms name a different head (taxpayer, period, batch), <c>TRW003</c> a required
/// column missing (the sheet's rows are left out); then the filing's rules (<see cref="TaxRefundValidator"/>), each at the
/// cell of the value it names, unless that cell already has an error. While a row is left out, the rules across rows (numbering <c>TR003</c>, <c>TR004</c>; links
/// <c>TR010</c>, <c>TR011</c>) are not checked, since they would only report the gap. Thread-safe.</para>
/// </remarks>
public sealed class TaxRefundWorkbookReader
{
    private readonly MidpointRounding _rounding;
    private readonly WorkbookLimits _limits;

    /// <summary>Initializes a new instance of the <see cref="TaxRefundWorkbookReader"/> class.</summary>
    /// <param name="rounding">How the rules round refundable amounts to the fen (<see cref="TaxRefundValidator"/>).</param>
    /// <param name="limits">The reading limits; <see langword="null"/> for <see cref="WorkbookLimits.Default"/>.</param>
    public TaxRefundWorkbookReader(MidpointRounding rounding = MidpointRounding.AwayFromZero, WorkbookLimits? limits = null) =>
        (_rounding, _limits) = (rounding, limits ?? WorkbookLimits.Default);

    /// <summary>Reads a workbook.</summary>
    /// <param name="workbook">The <c>.xlsx</c> package; read to its end and left open.</param>
    /// <returns>The filing (unless a form sheet is missing or the file cannot be read) and the problems found, each with its cell (<see cref="IssueLocation.Cell"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is <see langword="null"/>.</exception>
    public ReadResult<TaxRefundFiling> Read(Stream workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var issues = new List<ValidationIssue>();
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        var filing = WorkbookCells.Open(workbook, _limits, issues, string.Empty, d => Read(d, issues, cells));
        if (filing is null)
        {
            return new ReadResult<TaxRefundFiling>(null, new ValidationReport(issues));
        }

        // A row left out leaves a gap that the rules across rows would report again: they wait until every row reads.
        var complete = !issues.Any(static i => i.Code is "TRW001" or "TRW003");
        var flagged = issues.Where(static i => i.Severity == ValidationSeverity.Error && i.Location.Cell is not null).Select(static i => i.Location.Cell!).ToHashSet(StringComparer.Ordinal);
        foreach (var issue in new TaxRefundValidator(_rounding).Validate(filing).Issues.Where(i => complete || i.Code is not ("TR003" or "TR004" or "TR010" or "TR011")))
        {
            var path = issue.Location.PropertyPath ?? string.Empty;
            var cell = cells.GetValueOrDefault(path) ?? cells.GetValueOrDefault(path[..Math.Max(0, path.LastIndexOf('.'))]);
            if (cell is null || !flagged.Contains(cell))
            {
                issues.Add(issue with { Location = issue.Location with { Cell = cell } });
            }
        }

        return new ReadResult<TaxRefundFiling>(filing, new ValidationReport(issues));
    }

    private TaxRefundFiling? Read(SpreadsheetDocument document, List<ValidationIssue> issues, Dictionary<string, string> cells)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var shared = WorkbookCells.SharedStrings(workbook, _limits);
        var exportSheet = Sheet(workbook, TaxRefundWorkbook.ExportSheet, shared, issues);
        var purchaseSheet = Sheet(workbook, TaxRefundWorkbook.PurchaseSheet, shared, issues);
        if (exportSheet is null || purchaseSheet is null)
        {
            return null;
        }

        var head = Head(exportSheet, purchaseSheet, issues, cells);
        var exports = Rows(exportSheet, TaxRefundWorkbook.ExportColumns, "ExportRows", Export, issues, cells);
        var purchases = Rows(purchaseSheet, TaxRefundWorkbook.PurchaseColumns, "PurchaseRows", Purchase, issues, cells);
        int? managementClass = null;
        if (head.GetValueOrDefault("ManagementClass") is { } text)
        {
            managementClass = int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            if (managementClass is null)
            {
                issues.Add(Issue("TRW001", $"ManagementClass {XmlFormat.Excerpt(text)} is not a whole number: write 1, 2, 3 or 4, or leave it empty", cells["ManagementClass"]));
            }
        }

        return new TaxRefundFiling
        {
            TaxpayerId = head.GetValueOrDefault("TaxpayerId") ?? string.Empty,
            TaxpayerName = head.GetValueOrDefault("TaxpayerName") ?? string.Empty,
            Period = head.GetValueOrDefault("Period") ?? string.Empty,
            Batch = head.GetValueOrDefault("Batch") ?? string.Empty,
            ManagementClass = managementClass,
            ExportRows = exports,
            PurchaseRows = purchases,
        };
    }

    /// <summary>Reads one form sheet's non-empty cells, grouped by row.</summary>
    private FormSheet? Sheet(WorkbookPart workbook, string name, List<string> shared, List<ValidationIssue> issues)
    {
        var english = name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == name || s.Name?.Value == english);
        if (sheet?.Id?.Value is not { } id)
        {
            issues.Add(Issue("WB002", $"the workbook has no sheet '{name}'; start from gateway refund export", null));
            return null;
        }

        var rows = WorkbookCells.Read((WorksheetPart)workbook.GetPartById(id), shared, _limits)
            .GroupBy(static c => c.Row)
            .ToDictionary(static g => g.Key, static g => g.GroupBy(static c => c.Column).ToDictionary(static c => c.Key, static c => c.First().Text));
        return new FormSheet(sheet.Name!.Value!, rows);
    }

    /// <summary>Reads the head's label and value pairs of row 2 on both sheets; the export form's value wins, and a different one on the purchase form is <c>TRW002</c>.</summary>
    private static Dictionary<string, string> Head(FormSheet exports, FormSheet purchases, List<ValidationIssue> issues, Dictionary<string, string> cells)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sheet in new[] { exports, purchases })
        {
            var row = sheet.Rows.GetValueOrDefault(2) ?? [];
            foreach (var (labelZh, property) in TaxRefundWorkbook.HeadFields)
            {
                var label = row.FirstOrDefault(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] parts && (first == labelZh || parts[^1] == property));
                var cell = WorkbookCells.Reference(sheet.Name, 2, label.Key == 0 ? 2 : label.Key + 1);
                var value = label.Key == 0 ? null : row.GetValueOrDefault(label.Key + 1);
                if (values.TryGetValue(property, out var first))
                {
                    if (value is not null && value != first)
                    {
                        issues.Add(Issue("TRW002", $"{property} is {XmlFormat.Excerpt(value)} here but {XmlFormat.Excerpt(first)} on '{exports.Name}'; both forms belong to one filing: make them agree", cell));
                    }
                }
                else if (value is not null)
                {
                    values[property] = value;
                    cells[property] = cell;
                }
                else if (sheet == purchases && property != "ManagementClass")
                {
                    issues.Add(Issue("TRW001", $"{property} ({labelZh}) is empty: fill it in row 2, to the right of its label", cells.GetValueOrDefault(property) ?? cell));
                }
                else
                {
                    cells.TryAdd(property, cell);
                }
            }
        }

        return values;
    }

    /// <summary>Converts a sheet's form rows, from row 5 to the totals row; a row with a value that does not convert is left out.</summary>
    private static List<T> Rows<T>(FormSheet sheet, RefundColumn<T>[] layout, string path, Func<Func<string, object?>, T> build, List<ValidationIssue> issues, Dictionary<string, string> cells)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (column, text) in sheet.Rows.GetValueOrDefault(4) ?? [])
        {
            var property = text.Trim().Split(' ')[0];
            if (layout.Any(c => c.Property == property))
            {
                columns.TryAdd(property, column);
            }
            else
            {
                issues.Add(new ValidationIssue("WB003", ValidationSeverity.Warning, $"column '{text}' is not a field of this form; it is ignored (check the header in row 4)", new IssueLocation { Cell = WorkbookCells.Reference(sheet.Name, 4, column) }));
            }
        }

        var missing = layout.Where(c => c.Required && !columns.ContainsKey(c.Property)).ToList();
        if (missing.Count > 0)
        {
            issues.AddRange(missing.Select(c => Issue("TRW003", $"the form has no column {c.Property} ({c.LabelZh}): restore its header in row 4; the sheet's rows are left out", WorkbookCells.Reference(sheet.Name, 4, 1))));
            return [];
        }

        var result = new List<T>();
        foreach (var (number, row) in sheet.Rows.Where(static r => r.Key >= TaxRefundWorkbook.FirstDataRow).OrderBy(static r => r.Key))
        {
            if (row.GetValueOrDefault(1)?.TrimStart().StartsWith("合计", StringComparison.Ordinal) == true)
            {
                break;
            }

            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            var converted = true;
            foreach (var column in layout)
            {
                var at = columns.TryGetValue(column.Property, out var c) ? c : 0;
                var text = at == 0 ? null : row.GetValueOrDefault(at);
                var cell = WorkbookCells.Reference(sheet.Name, number, at == 0 ? 1 : at);
                var (value, problem) = text is null
                    ? (null, column.Required ? "is empty: fill it in" : null)
                    : Convert(column, text);
                if (problem is not null)
                {
                    issues.Add(Issue("TRW001", $"{column.Property} ({column.LabelZh}) {problem}; the row is left out", cell));
                    converted = false;
                }

                values[column.Property] = value;
                if (at > 0)
                {
                    cells[$"{path}[{result.Count}].{column.Property}"] = cell;
                }
            }

            cells[$"{path}[{result.Count}]"] = WorkbookCells.Reference(sheet.Name, number, 1);
            if (converted)
            {
                result.Add(build(p => values[p]));
            }
        }

        return result;
    }

    private static (object? Value, string? Problem) Convert<T>(RefundColumn<T> column, string text)
    {
        var trimmed = text.Trim();
        return column.Kind switch
        {
            RefundCell.Integer => int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? (n, null) : (null, $"{XmlFormat.Excerpt(text)} is not a whole number from 1"),
            RefundCell.Number or RefundCell.Money => decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? (d, null) : (null, $"{XmlFormat.Excerpt(text)} is not a number such as 1300.00"),
            RefundCell.Date => Date(trimmed) is { } date ? (date, null) : (null, $"{XmlFormat.Excerpt(text)} is not a date: write yyyyMMdd, such as 20261122"),
            _ when column.Property == "TaxKind" => trimmed switch
            {
                "V" => (RefundTaxKind.Vat, null),
                "C" => (RefundTaxKind.Consumption, null),
                _ => (null, $"{XmlFormat.Excerpt(text)} is not a tax kind: write V (VAT) or C (consumption tax)"),
            },
            _ => (text, null),
        };
    }

    /// <summary>Reads a date written <c>yyyyMMdd</c>, <c>yyyy-MM-dd</c> or <c>yyyy/M/d</c>, or an Excel date serial number.</summary>
    private static DateOnly? Date(string text)
    {
        if (DateOnly.TryParseExact(text, ["yyyyMMdd", "yyyy-MM-dd", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return text.Length <= 7 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial))
            : null;
    }

    private static ExportDetailRow Export(Func<string, object?> v) => new()
    {
        RowNumber = (int)v("RowNumber")!,
        LinkNumber = (string)v("LinkNumber")!,
        ExportInvoiceNumber = (string?)v("ExportInvoiceNumber"),
        DeclarationNumber = (string)v("DeclarationNumber")!,
        AgencyCertificateNumber = (string?)v("AgencyCertificateNumber"),
        ExportDate = (DateOnly)v("ExportDate")!,
        CommodityCode = (string)v("CommodityCode")!,
        CommodityName = (string)v("CommodityName")!,
        Unit = (string)v("Unit")!,
        Quantity = (decimal)v("Quantity")!,
        FobUsd = (decimal)v("FobUsd")!,
        DeclaredCommodityCode = (string?)v("DeclaredCommodityCode"),
        BusinessType = (string?)v("BusinessType"),
        Remark = (string?)v("Remark"),
    };

    private static PurchaseDetailRow Purchase(Func<string, object?> v) => new()
    {
        RowNumber = (string)v("RowNumber")!,
        LinkNumber = (string)v("LinkNumber")!,
        TaxKind = (RefundTaxKind)v("TaxKind")!,
        VoucherNumber = (string)v("VoucherNumber")!,
        InvoiceDate = (DateOnly)v("InvoiceDate")!,
        CommodityCode = (string)v("CommodityCode")!,
        CommodityName = (string)v("CommodityName")!,
        Unit = (string)v("Unit")!,
        Quantity = (decimal)v("Quantity")!,
        TaxableAmount = (decimal)v("TaxableAmount")!,
        TaxRate = (decimal)v("TaxRate")!,
        RefundRate = (decimal)v("RefundRate")!,
        RefundableAmount = (decimal)v("RefundableAmount")!,
    };

    private static ValidationIssue Issue(string code, string message, string? cell) =>
        new(code, ValidationSeverity.Error, message, new IssueLocation { Cell = cell });

    /// <summary>Is one form sheet: its name and its non-empty cells by row and column.</summary>
    private sealed record FormSheet(string Name, Dictionary<int, Dictionary<int, string>> Rows);
}
