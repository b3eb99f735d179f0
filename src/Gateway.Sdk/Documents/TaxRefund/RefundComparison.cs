using System.Globalization;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Documents.TaxRefund;

/// <summary>Compares each export row of a refund filing with the customs declaration line it names (自动比对), so a mismatch
/// the tax bureau would find is found before filing.</summary>
/// <remarks>
/// <para>For each export row: <c>CMP001</c> no declaration has the row's entry id; <c>CMP002</c> the declaration has no
/// line with the row's item number; <c>CMP003</c> the HS code differs; <c>CMP004</c> the unit differs from the line's
/// first legal unit; <c>CMP005</c> the quantity differs from the line's first quantity by more than
/// <see cref="RefundComparisonOptions.QuantityTolerance"/>; <c>CMP006</c> the FOB value differs from the line's total price
/// by more than <see cref="RefundComparisonOptions.FobTolerance"/>, compared when the declaration is FOB (<c>TransMode</c>
/// 3) in US dollars, otherwise <c>CMP007</c> (warning) says it was not compared; <c>CMP008</c> the export date differs from
/// the declaration's <c>IEDate</c>, or (warning) the declaration has none. Every message gives both values.</para>
/// <para>Declarations are matched by <see cref="DeclarationHead.EntryId"/>, the 18-digit number customs assigns (read it
/// from the receipts, or from a declaration read back from customs data).</para>
/// </remarks>
public static class RefundComparison
{
    /// <summary>Compares a filing with declarations.</summary>
    /// <param name="filing">The filing.</param>
    /// <param name="declarations">The declarations its export rows name; others are ignored.</param>
    /// <param name="options">The tolerances; <see langword="null"/> for the defaults.</param>
    /// <returns>One issue per mismatch, located at the export row's field (<c>ExportRows[2].Quantity</c>); empty when all agree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filing"/> or <paramref name="declarations"/> is <see langword="null"/>.</exception>
    public static ValidationReport Compare(TaxRefundFiling filing, IEnumerable<CustomsDeclaration> declarations, RefundComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(declarations);
        options ??= new RefundComparisonOptions();
        var byEntry = declarations.Where(static d => d.Head.EntryId is { Length: > 0 }).GroupBy(static d => d.Head.EntryId!, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        var issues = new List<ValidationIssue>();
        for (var i = 0; i < filing.ExportRows.Count; i++)
        {
            var row = filing.ExportRows[i];
            var at = $"ExportRows[{i}]";
            void Add(string code, string field, string message, ValidationSeverity severity = ValidationSeverity.Error) =>
                issues.Add(new ValidationIssue(code, severity, $"row {row.RowNumber.ToString(CultureInfo.InvariantCulture)}: {message}", new IssueLocation { PropertyPath = $"{at}.{field}" }));

            if (!RefundDeclarationNumber.TryParse(row.DeclarationNumber, out var entryId, out var item))
            {
                continue; // TaxRefundValidator reports the malformed number (TR005)
            }

            if (!byEntry.TryGetValue(entryId, out var declaration))
            {
                Add("CMP001", "DeclarationNumber", $"no declaration has entry id {entryId}; add the declaration or correct the number");
                continue;
            }

            if (declaration.Goods.FirstOrDefault(g => g.ItemNumber == item) is not { } line)
            {
                Add("CMP002", "DeclarationNumber", $"declaration {entryId} has no line {item.ToString(CultureInfo.InvariantCulture)} (it has {declaration.Goods.Count.ToString(CultureInfo.InvariantCulture)})");
                continue;
            }

            if (line.HsCode?.ToString() != row.CommodityCode)
            {
                Add("CMP003", "CommodityCode", $"commodity code {row.CommodityCode} but declaration {entryId} line {item.ToString(CultureInfo.InvariantCulture)} has {line.HsCode?.ToString() ?? "none"}");
            }

            if (line.FirstUnit != row.Unit)
            {
                Add("CMP004", "Unit", $"unit {row.Unit} but the declaration line's first unit is {line.FirstUnit ?? "none"}");
            }
            else if (Math.Abs((line.FirstQuantity ?? 0m) - row.Quantity) > options.QuantityTolerance)
            {
                Add("CMP005", "Quantity", $"quantity {Number(row.Quantity)} but the declaration line has {Number(line.FirstQuantity ?? 0m)} {line.FirstUnit}");
            }

            if (declaration.Head.TransactionMode == "3" && line.Currency == CurrencyCode.Usd)
            {
                if (Math.Abs((line.TotalPrice ?? 0m) - row.FobUsd) > options.FobTolerance)
                {
                    Add("CMP006", "FobUsd", $"FOB {RefundArithmetic.Format(row.FobUsd)} USD but the declaration line's total is {RefundArithmetic.Format(line.TotalPrice ?? 0m)} USD FOB");
                }
            }
            else
            {
                Add("CMP007", "FobUsd", $"FOB not compared: the declaration is transaction mode {declaration.Head.TransactionMode ?? "none"} in {line.Currency?.ToString() ?? "no currency"}; check the FOB value by hand", ValidationSeverity.Warning);
            }

            if (declaration.Head.ImportExportDate is not { } exported)
            {
                Add("CMP008", "ExportDate", $"export date not compared: declaration {entryId} has no export date (IEDate)", ValidationSeverity.Warning);
            }
            else if (exported != row.ExportDate)
            {
                Add("CMP008", "ExportDate", $"export date {row.ExportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} but declaration {entryId} was exported on {exported.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            }
        }

        return new ValidationReport(issues);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Sets the tolerances of <see cref="RefundComparison"/>.</summary>
public sealed record RefundComparisonOptions
{
    /// <summary>Gets how far an export row's quantity may be from the declaration line's first quantity.</summary>
    /// <value>0: they must agree.</value>
    public decimal QuantityTolerance { get; init; }

    /// <summary>Gets how far an export row's FOB value may be from the declaration line's total, in US dollars.</summary>
    /// <value>0.01: a cent, for a total rounded differently.</value>
    public decimal FobTolerance { get; init; } = 0.01m;
}
