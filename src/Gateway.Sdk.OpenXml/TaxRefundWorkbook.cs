using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Documents.TaxRefund;

namespace Gateway.Sdk.OpenXml;

/// <summary>Writes an export tax-refund filing as the two 2022 forms, one sheet each, in the forms' column order
/// (<c>gateway refund export</c>); <see cref="TaxRefundWorkbookReader"/> reads such a workbook back.</summary>
/// <remarks>
/// <para>Sheets: <c>出口明细 Export</c> (外贸企业出口退税出口明细申报表) and <c>进货明细 Purchases</c> (进货明细申报表). On each,
/// row 1 is the form's title; row 2 the filing's head as label and value pairs (纳税人识别号 TaxpayerId, 纳税人名称
/// TaxpayerName, 申报年月 Period, 申报批次 Batch, 管理类别 ManagementClass); row 3 the form's Chinese column headers and row 4
/// the model's English property names (required columns have yellow headers); rows from 5 one form row each; then a
/// <c>合计 Total</c> row that sums the FOB value (export form) and the taxable and refundable amounts (purchase form) with
/// <c>SUM</c> formulas, their values cached.</para>
/// <para>Texts are text cells, so codes keep their leading zeros (<c>0001</c>, declaration numbers of 21 digits); dates
/// are text <c>yyyyMMdd</c>, as the refund tools write them; quantities, amounts and rates are numbers, amounts shown with
/// two decimals. The tax kind column offers <c>V</c> and <c>C</c> in a drop-down. This is the forms' layout as the
/// reference documents it (reference/china-formats.md §4, confidence medium), not a file format published by the tax
/// bureau. Thread-safe.</para>
/// </remarks>
public static class TaxRefundWorkbook
{
    /// <summary>The export-detail sheet's name.</summary>
    public const string ExportSheet = "出口明细 Export";

    /// <summary>The purchase-detail sheet's name.</summary>
    public const string PurchaseSheet = "进货明细 Purchases";

    /// <summary>The row of the first form row on both sheets.</summary>
    internal const int FirstDataRow = 5;

    /// <summary>The label of the totals row, in column A below the form rows.</summary>
    internal const string TotalLabel = "合计 Total";

    /// <summary>Gets the head fields as (label, property) in the order of row 2.</summary>
    internal static readonly (string LabelZh, string Property)[] HeadFields =
        [("纳税人识别号", "TaxpayerId"), ("纳税人名称", "TaxpayerName"), ("申报年月", "Period"), ("申报批次", "Batch"), ("管理类别", "ManagementClass")];

    /// <summary>Gets the export form's columns, in the 2022 form's order.</summary>
    internal static readonly RefundColumn<ExportDetailRow>[] ExportColumns =
    [
        new("RowNumber", "序号", RefundCell.Integer, true, 8, static r => r.RowNumber),
        new("LinkNumber", "关联号", RefundCell.Text, true, 14, static r => r.LinkNumber),
        new("ExportInvoiceNumber", "出口发票号", RefundCell.Text, false, 16, static r => r.ExportInvoiceNumber),
        new("DeclarationNumber", "出口货物报关单号", RefundCell.Text, true, 25, static r => r.DeclarationNumber),
        new("AgencyCertificateNumber", "代理出口货物证明号", RefundCell.Text, false, 20, static r => r.AgencyCertificateNumber),
        new("ExportDate", "出口日期", RefundCell.Date, true, 11, static r => r.ExportDate),
        new("CommodityCode", "出口商品代码", RefundCell.Text, true, 13, static r => r.CommodityCode),
        new("CommodityName", "出口商品名称", RefundCell.Text, true, 24, static r => r.CommodityName),
        new("Unit", "计量单位", RefundCell.Text, true, 9, static r => r.Unit),
        new("Quantity", "出口数量", RefundCell.Number, true, 12, static r => r.Quantity),
        new("FobUsd", "美元离岸价", RefundCell.Money, true, 14, static r => r.FobUsd),
        new("DeclaredCommodityCode", "申报商品代码", RefundCell.Text, false, 13, static r => r.DeclaredCommodityCode),
        new("BusinessType", "退(免)税业务类型", RefundCell.Text, false, 12, static r => r.BusinessType),
        new("Remark", "备注", RefundCell.Text, false, 20, static r => r.Remark),
    ];

    /// <summary>Gets the purchase form's columns, in the form's order.</summary>
    internal static readonly RefundColumn<PurchaseDetailRow>[] PurchaseColumns =
    [
        new("RowNumber", "序号", RefundCell.Text, true, 8, static r => r.RowNumber),
        new("LinkNumber", "关联号", RefundCell.Text, true, 14, static r => r.LinkNumber),
        new("TaxKind", "税种", RefundCell.Text, true, 6, static r => r.TaxKind == RefundTaxKind.Vat ? "V" : "C"),
        new("VoucherNumber", "进货凭证号", RefundCell.Text, true, 22, static r => r.VoucherNumber),
        new("InvoiceDate", "开票日期", RefundCell.Date, true, 11, static r => r.InvoiceDate),
        new("CommodityCode", "商品代码", RefundCell.Text, true, 13, static r => r.CommodityCode),
        new("CommodityName", "商品名称", RefundCell.Text, true, 24, static r => r.CommodityName),
        new("Unit", "计量单位", RefundCell.Text, true, 9, static r => r.Unit),
        new("Quantity", "数量", RefundCell.Number, true, 12, static r => r.Quantity),
        new("TaxableAmount", "计税金额", RefundCell.Money, true, 14, static r => r.TaxableAmount),
        new("TaxRate", "征税率", RefundCell.Number, true, 8, static r => r.TaxRate),
        new("RefundRate", "退税率", RefundCell.Number, true, 8, static r => r.RefundRate),
        new("RefundableAmount", "可退税额", RefundCell.Money, true, 14, static r => r.RefundableAmount),
    ];

