using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.TaxRefund;

/// <summary>Represents one export tax-refund filing (出口退税申报) of a foreign-trade enterprise: the export-detail form
/// (外贸企业出口退税出口明细申报表, 2022 layout) and the purchase-detail form (进货明细申报表) of one period and batch.</summary>
/// <remarks>
/// <para>There is no public XML for these filings (reference/china-formats.md §4): the tax bureau's tools import the forms
/// as tables. This model follows the forms' columns. Manufacturers' exempt-credit-refund rows (生产企业免抵退) are a
/// different form and will be another row type on this record.</para>
/// <para>Export rows and purchase rows are tied by their link number (关联号): every link must have rows on both forms,
/// and its quantities must agree (<see cref="TaxRefundValidator"/>). Amounts: <see cref="RefundArithmetic"/>.</para>
/// </remarks>
public sealed record TaxRefundFiling
{
    /// <summary>Gets the taxpayer's identification number (纳税人识别号), the 18-character unified social credit code.</summary>
    public required string TaxpayerId { get; init; }

    /// <summary>Gets the taxpayer's name (纳税人名称).</summary>
    public required string TaxpayerName { get; init; }

    /// <summary>Gets the filing period (申报年月) as <c>yyyyMM</c>.</summary>
    public required string Period { get; init; }

    /// <summary>Gets the batch number within the period (申报批次), such as <c>001</c>.</summary>
    public required string Batch { get; init; }

    /// <summary>Gets the enterprise's export management class (出口企业管理类别), 1 to 4, when known: the tax bureau aims to
    /// answer class 1 and 2 enterprises within 3 working days, the others within 4 (POLICIES.md row 12).</summary>
    public int? ManagementClass { get; init; }

    /// <summary>Gets the export-detail rows.</summary>
    public IReadOnlyList<ExportDetailRow> ExportRows { get; init => field = EquatableList.From(value); } = EquatableList<ExportDetailRow>.Empty;

    /// <summary>Gets the purchase-detail rows.</summary>
    public IReadOnlyList<PurchaseDetailRow> PurchaseRows { get; init => field = EquatableList.From(value); } = EquatableList<PurchaseDetailRow>.Empty;
}

/// <summary>Represents one row of the export-detail form (出口明细申报表).</summary>
public sealed record ExportDetailRow
{
    /// <summary>Gets the row number (序号), from 1.</summary>
    public required int RowNumber { get; init; }

    /// <summary>Gets the link number (关联号) tying the row to its purchase rows.</summary>
    public required string LinkNumber { get; init; }

    /// <summary>Gets the export invoice number (出口发票号).</summary>
    public string? ExportInvoiceNumber { get; init; }

    /// <summary>Gets the customs declaration number (出口货物报关单号): 21 characters, see <see cref="RefundDeclarationNumber"/>.</summary>
    public required string DeclarationNumber { get; init; }

    /// <summary>Gets the agency export certificate number (代理出口货物证明号), for goods exported through an agent.</summary>
    public string? AgencyCertificateNumber { get; init; }

    /// <summary>Gets the export date (出口日期), from the declaration.</summary>
    public required DateOnly ExportDate { get; init; }

    /// <summary>Gets the export commodity code (出口商品代码), the declaration line's 10-digit HS code.</summary>
    public required string CommodityCode { get; init; }

    /// <summary>Gets the commodity name (出口商品名称).</summary>
    public required string CommodityName { get; init; }

    /// <summary>Gets the unit (计量单位), the declaration line's first legal unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Gets the exported quantity (出口数量) in <see cref="Unit"/>.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Gets the FOB value in US dollars (美元离岸价), two decimals.</summary>
    public required decimal FobUsd { get; init; }

    /// <summary>Gets the declared commodity code (申报商品代码) from the refund-rate library, when it differs from <see cref="CommodityCode"/>.</summary>
    public string? DeclaredCommodityCode { get; init; }

    /// <summary>Gets the refund business type (退(免)税业务类型).</summary>
    public string? BusinessType { get; init; }

    /// <summary>Gets the remark (备注).</summary>
    public string? Remark { get; init; }
}

/// <summary>Represents one row of the purchase-detail form (进货明细申报表).</summary>
public sealed record PurchaseDetailRow
{
    /// <summary>Gets the row number (序号): <c>0001</c> to <c>9999</c>, then <c>A001</c> … (<see cref="PurchaseRowNumber"/>).</summary>
    public required string RowNumber { get; init; }

    /// <summary>Gets the link number (关联号) tying the row to its export rows.</summary>
    public required string LinkNumber { get; init; }

    /// <summary>Gets the tax kind (税种).</summary>
    public required RefundTaxKind TaxKind { get; init; }

    /// <summary>Gets the purchase voucher number (进货凭证号): the VAT invoice's code and number.</summary>
    public required string VoucherNumber { get; init; }

    /// <summary>Gets the invoice date (开票日期).</summary>
    public required DateOnly InvoiceDate { get; init; }

    /// <summary>Gets the commodity code (商品代码) from the refund-rate library.</summary>
    public required string CommodityCode { get; init; }

    /// <summary>Gets the commodity name (商品名称).</summary>
    public required string CommodityName { get; init; }

    /// <summary>Gets the unit (计量单位).</summary>
    public required string Unit { get; init; }

    /// <summary>Gets the purchased quantity (数量) in <see cref="Unit"/>.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Gets the taxable amount in yuan (计税金额), two decimals.</summary>
    public required decimal TaxableAmount { get; init; }

    /// <summary>Gets the VAT rate in percent (征税率), such as 13.</summary>
    public required decimal TaxRate { get; init; }

    /// <summary>Gets the refund rate in percent (退税率), such as 13, from the refund-rate library.</summary>
    public required decimal RefundRate { get; init; }

    /// <summary>Gets the refundable amount in yuan (可退税额): <see cref="RefundArithmetic.Refundable"/> of the taxable amount and refund rate.</summary>
    public required decimal RefundableAmount { get; init; }
}

/// <summary>Names the tax a purchase row claims back (税种).</summary>
public enum RefundTaxKind
{
    /// <summary>Value-added tax (<c>V</c>).</summary>
    Vat = 0,

    /// <summary>Consumption tax (<c>C</c>), whose refundable amount follows other rules (per unit or per value) and is not computed by the SDK.</summary>
    Consumption = 1,
}
