using System.Globalization;

namespace Gateway.Sdk.Documents.TaxRefund;

/// <summary>Computes refundable amounts and the totals of a filing, so a tester can check them by hand.</summary>
/// <remarks>
/// <para>Refundable VAT of a purchase row: taxable amount × refund rate (可退税额 = 计税金额 × 退税率, reference/china-formats.md
/// §4.3), rounded to the fen (0.01 yuan). The rounding of the tax bureau's tool is not published: the SDK rounds half away
/// from zero (四舍五入, the usual rule for amounts in yuan) by default, and <see cref="MidpointRounding"/> is a parameter.
/// Totals are sums of the rounded row amounts, never a product of summed amounts, so a total always equals the sum of its
/// rows.</para>
/// <para>Consumption-tax rows (<see cref="RefundTaxKind.Consumption"/>) are refunded per unit or per value under their own
/// rules; their amount is taken as filed.</para>
/// </remarks>
public static class RefundArithmetic
{
    /// <summary>Computes a VAT row's refundable amount.</summary>
    /// <param name="taxableAmount">The taxable amount in yuan.</param>
    /// <param name="refundRatePercent">The refund rate in percent, such as 13.</param>
    /// <param name="rounding">How a half fen is rounded; the default is half away from zero.</param>
    /// <returns>The amount, rounded to two decimals.</returns>
    /// <example>10,000.00 × 13% = 1,300.00; 1,234.57 × 9% = 111.1113 → 111.11; 50.50 × 13% = 6.565 → 6.57.</example>
    public static decimal Refundable(decimal taxableAmount, decimal refundRatePercent, MidpointRounding rounding = MidpointRounding.AwayFromZero) =>
        Math.Round(taxableAmount * refundRatePercent / 100m, 2, rounding);

    /// <summary>Sums a filing per link number and in all.</summary>
    /// <param name="filing">The filing.</param>
    /// <returns>One total per link number, in the order links first appear, and the filing's total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filing"/> is <see langword="null"/>.</exception>
    public static RefundTotals Totals(TaxRefundFiling filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var links = filing.ExportRows.Select(static r => r.LinkNumber).Concat(filing.PurchaseRows.Select(static r => r.LinkNumber)).Distinct(StringComparer.Ordinal).Select(link =>
        {
            var exports = filing.ExportRows.Where(r => r.LinkNumber == link).ToList();
            var purchases = filing.PurchaseRows.Where(r => r.LinkNumber == link).ToList();
            return new LinkTotal(link, exports.Sum(static r => r.Quantity), exports.Sum(static r => r.FobUsd), purchases.Sum(static r => r.Quantity), purchases.Sum(static r => r.TaxableAmount), purchases.Sum(static r => r.RefundableAmount));
        }).ToList();
        return new RefundTotals(links, links.Sum(static l => l.FobUsd), links.Sum(static l => l.TaxableAmount), links.Sum(static l => l.RefundableAmount));
    }

    /// <summary>Formats an amount as the forms write it: two decimals, invariant culture.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>Text such as <c>1300.00</c>.</returns>
    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Represents the sums of one link number.</summary>
/// <param name="LinkNumber">The link number.</param>
/// <param name="ExportQuantity">The exported quantity.</param>
/// <param name="FobUsd">The FOB value in US dollars.</param>
/// <param name="PurchaseQuantity">The purchased quantity.</param>
/// <param name="TaxableAmount">The taxable amount in yuan.</param>
/// <param name="RefundableAmount">The refundable amount in yuan.</param>
public sealed record LinkTotal(string LinkNumber, decimal ExportQuantity, decimal FobUsd, decimal PurchaseQuantity, decimal TaxableAmount, decimal RefundableAmount);

/// <summary>Represents a filing's sums.</summary>
/// <param name="Links">The sums per link number.</param>
/// <param name="FobUsd">The FOB value of all export rows.</param>
/// <param name="TaxableAmount">The taxable amount of all purchase rows.</param>
/// <param name="RefundableAmount">The refundable amount of the filing (申报退税额): the sum of the rows' rounded amounts.</param>
public sealed record RefundTotals(IReadOnlyList<LinkTotal> Links, decimal FobUsd, decimal TaxableAmount, decimal RefundableAmount);
