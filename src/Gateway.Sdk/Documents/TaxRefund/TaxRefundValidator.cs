using System.Globalization;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.TaxRefund;

/// <summary>Checks a tax-refund filing's forms and arithmetic before it is filed.</summary>
/// <remarks>
/// Rules: <c>TR001</c> taxpayer id not a unified social credit code; <c>TR002</c> period not <c>yyyyMM</c>; <c>TR003</c>
/// export row numbers not 1, 2, 3 … in order; <c>TR004</c> purchase row numbers not <c>0001</c>, <c>0002</c> … in order;
/// <c>TR005</c> declaration number not 21 digits with an item number; <c>TR006</c> commodity code not 10 digits;
/// <c>TR007</c> a quantity or amount not above zero; <c>TR008</c> a VAT row's refundable amount is not taxable amount ×
/// refund rate (<see cref="RefundArithmetic.Refundable"/>); <c>TR009</c> a rate outside 0–100 or a refund rate above the
/// tax rate; <c>TR010</c> a link number with rows on one form only; <c>TR011</c> a link whose export and purchase quantities
/// differ (a warning when its rows use different units, which the SDK cannot convert); <c>TR012</c> an empty link number; <c>TR013</c> a management class other than 1–4.
/// Thread-safe.
/// </remarks>
public sealed class TaxRefundValidator
{
    private readonly MidpointRounding _rounding;

    /// <summary>Initializes a new instance of the <see cref="TaxRefundValidator"/> class.</summary>
    /// <param name="rounding">How refundable amounts round a half fen (<see cref="RefundArithmetic.Refundable"/>); the tax bureau's rule is not published.</param>
    public TaxRefundValidator(MidpointRounding rounding = MidpointRounding.AwayFromZero) => _rounding = rounding;

    /// <summary>Checks a filing.</summary>
    /// <param name="filing">The filing.</param>
    /// <returns>The issues, each located by property path (<c>PurchaseRows[3].RefundableAmount</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filing"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(TaxRefundFiling filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var issues = new List<ValidationIssue>();
        void Add(string code, string message, string path, ValidationSeverity severity = ValidationSeverity.Error) =>
            issues.Add(new ValidationIssue(code, severity, message, new IssueLocation { PropertyPath = path }));

        if (!UnifiedSocialCreditCode.TryParse(filing.TaxpayerId, out _))
        {
            Add("TR001", $"TaxpayerId {XmlFormat.Excerpt(filing.TaxpayerId)} is not a unified social credit code: 18 characters ending in the GB 32100 check character", "TaxpayerId");
        }