    /// <summary>Writes a filing's forms to a stream.</summary>
    /// <param name="output">The seekable stream to write the <c>.xlsx</c> package to; it is left open.</param>
    /// <param name="filing">The filing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="filing"/> is <see langword="null"/>.</exception>
    public static void Write(Stream output, TaxRefundFiling filing)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(filing);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        SheetWriter.Styles(workbook);
        Form(workbook, ExportSheet, "外贸企业出口退税出口明细申报表 · Export detail form (2022)", filing, ExportColumns, filing.ExportRows, ["FobUsd"]);
        var validation = new DataValidation(new Formula1("\"V,C\""))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"C{FirstDataRow}:C{FirstDataRow + PurchaseRowNumber.Max}" },
        };
        Form(workbook, PurchaseSheet, "外贸企业出口退税进货明细申报表 · Purchase detail form (2022)", filing, PurchaseColumns, filing.PurchaseRows, ["TaxableAmount", "RefundableAmount"], [validation]);
    }

    /// <summary>Writes a filing's forms to a file.</summary>
    /// <param name="path">The <c>.xlsx</c> file to create or replace.</param>
    /// <param name="filing">The filing.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(string path, TaxRefundFiling filing)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = File.Create(path);
        Write(file, filing);
    }

    private static void Form<T>(WorkbookPart workbook, string name, string title, TaxRefundFiling filing, RefundColumn<T>[] columns, IReadOnlyList<T> rows, string[] summed, List<DataValidation>? validations = null)
    {
        string?[] head = [filing.TaxpayerId, filing.TaxpayerName, filing.Period, filing.Batch, filing.ManagementClass?.ToString(CultureInfo.InvariantCulture)];
        var sheet = new List<Row>
        {
            new(SheetWriter.TextCell("A", 1, title, SheetWriter.Header)) { RowIndex = 1 },
            new(HeadFields.SelectMany((f, i) => Cells(2, (2 * i) + 1, $"{f.LabelZh} {f.Property}", head[i]))) { RowIndex = 2 },
            new(columns.Select((c, i) => SheetWriter.TextCell(SheetWriter.ColumnName(i + 1), 3, c.LabelZh, c.Required ? SheetWriter.Required : SheetWriter.Header))) { RowIndex = 3 },
            new(columns.Select((c, i) => SheetWriter.TextCell(SheetWriter.ColumnName(i + 1), 4, c.Property, c.Required ? SheetWriter.Required : SheetWriter.Header))) { RowIndex = 4 },
        };
        for (var r = 0; r < rows.Count; r++)
        {
            var index = FirstDataRow + r;
            sheet.Add(new Row(columns.Select((c, i) => Cell(SheetWriter.ColumnName(i + 1), index, c, c.Value(rows[r]))).OfType<Cell>()) { RowIndex = (uint)index });
        }

        var total = FirstDataRow + rows.Count;
        var totals = new Row(SheetWriter.TextCell("A", total, TotalLabel, SheetWriter.Header)) { RowIndex = (uint)total };
        foreach (var property in summed)
        {
            var i = Array.FindIndex(columns, c => c.Property == property);
            var column = SheetWriter.ColumnName(i + 1);
            var sum = rows.Sum(r => (decimal)columns[i].Value(r)!);
            var cell = SheetWriter.NumberCell(column, total, (double)sum, SheetWriter.Money);
            if (rows.Count > 0)
            {
                cell.CellFormula = new CellFormula($"SUM({column}{FirstDataRow}:{column}{total - 1})");
            }

            totals.Append(cell);
        }

        sheet.Add(totals);
        SheetWriter.AddSheet(workbook, name, sheet, [.. columns.Select(static c => c.Width)], validations, frozenRows: 4);
    }

    private static IEnumerable<Cell> Cells(int row, int column, string label, string? value)
    {
        yield return SheetWriter.TextCell(SheetWriter.ColumnName(column), row, label, SheetWriter.Header);
        if (!string.IsNullOrEmpty(value))
        {
            yield return SheetWriter.TextCell(SheetWriter.ColumnName(column + 1), row, value, SheetWriter.Plain);
        }
    }

    private static Cell? Cell<T>(string column, int row, RefundColumn<T> c, object? value) => value switch
    {
        null => null,
        DateOnly date => SheetWriter.TextCell(column, row, date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), SheetWriter.Plain),
        int n => SheetWriter.NumberCell(column, row, n),
        decimal d => SheetWriter.NumberCell(column, row, (double)d, c.Kind == RefundCell.Money ? SheetWriter.Money : SheetWriter.Plain),
        _ => SheetWriter.TextCell(column, row, (string)value, SheetWriter.Plain),
    };
}

/// <summary>Says how a form column is written and read.</summary>
internal enum RefundCell
{
    Text,
    Integer,
    Number,
    Money,
    Date,
}

/// <summary>Describes one column of a refund form.</summary>
/// <param name="Property">The model property, which is the English header.</param>
/// <param name="LabelZh">The form's Chinese header.</param>
/// <param name="Kind">How the cell is written and read.</param>
/// <param name="Required">Whether every row must fill it.</param>
/// <param name="Width">The column width in characters.</param>
/// <param name="Value">Gets the row's value.</param>
internal sealed record RefundColumn<T>(string Property, string LabelZh, RefundCell Kind, bool Required, double Width, Func<T, object?> Value);
