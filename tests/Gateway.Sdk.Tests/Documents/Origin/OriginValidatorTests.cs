using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Origin;
using Gateway.Sdk.Validation;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.Documents.Origin;

public class OriginValidatorTests
{
    private static readonly CertificateOfOrigin Rcep = SampleOrigin.Rcep();

    private static CertificateOfOrigin WithHead(Func<CertificateHead, CertificateHead> change, CertificateOfOrigin? c = null) => (c ?? Rcep) with { Head = change((c ?? Rcep).Head) };

    private static CertificateOfOrigin WithLine(int index, Func<CertificateGoods, CertificateGoods> change, CertificateOfOrigin? c = null) =>
        (c ?? Rcep) with { Goods = [.. (c ?? Rcep).Goods.Select((g, i) => i == index ? change(g) : g)] };

    private static string[] Issues(CertificateOfOrigin c, OriginValidationOptions? options = null) =>
        [.. new OriginValidator(options).Validate(c).Issues.Select(static i => $"{i.Code} {(i.Severity == ValidationSeverity.Warning ? "warning " : string.Empty)}{i.Location.PropertyPath}: {i.Message}")];

    [Fact]
    public void Validate_TheSamples_HaveNoErrors_FormEWarnsItsCriteriaAreUnverified()
    {
        Issues(SampleOrigin.Rcep()).ShouldBeEmpty();
        Issues(SampleOrigin.NonPreferential()).ShouldBeEmpty();
        Issues(SampleOrigin.FormE()).ShouldBe(["OR003 warning Goods[0].OriginCriterion: line 1: the SDK has not verified the origin criteria of E certificates; check PSR against the form's overleaf notes"]);
    }

