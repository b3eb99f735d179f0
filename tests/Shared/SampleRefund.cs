using System.Globalization;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.TaxRefund;

namespace Gateway.Tests.Shared;

/// <summary>Makes the sample refund filing in <c>examples/data/taxrefund-sample.xml</c> and the declarations it refers to
/// (<c>examples/data/taxrefund-declarations/</c>): the first 12 declarations of the sample batch as customs numbered and
/// released them, their 24 lines as export rows, and for each one or two VAT invoices whose quantities add up to it.</summary>
internal static class SampleRefund
{
    public const int Declarations = 12;

    public static (TaxRefundFiling Filing, List<CustomsDeclaration> Declarations) Create()
    {
        var random = new Random(202611);
        var declarations = SampleBatch.Create().Take(Declarations).Select((d, i) => d.Declaration with
        {
            Head = d.Declaration.Head with
            {
                EntryId = string.Create(CultureInfo.InvariantCulture, $"530420261{100000 + i:D9}"),
                ImportExportDate = new DateOnly(2026, 11, 2 + (i % 20)),
            },
        }).ToList();
        var exports = new List<ExportDetailRow>();
        var purchases = new List<PurchaseDetailRow>();
        foreach (var declaration in declarations)
        {
            foreach (var line in declaration.Goods)
            {
                var link = string.Create(CultureInfo.InvariantCulture, $"2611A{exports.Count + 1:D3}");
                exports.Add(new ExportDetailRow
                {
                    RowNumber = exports.Count + 1,
                    LinkNumber = link,
                    ExportInvoiceNumber = string.Create(CultureInfo.InvariantCulture, $"XH{declaration.Head.ContractNumber![^4..]}{line.ItemNumber:D2}"),
                    DeclarationNumber = RefundDeclarationNumber.Format(declaration.Head.EntryId!, line.ItemNumber!.Value),
                    ExportDate = declaration.Head.ImportExportDate!.Value,
                    CommodityCode = line.HsCode!.ToString()!,
                    CommodityName = line.GoodsName!,
                    Unit = line.FirstUnit!,
                    Quantity = line.FirstQuantity!.Value,
                    FobUsd = line.TotalPrice!.Value,
                });

                // One invoice, or two that split the quantity; bought at about 6.1 yuan per dollar of FOB before VAT.
                var quantity = line.FirstQuantity!.Value;
                var first = random.Next(2) == 0 ? quantity : Math.Round(quantity * 0.6m, 0);
                foreach (var part in first == quantity ? new[] { quantity } : [first, quantity - first])
                {
                    var taxable = Math.Round(line.TotalPrice!.Value * part / quantity * 6.1m, 2);
                    purchases.Add(new PurchaseDetailRow
                    {
                        RowNumber = PurchaseRowNumber.Format(purchases.Count + 1),
                        LinkNumber = link,
                        TaxKind = RefundTaxKind.Vat,
                        VoucherNumber = string.Create(CultureInfo.InvariantCulture, $"4403261{random.Next(100000, 999999):D6}{purchases.Count + 1:D7}"),
                        InvoiceDate = new DateOnly(2026, 10, 10 + (purchases.Count % 20)),
                        CommodityCode = line.HsCode!.ToString()!,
                        CommodityName = line.GoodsName!,
                        Unit = line.FirstUnit!,
                        Quantity = part,
                        TaxableAmount = taxable,
                        TaxRate = 13m,
                        RefundRate = 13m,
                        RefundableAmount = RefundArithmetic.Refundable(taxable, 13m),
                    });
                }
            }
        }

        var filing = new TaxRefundFiling
        {
            TaxpayerId = declarations[0].Head.TraderCreditCode!.Value.ToString(),
            TaxpayerName = declarations[0].Head.TraderName!,
            Period = "202611",
            Batch = "001",
            ManagementClass = 2,
            ExportRows = exports,
            PurchaseRows = purchases,
        };
        return (filing, declarations);
    }
}
