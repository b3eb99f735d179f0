using Gateway.Sdk.Documents.Declarations;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Links a declaration to its manifest by bill of lading and voyage, and says whether that manifest is confirmed.</summary>
/// <remarks>
/// <para>A declaration names its manifest with <c>DecHead/BillNo</c> (提运单号) and <c>DecFreeTxt/VoyNo</c> (航次号). Under an
/// advance declaration (提前申报, POLICIES.md row 1) inspection and release may proceed once the manifest is confirmed; for
/// direct pick-up and direct loading (row 9) the arrival report may come before or after the declaration, so the check
/// reads only MT9999 results, never arrival times.</para>
/// <para>A house bill is written in <c>BillNo</c> as the master bill, a separator and the house bill. The completion rules
/// (报关单填制规范) use <c>*</c> for waterway and <c>_</c> for air; this is <b>not verified</b> here, so both separators are
/// accepted. When the declaration and a receipt both name a voyage, they must agree.</para>
/// </remarks>
public static class ManifestConfirmation
{
    private static readonly char[] HouseSeparators = ['*', '_'];

    /// <summary>Finds the declaration's bill in manifest receipts and reports the latest result for it.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <param name="receipts">MT9999 receipts for the manifest, oldest first (as <c>GetReceiptsAsync</c> returns them).</param>
    /// <returns>The state, with a one-line message.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ManifestConfirmationResult Check(CustomsDeclaration declaration, IEnumerable<ManifestReceipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(receipts);
        if (declaration.Head.BillOfLadingNumber is not { Length: > 0 } bill)
        {
            return new ManifestConfirmationResult(ManifestConfirmationState.NoBill, "the declaration has no bill of lading (DecHead/BillNo): fill it to link the declaration to its manifest");
        }

        var voyage = declaration.FreeText?.VoyageNumber is { Length: > 0 } v ? v : null;
        ManifestBillResult? latest = null;
        ManifestReceipt? from = null;
        foreach (var receipt in receipts)
        {
            if (voyage is not null && receipt.JourneyId is { Length: > 0 } journey && journey != voyage)
            {
                continue;
            }

            foreach (var result in receipt.Bills.Where(b => Matches(bill, b)))
            {
                (latest, from) = (result, receipt);
            }
        }

        if (latest is null)
        {
            return new ManifestConfirmationResult(ManifestConfirmationState.NotFound, $"no manifest receipt mentions bill {bill}{(voyage is null ? string.Empty : $" on voyage {voyage}")}: file the manifest first, or wait for its receipt");
        }

        var state = latest.Response.Code.Code switch
        {
            "01" or "11" => ManifestConfirmationState.Confirmed,
            "03" => ManifestConfirmationState.Rejected,
            "12" or "13" => ManifestConfirmationState.Held,
            _ => ManifestConfirmationState.Pending,
        };
        var text = latest.Response.Text is { Length: > 0 } t ? $" ({t})" : string.Empty;
        return new ManifestConfirmationResult(state, $"bill {bill}: {latest.Response.Code} {latest.Response.Code.Description}{text} in receipt {from!.Head.MessageId}", latest);
    }

    private static bool Matches(string bill, ManifestBillResult result)
    {
        if (result.MasterBillId is not { Length: > 0 } master || !bill.StartsWith(master, StringComparison.Ordinal))
        {
            return false;
        }

        if (bill.Length == master.Length)
        {
            return result.HouseBillId is null or { Length: 0 };
        }

        return Array.IndexOf(HouseSeparators, bill[master.Length]) >= 0 && bill[(master.Length + 1)..] == result.HouseBillId;
    }
}
