using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.TaxRefund;

namespace Gateway.Sdk.Tests.Documents.TaxRefund;

/// <summary>Generates refund filings with any text, amount and date the model allows, for the XML and workbook round trips.</summary>
internal static class RefundGenerators
{
    private const string Alphabet = "AZaz09 -./中国退税笔记本&<>\"'\n\t";

    internal static Gen<string> Text(int max) =>
        from length in Gen.Choose(1, max)
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), length)
        select new string(chars).Replace("\r", string.Empty, StringComparison.Ordinal);

    internal static Gen<string?> Optional(int max) => Gen.OneOf(Gen.Constant<string?>(null), Text(max).Select(static t => (string?)t));

    internal static Gen<decimal> Amount() => from cents in Gen.Choose(0, int.MaxValue) from scale in Gen.Choose(0, 4) select new decimal(cents, 0, 0, false, (byte)scale);

    internal static Gen<DateOnly> Day() => Gen.Choose(0, 3650).Select(static d => new DateOnly(2020, 1, 1).AddDays(d));

    internal static Gen<ExportDetailRow> Export(int row) =>
        from link in Text(20)
        from invoice in Optional(20)
        from declaration in Text(21)
        from agency in Optional(20)
        from date in Day()
        from code in Text(10)
        from name in Text(40)
        from unit in Text(3)
        from quantity in Amount()
        from fob in Amount()
        from declared in Optional(10)
        from business in Optional(4)
        from remark in Optional(40)
        select new ExportDetailRow { RowNumber = row, LinkNumber = link, ExportInvoiceNumber = invoice, DeclarationNumber = declaration, AgencyCertificateNumber = agency, ExportDate = date, CommodityCode = code, CommodityName = name, Unit = unit, Quantity = quantity, FobUsd = fob, DeclaredCommodityCode = declared, BusinessType = business, Remark = remark };

    internal static Gen<PurchaseDetailRow> Purchase(int row) =>
        from link in Text(20)
        from kind in Gen.Elements(RefundTaxKind.Vat, RefundTaxKind.Consumption)
        from voucher in Text(20)
        from date in Day()
        from code in Text(10)
        from name in Text(40)
        from unit in Text(3)
        from quantity in Amount()
        from taxable in Amount()
        from rate in Gen.Elements(0m, 9m, 13m, 13.5m)
        from refundable in Amount()
        select new PurchaseDetailRow { RowNumber = PurchaseRowNumber.Format(row), LinkNumber = link, TaxKind = kind, VoucherNumber = voucher, InvoiceDate = date, CommodityCode = code, CommodityName = name, Unit = unit, Quantity = quantity, TaxableAmount = taxable, TaxRate = 13m, RefundRate = rate, RefundableAmount = refundable };

    /// <summary>Makes rows numbered 1 to <paramref name="count"/>, or none.</summary>
    internal static Gen<T[]> Rows<T>(int count, Func<int, Gen<T>> row) =>
        count == 0 ? Gen.Constant(Array.Empty<T>()) : Gen.CollectToArray(Enumerable.Range(1, count).Select(row));

    internal static Gen<TaxRefundFiling> Filing() =>
        from exports in Gen.Choose(0, 5)
        from purchases in Gen.Choose(0, 5)
        from id in Text(18)
        from name in Text(40)
        from month in Gen.Choose(1, 12)
        from batch in Text(3)
        from exportRows in Rows(exports, Export)
        from purchaseRows in Rows(purchases, Purchase)
        from managementClass in Gen.Elements<int?>(null, 1, 2, 3, 4)
        select new TaxRefundFiling { TaxpayerId = id, TaxpayerName = name, Period = $"2026{month:D2}", Batch = batch, ManagementClass = managementClass, ExportRows = [.. exportRows], PurchaseRows = [.. purchaseRows] };
}
