namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Lists the codes of positions 1–2 of <c>DecHead/Type</c>, the kind of declaration or record list.</summary>
/// <remarks>
/// From the field description of the import specification (reference: docs/declarations.md). The list is open:
/// pass any two-character code to <see cref="DeclarationType.Create"/>, or a whole raw value to <see cref="DeclarationType.FromRaw"/>.
/// </remarks>
public static class DeclarationKinds
{
    /// <summary>Ordinary declaration (一般报关单): positions 1–2 blank.</summary>
    public const string Ordinary = "";

    /// <summary>Summary-tax declaration (汇总征税报关单).</summary>
    public const string SummaryTax = "CL";

    /// <summary>Low-value fast goods summary-tax declaration (低值快速货物汇总征税报关单).</summary>
    public const string LowValueSummaryTax = "EC";

    /// <summary>Low-value fast goods declaration (低值快速货物报关单).</summary>
    public const string LowValue = "EX";

    /// <summary>Bonded-zone entry/exit record list (保税区进出境备案清单).</summary>
    public const string BondedZoneRecordList = "ML";

    /// <summary>"Declare locally, release at port" (属地申报，口岸验放).</summary>
    public const string DeclareLocallyReleaseAtPort = "SD";

    /// <summary>"Declare locally, release locally" (属地申报，属地验放).</summary>
    public const string DeclareLocallyReleaseLocally = "SS";

    /// <summary>"Two forms, one review" record list (两单一审备案清单).</summary>
    public const string TwoFormsOneReview = "LY";

    /// <summary>Paperless tax bill (税单无纸化).</summary>
    public const string PaperlessTaxBill = "SW";

    /// <summary>Declaration with a tax payment deadline (纳税期限报关单).</summary>
    public const string TaxPaymentDeadline = "TT";

    /// <summary>Instalment tax payment (分期纳税报关单).</summary>
    public const string InstalmentTax = "IT";

    /// <summary>Multimodal transport declaration (多式联运报关单).</summary>
    public const string Multimodal = "MU";

    /// <summary>Road-manifest fast clearance declaration (公路舱单跨境快速通关报关单).</summary>
    public const string RoadManifestFastClearance = "MF";

    /// <summary>TIR transport (TIR运输).</summary>
    public const string Tir = "MT";
}