        if (!DateTime.TryParseExact(filing.Period, "yyyyMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Add("TR002", $"Period {XmlFormat.Excerpt(filing.Period)} is not a month: write yyyyMM, such as 202611", "Period");
        }

        if (filing.ManagementClass is < 1 or > 4)
        {
            Add("TR013", $"ManagementClass {filing.ManagementClass} is not an export management class: 1, 2, 3 or 4 (出口企业管理类别), or leave it empty", "ManagementClass");
        }

        for (var i = 0; i < filing.ExportRows.Count; i++)
        {
            var row = filing.ExportRows[i];
            var at = $"ExportRows[{i}]";
            if (row.RowNumber != i + 1)
            {
                Add("TR003", $"row number {row.RowNumber} should be {i + 1}: number the export rows 1, 2, 3 … in order", at + ".RowNumber");
            }

            if (!RefundDeclarationNumber.TryParse(row.DeclarationNumber, out _, out _))
            {
                Add("TR005", $"DeclarationNumber {XmlFormat.Excerpt(row.DeclarationNumber)} is not 21 digits: the 18-digit entry id, 0 and the 2-digit item number", at + ".DeclarationNumber");
            }

            if (row.CommodityCode is not { Length: 10 } || !row.CommodityCode.All(char.IsAsciiDigit))
            {
                Add("TR006", $"CommodityCode {XmlFormat.Excerpt(row.CommodityCode)} is not the declaration line's 10-digit HS code", at + ".CommodityCode");
            }

            Positive(row.Quantity, at + ".Quantity");
            Positive(row.FobUsd, at + ".FobUsd");
            Link(row.LinkNumber, at);
        }

        for (var i = 0; i < filing.PurchaseRows.Count; i++)
        {
            var row = filing.PurchaseRows[i];
            var at = $"PurchaseRows[{i}]";
            if (!PurchaseRowNumber.TryParse(row.RowNumber, out var ordinal) || ordinal != i + 1)
            {
                Add("TR004", $"row number {XmlFormat.Excerpt(row.RowNumber)} should be {PurchaseRowNumber.Format(Math.Min(i + 1, PurchaseRowNumber.Max))}: number the purchase rows 0001, 0002 … (after 9999: A001) in order", at + ".RowNumber");
            }

            Positive(row.Quantity, at + ".Quantity");
            Positive(row.TaxableAmount, at + ".TaxableAmount");
            Link(row.LinkNumber, at);
            if (row.TaxRate is < 0 or > 100 || row.RefundRate is < 0 or > 100 || row.RefundRate > row.TaxRate)
            {
                Add("TR009", $"rates {row.TaxRate.ToString(CultureInfo.InvariantCulture)}% tax and {row.RefundRate.ToString(CultureInfo.InvariantCulture)}% refund: rates are percentages from 0 to 100, and the refund rate cannot exceed the tax rate", at + ".RefundRate");
            }

            if (row.TaxKind == RefundTaxKind.Vat && RefundArithmetic.Refundable(row.TaxableAmount, row.RefundRate, _rounding) is var expected && expected != row.RefundableAmount)
            {
                Add("TR008", $"RefundableAmount {RefundArithmetic.Format(row.RefundableAmount)} should be {RefundArithmetic.Format(expected)}: taxable amount {RefundArithmetic.Format(row.TaxableAmount)} × refund rate {row.RefundRate.ToString(CultureInfo.InvariantCulture)}%, rounded to the fen", at + ".RefundableAmount");
            }
        }

        foreach (var link in RefundArithmetic.Totals(filing).Links.Where(static l => !string.IsNullOrWhiteSpace(l.LinkNumber)))
        {
            var exports = filing.ExportRows.Where(r => r.LinkNumber == link.LinkNumber).ToList();
            var purchases = filing.PurchaseRows.Where(r => r.LinkNumber == link.LinkNumber).ToList();
            var where = exports.Count > 0 ? $"ExportRows[{filing.ExportRows.ToList().IndexOf(exports[0])}].LinkNumber" : $"PurchaseRows[{filing.PurchaseRows.ToList().IndexOf(purchases[0])}].LinkNumber";
            if (exports.Count == 0 || purchases.Count == 0)
            {
                Add("TR010", $"link number {XmlFormat.Excerpt(link.LinkNumber)} has {(exports.Count == 0 ? "purchase rows but no export row" : "export rows but no purchase row")}; every link ties export rows to the purchases they were bought with", where);
                continue;
            }

            if (link.ExportQuantity != link.PurchaseQuantity)
            {
                var units = exports.Select(static r => r.Unit).Concat(purchases.Select(static r => r.Unit)).Distinct(StringComparer.Ordinal).Count();
                Add(
                    "TR011",
                    units == 1
                        ? $"link number {XmlFormat.Excerpt(link.LinkNumber)}: exported {link.ExportQuantity.ToString(CultureInfo.InvariantCulture)} but purchased {link.PurchaseQuantity.ToString(CultureInfo.InvariantCulture)}; the quantities of a link must agree"
                        : $"link number {XmlFormat.Excerpt(link.LinkNumber)}: quantities {link.ExportQuantity.ToString(CultureInfo.InvariantCulture)} exported and {link.PurchaseQuantity.ToString(CultureInfo.InvariantCulture)} purchased are in different units, which the SDK cannot compare: check them",
                    where,
                    units == 1 ? ValidationSeverity.Error : ValidationSeverity.Warning);
            }
        }

        return new ValidationReport(issues);

        void Positive(decimal value, string path)
        {
            if (value <= 0)
            {
                Add("TR007", $"{path[(path.LastIndexOf('.') + 1)..]} {value.ToString(CultureInfo.InvariantCulture)} must be above zero", path);
            }
        }

        void Link(string link, string at)
        {
            if (string.IsNullOrWhiteSpace(link))
            {
                Add("TR012", "LinkNumber is empty: give each row the link number (关联号) that ties export rows to purchase rows", at + ".LinkNumber");
            }
        }
    }
}