    public static TheoryData<string, CertificateOfOrigin, string> Broken => new()
    {
        { "common required", WithHead(static h => h with { Exporter = null }), "OR001 Head.Exporter: Exporter is required: fill it in before applying" },
        { "goods required", WithLine(0, static g => g with { NameEn = null }), "OR001 Goods[0].NameEn: line 1: NameEn is required" },
        { "type required", WithLine(1, static g => g with { OriginCountry = null }), "OR001 Goods[1].OriginCountry: line 2: OriginCountry is required" },
        { "no goods", Rcep with { Goods = [] }, "OR001 Goods: the application has no goods line: add at least one Goods line" },
        { "no invoices", Rcep with { Invoices = [] }, "OR001 Invoices: a RC certificate names its invoices (box 13): add an OriInv line or the head's InvoiceNumber" },
        { "unknown type", WithHead(static h => h with { CertificateType = "ZZ" }), "OR002 Head.CertificateType: CertificateType ZZ is not a certificate type the SDK knows (A, C, E, F, G, GE, H, K, RC); add it to certificate-types.csv if it is new" },
        { "criterion not RCEP", WithLine(0, static g => g with { OriginCriterion = "PSR" }), "OR003 Goods[0].OriginCriterion: line 1: origin criterion PSR is not one a RC certificate accepts: ACU, CR, CTC, DMI, PE, RVC, WO" },
        { "criterion on C", WithLine(0, static g => g with { OriginCriterion = "WO" }, SampleOrigin.NonPreferential()), "OR003 Goods[0].OriginCriterion: line 1: a C certificate (Non-preferential certificate of origin) has no origin criterion; leave OriginCriterion empty" },
        { "short HS", WithLine(0, static g => g with { HsCode = "8516" }), "OR004 Goods[0].HsCode: line 1: HsCode 8516 is not an HS code of 6 to 10 digits (RC certificates print 6)" },
        { "change without original", WithHead(static h => h with { Status = CertificateStatus.Change }), "OR005 Modification.OriginalCertificateNumber: CertStatus 1 (Change) needs ModCertificate with the original certificate number (OldCertNo)" },
        { "line numbers", WithLine(1, static g => g with { LineNumber = 3 }), "OR006 Goods[1].LineNumber: line number 3 should be 2: number the goods lines 1, 2, 3 … in order" },
        { "FOB sum", WithHead(static h => h with { FobValue = 50000m }), "OR007 Head.FobValue: FobValue 50000 is not the sum of the lines' FOB values, 48000" },
        { "third party flag", WithHead(static h => h with { ThirdPartyInvoicing = "1" }), "OR008 Head.ThirdPartyInvoicing: ThirdPartyInvoicing is 1 but no NonpartyCorp operator is listed: name the invoicing operator (RCEP Article 3.20)" },
        { "third party operators", Rcep with { NonPartyOperators = [new NonPartyOperator { SortNumber = 1, Name = "HK TRADING LTD", CountryCode = "HKG" }] }, "OR008 Head.ThirdPartyInvoicing: NonpartyCorp operators are listed but ThirdPartyInvoicing is not 1: set the flag, or remove the operators" },
        { "RVC without FOB", WithHead(static h => h with { FobValue = null }, WithLine(1, static g => g with { FobValue = null })), "OR001 Goods[1].FobValue: line 2: FobValue is required\nOR009 Goods[1].FobValue: line 2: criterion RVC needs the line's FOB value (RCEP box 12 prints it where RVC is applied)" },
        { "RVC too much imported", WithLine(1, static g => g with { ImportedContentRatio = 61m }), "OR009 warning Goods[1].ImportedContentRatio: line 2: imported content 61% leaves an RVC of 39%, below RVC40; recompute it (RegionalValueContent.BuildDown) or use another criterion" },
        { "ratio out of range", WithLine(1, static g => g with { ImportedContentRatio = 120m }), "OR009 Goods[1].ImportedContentRatio: line 2: ImportedContentRatio 120 is not a percentage from 0 to 100" },
        { "destination", WithHead(static h => h with { DestinationCountryCode = "USA" }), "OR010 Head.DestinationCountryCode: DestinationCountryCode USA is not a party of the RCEP certificate of origin; it covers AUS, BRN, IDN, JPN, KHM, KOR, LAO, MMR, MYS, NZL, PHL, SGP, THA, VNM" },
        { "zero quantity", WithLine(0, static g => g with { Quantity = 0m }), "OR011 Goods[0].Quantity: Quantity is 0; it must be above zero" },
        { "currency", WithHead(static h => h with { Currency = "US$" }), "OR012 Head.Currency: Currency US$ is not an ISO currency code from the currencies table, such as USD" },
        { "sub-criterion", WithLine(0, static g => g with { OriginSubCriterion = "1" }), "OR013 Goods[0].OriginSubCriterion: line 1: RC certificates have no sub-criterion; leave OriginSubCriterion empty" },
        { "Form E sub-criterion", WithLine(0, static g => g with { OriginSubCriterion = "4" }, SampleOrigin.FormE()), "OR003 warning Goods[0].OriginCriterion: line 1: the SDK has not verified the origin criteria of E certificates; check PSR against the form's overleaf notes\nOR013 Goods[0].OriginSubCriterion: line 1: sub-criterion 4 is not one of 1, 2, 3" },
        { "after shipment", WithHead(static h => h with { ApplicationDate = new DateOnly(2026, 12, 1) }), "OR014 warning Head.ApplicationDate: ApplicationDate 2026-12-01 is after shipment on 2026-11-25: the certificate is issued retroactively (Article 3.17.8); set Extensions.IssuedRetroactively so the form is marked" },
        { "year after shipment", WithHead(static h => h with { ApplicationDate = new DateOnly(2027, 11, 26) }), "OR014 Head.ApplicationDate: ApplicationDate 2027-11-26 is more than a year after shipment on 2026-11-25: an RCEP certificate is issued retroactively no later than one year after shipment (Article 3.17.8)" },
        { "back-to-back incomplete", Rcep with { Extensions = new OriginExtensions { BackToBack = new BackToBackOrigin { OriginalReference = "JP-1" } } }, "OR015 Extensions.BackToBack: a back-to-back certificate names the original proof's reference, issue date and issuing party (RCEP Article 3.19, overleaf note 11)" },
        { "back-to-back outsider", Rcep with { Extensions = new OriginExtensions { BackToBack = new BackToBackOrigin { OriginalReference = "US-1", OriginalIssueDate = new DateOnly(2026, 11, 1), IssuingParty = "USA" } } }, "OR015 Extensions.BackToBack.IssuingParty: the original proof was issued in USA, not a party of the RCEP certificate of origin: a back-to-back certificate continues a proof issued by another party" },
        { "cumulation line", Rcep with { Extensions = new OriginExtensions { Cumulation = [new CumulatedLine { LineNumber = 9, Parties = ["JPN"] }] } }, "OR015 Extensions.Cumulation[0].LineNumber: cumulation names line 9, which the certificate does not have" },
        { "cumulation party", Rcep with { Extensions = new OriginExtensions { Cumulation = [new CumulatedLine { LineNumber = 1, Parties = ["JPN", "DEU"] }] } }, "OR015 Extensions.Cumulation[0].Parties: cumulation counts materials of DEU, not a party of the RCEP certificate of origin (Article 3.4 cumulates originating materials of the parties)" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_EachRule_ReportsItsCaseWithWhereWhatAndHow(string rule, CertificateOfOrigin certificate, string expected)
    {
        Issues(certificate).ShouldBe(expected.Split('\n'), rule);
    }

    [Fact]
    public void Validate_CompleteExtensionsAndRetroactiveIssue_HaveNoIssues()
    {
        var certificate = WithHead(static h => h with { ApplicationDate = new DateOnly(2026, 12, 1) }) with
        {
            Extensions = new OriginExtensions
            {
                BackToBack = new BackToBackOrigin { OriginalReference = "JP-2026-0001", OriginalIssueDate = new DateOnly(2026, 11, 2), IssuingParty = "JPN", FirstCountryOfOrigin = "JPN" },
                Cumulation = [new CumulatedLine { LineNumber = 1, Parties = ["JPN", "KOR"] }],
                IssuedRetroactively = true,
            },
        };
        Issues(certificate).ShouldBeEmpty();
    }

    [Fact]
    public void Options_RequiredFieldsAndTypesAreReplaceable_AndABadPathIsRefused()
    {
        Issues(WithHead(static h => h with { Marks = null }), OriginValidationOptions.Default with { RequiredFields = ["Head.Exporter"] }).ShouldBeEmpty();
        Should.Throw<ArgumentException>(() => new OriginValidator(OriginValidationOptions.Default with { RequiredFields = ["Head.Exporterr"] }))
            .Message.ShouldStartWith("required field 'Head.Exporterr' is not a field of the certificate model");

        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "certificate-types.csv"), "code,name_zh,name_en,agreement,criteria,sub_criteria,hs_digits,parties,required\nRC,RCEP,RCEP,22,WO PE,,6,JPN,\n");
            var types = CertificateTypes.From(CodeTables.FromDirectory(folder.FullName).CertificateTypes);
            Issues(Rcep, OriginValidationOptions.Default with { Types = types }).ShouldBe(
            [
                "OR003 Goods[0].OriginCriterion: line 1: origin criterion CTC is not one a RC certificate accepts: PE, WO",
                "OR003 Goods[1].OriginCriterion: line 2: origin criterion RVC is not one a RC certificate accepts: PE, WO",
            ]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Validate_PrintedCriterionWithIndicators_ChecksEachCode()
    {
        Issues(WithLine(0, static g => g with { OriginCriterion = "CTC DMI" })).ShouldBeEmpty();
        Issues(WithLine(0, static g => g with { OriginCriterion = "CTC/XYZ" })).ShouldBe(["OR003 Goods[0].OriginCriterion: line 1: origin criterion XYZ is not one a RC certificate accepts: ACU, CR, CTC, DMI, PE, RVC, WO"]);
    }
}
