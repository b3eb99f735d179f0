using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.TaxRefund;

namespace Gateway.Sdk.Batch;

/// <summary>Names the labels a batch keeps with its filings for the clearance-time report.</summary>
public static class BatchLabels
{
    /// <summary>A declaration that claims RCEP origin: measured against the 6-hour release promise (POLICIES.md row 6).</summary>
    public const string Rcep = "rcep";

    /// <summary>A tax-refund filing of a class 1 enterprise (一类出口企业): its refund target is 3 working days, not 4 (POLICIES.md row 12).</summary>
    public const string FirstClass = "class1";

    /// <summary>A tax-refund filing of a class 2 enterprise: its refund target is 3 working days, not 4.</summary>
    public const string SecondClass = "class2";

    /// <summary>Gets the labels of a declaration: <see cref="Rcep"/> when a goods line has an RCEP origin
    /// (<c>RcepOrigPlaceCode</c>) or an origin-certificate relation names agreement 22 (<c>CertType</c> <c>Y22</c>).</summary>
    /// <param name="declaration">The declaration.</param>
    /// <returns>The labels; empty when none applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="declaration"/> is <see langword="null"/>.</exception>
    /// <remarks>Agreement code 22 for RCEP rests on one public source (reference/china-formats.md, trade-agreements table).</remarks>
    public static IReadOnlyList<string> For(CustomsDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var rcep = declaration.Goods.Any(static g => g.PreferentialOriginCountry is not null)
            || declaration.OriginCertificateRelations.Any(static r => string.Equals(r.CertificateType, "Y22", StringComparison.OrdinalIgnoreCase));
        return rcep ? [Rcep] : [];
    }

    /// <summary>Gets the labels of an export tax-refund filing: <see cref="FirstClass"/> or <see cref="SecondClass"/> from its
    /// <see cref="TaxRefundFiling.ManagementClass"/>, whose refund target is 3 working days instead of 4.</summary>
    /// <param name="filing">The filing.</param>
    /// <returns>The labels; empty when none applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filing"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> For(TaxRefundFiling filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return filing.ManagementClass switch
        {
            1 => [FirstClass],
            2 => [SecondClass],
            _ => [],
        };
    }
}
