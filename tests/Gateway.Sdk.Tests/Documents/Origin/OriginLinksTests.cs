using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.Origin;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.Documents.Origin;

public class OriginLinksTests
{
    private static DeclarationGoods Line(int item, string hs, decimal quantity, string unit = "007") =>
        new() { ItemNumber = item, HsCode = HsCode.Parse(hs), DeclaredQuantity = quantity, DeclaredUnit = unit, FirstUnit = "035", FirstQuantity = quantity * 2m };

    private static CustomsDeclaration Declaration(params DeclarationGoods[] goods) => new() { Head = new DeclarationHead(), Sign = new DeclarationSign(), Goods = goods };

    private static string[] Issues(OriginLinkResult result) => [.. result.Report.Issues.Select(static i => $"{i.Code} {i.Location.PropertyPath}: {i.Message}")];

    [Fact]
    public void Build_MatchingLines_GiveOneRelationPerCertificateLine()
    {
        // Declaration item 1 is a fan (not on the certificate), items 2 and 3 are the certificate's lamps and coffee makers.
        var declaration = Declaration(Line(1, "8414510000", 50m), Line(2, "9405200000", 1000m), Line(3, "8516710000", 1500m));

        var result = OriginLinks.Build(SampleOrigin.Rcep(), declaration);

        Issues(result).ShouldBeEmpty();
        result.Relations.ShouldBe(
        [
            new OriginCertificateRelation { CertificateType = "Y22", DeclarationItemNumber = "3", CertificateNumber = "C2626RC000123", CertificateItemNumber = "1" },
            new OriginCertificateRelation { CertificateType = "Y22", DeclarationItemNumber = "2", CertificateNumber = "C2626RC000123", CertificateItemNumber = "2" },
        ]);
    }

    [Fact]
    public void Build_ExplicitMapWithWrongHsAndTooMuchQuantity_ReportsBoth()
    {
        var declaration = Declaration(Line(1, "8516790000", 2500m), Line(2, "9405200000", 1000m));

        var result = OriginLinks.Build(SampleOrigin.Rcep(), declaration, new Dictionary<int, int> { [1] = 1, [2] = 2 });

        Issues(result).ShouldBe(
        [
            "LNK003 Goods[0].HsCode: certificate line 1 has HS 8516710000 but declaration item 1 has 8516790000: the first 6 digits must agree",
            "LNK004 Goods[0].Quantity: declaration item 1 declares 2500 but certificate line 1 covers 2000: the declared quantity cannot exceed the certificate's",
        ]);
        result.Relations.Count.ShouldBe(2);
    }

    [Fact]
    public void Build_UnmatchedLineAndIncomparableUnits_AreWarnings()
    {
        // The lamps are declared in kilograms (035) on both units, which a certificate counting pieces (个/PCS) cannot be compared with.
        var declaration = Declaration(Line(1, "9405200000", 1000m, unit: "035") with { FirstUnit = "035" });

        var result = OriginLinks.Build(SampleOrigin.Rcep(), declaration);

        Issues(result).ShouldBe(
        [
            "LNK002 Goods[0]: certificate line 1 (HS 8516710000) matches no declaration line by its first 6 HS digits; map it by hand if the goods are declared",
            "LNK004 Goods[1].Quantity: certificate line 2 counts in 个 but declaration item 1 in unit 035/035: compare the quantities by hand",
        ]);
        result.Report.Issues.All(static i => i.Severity == Gateway.Sdk.Validation.ValidationSeverity.Warning).ShouldBeTrue();
        result.Relations.ShouldHaveSingleItem().DeclarationItemNumber.ShouldBe("1");
    }

    [Fact]
    public void Build_ANonPreferentialCertificate_CannotBeClaimed()
    {
        var result = OriginLinks.Build(SampleOrigin.NonPreferential(), Declaration(Line(1, "9405200000", 10m)));
        Issues(result).ShouldBe(["LNK001 Head.CertificateType: certificate type C names no preferential trade agreement, so a declaration cannot claim it in EcoRelation; only FTA certificates (such as RC, E) are linked"]);
        result.Relations.ShouldBeEmpty();
    }

    [Fact]
    public void Build_FormE_UsesTheChinaAseanAgreementCode()
    {
        OriginLinks.Build(SampleOrigin.FormE(), Declaration(Line(1, "8516710000", 600m))).Relations.ShouldHaveSingleItem().CertificateType.ShouldBe("Y02");
    }
}
