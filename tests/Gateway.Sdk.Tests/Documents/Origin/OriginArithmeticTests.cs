using Gateway.Sdk.Documents.Origin;

namespace Gateway.Sdk.Tests.Documents.Origin;

/// <summary>Worked examples written from the RCEP text (Chapter 3, Annex 3A headnotes); each comment shows the arithmetic to check by hand.</summary>
public class OriginArithmeticTests
{
    [Fact]
    public void BuildDown_CoffeeMaker_IsFobLessNonOriginatingOverFob()
    {
        // Article 3.5.1(a): RVC = (FOB − VNM) / FOB × 100.
        // FOB 16.00 per machine; imported heating element 4.00 and pump 2.40 (CIF), so VNM = 6.40.
        // (16.00 − 6.40) / 16.00 × 100 = 9.60 / 16.00 × 100 = 60 → meets RVC40.
        RegionalValueContent.BuildDown(16.00m, 6.40m).ShouldBe(60m);
        RegionalValueContent.ImportedContent(16.00m, 6.40m).ShouldBe(40m);
    }

    [Fact]
    public void BuildUp_TableLamp_AddsOriginatingValueLabourOverheadProfitAndOtherCost()
    {
        // Article 3.5.1(b): RVC = (VOM + direct labour + direct overhead + profit + other cost) / FOB × 100.
        // FOB 16.00; VOM 2.50 (Chinese glass shade), labour 1.90, overhead 0.80, profit 1.20, other 0.30.
        // (2.50 + 1.90 + 0.80 + 1.20 + 0.30) / 16.00 × 100 = 6.70 / 16.00 × 100 = 41.875 → meets RVC40.
        RegionalValueContent.BuildUp(16.00m, 2.50m, 1.90m, 0.80m, 1.20m, 0.30m).ShouldBe(41.875m);
    }

    [Fact]
    public void BuildDown_JustUnderForty_DoesNotRoundUp()
    {
        // (100.00 − 60.01) / 100.00 × 100 = 39.99, below 40: the agreement has no rounding rule, so no rounding.
        var rvc = RegionalValueContent.BuildDown(100.00m, 60.01m);
        rvc.ShouldBe(39.99m);
        (rvc >= RegionalValueContent.RcepThreshold).ShouldBeFalse();
    }

    [Fact]
    public void Arithmetic_RefusesAZeroFobOrNegativeValues()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => RegionalValueContent.BuildDown(0m, 1m));
        Should.Throw<ArgumentOutOfRangeException>(() => RegionalValueContent.BuildDown(10m, -1m));
        Should.Throw<ArgumentOutOfRangeException>(() => RegionalValueContent.BuildUp(10m, 1m, -1m, 0m, 0m, 0m));
    }

    private static readonly OriginMaterial Element = new() { Description = "heating element", HsCode = "851680", Value = 4.00m };
    private static readonly OriginMaterial Pump = new() { Description = "pump", HsCode = "841370", Value = 2.40m };
    private static readonly OriginMaterial Housing = new() { Description = "plastic housing", HsCode = "392690", Value = 1.10m, Originating = true };
    private static readonly OriginMaterial CoffeeMakerPart = new() { Description = "coffee maker part", HsCode = "851690", Value = 1.20m };

    [Fact]
    public void TariffShift_CoffeeMaker_HeadingChangesButChapterDoesNot()
    {
        // Product 8516.71 (coffee makers), with a heating element 8516.80, a part 8516.90 and a pump 8413.70, all non-originating.
        // CTSH compares 6 digits: 851680 ≠ 851671, 851690 ≠ 851671 → both change subheading; pump 841370 changes too.
        // CTH compares 4 digits: 8516 = 8516 for the element and the part → both fail; pump 8413 ≠ 8516 passes.
        // CC compares 2 digits: 85 = 85 for element and part → fail; pump 84 ≠ 85 passes. The originating housing is never tested (headnote 5).
        var materials = new[] { Element, Pump, Housing, CoffeeMakerPart };
        OriginRules.WithoutTariffShift("851671", materials, TariffShiftLevel.Subheading).ShouldBeEmpty();
        OriginRules.WithoutTariffShift("851671", materials, TariffShiftLevel.Heading).ShouldBe([Element, CoffeeMakerPart]);
        OriginRules.WithoutTariffShift("851671", materials, TariffShiftLevel.Chapter).ShouldBe([Element, CoffeeMakerPart]);
    }

    [Fact]
    public void Evaluate_CthOrRvc40_FailsCthButMeetsRvc()
    {
        // Rule "CTH or RVC40"; FOB 16.00; VNM = 4.00 + 2.40 + 1.20 = 7.60 (housing is originating).
        // CTH: element 8516.80 and part 8516.90 stay in heading 8516, value 5.20 = 32.5% of FOB > 10% de minimis → not met.
        // RVC = (16.00 − 7.60) / 16.00 × 100 = 8.40 / 16.00 × 100 = 52.5 ≥ 40 → met: criterion RVC, imported content 47.5.
        var product = new OriginProduct { HsCode = "851671", Fob = 16.00m, Materials = [Element, Pump, Housing, CoffeeMakerPart] };
        var result = OriginRules.Evaluate(product, ProductSpecificRule.Parse("CTH or RVC40"));
        (result.IsOriginating, result.Criterion, result.RegionalValueContent, result.ImportedContentRatio, result.UsesDeMinimis).ShouldBe((true, "RVC", 52.5m, 47.5m, false));
        result.Explanation.ShouldBe(
        [
            "VNM = 7.6; RVC = (16 − 7.6) / 16 × 100 = 52.5%",
            "CTH: heating element (851680), coffee maker part (851690) keep the good's first 4 digits, value 5.2 = 32.5% of FOB: not met",
            "RVC40: 52.5% ≥ 40%: met",
        ]);
    }

    [Fact]
    public void Evaluate_CthWithASmallNonShiftingPart_MeetsCthUnderDeMinimis()
    {
        // Rule "CTH"; FOB 16.00; non-originating: pump 2.40 (shifts), part 8516.90 at 1.20 (does not shift).
        // The part is 1.20 / 16.00 = 7.5% of FOB ≤ 10% (Article 3.7.1(a)) → CTH met with de minimis: criterion CTC, indicator DMI.
        var product = new OriginProduct { HsCode = "851671", Fob = 16.00m, Materials = [Pump, Housing, CoffeeMakerPart] };
        var result = OriginRules.Evaluate(product, ProductSpecificRule.Parse("CTH"));
        (result.IsOriginating, result.Criterion, result.UsesDeMinimis).ShouldBe((true, "CTC", true));
    }

    [Fact]
    public void DeMinimis_Textiles_MayUseWeightWhenValueIsTooHigh()
    {
        // Cotton shirt 6205.20, FOB 10.00, weight 0.300 kg. Non-shifting yarn: value 1.50 (15% of FOB > 10%) but 0.025 kg.
        // Article 3.7.1(b) for chapters 50–63: 0.025 / 0.300 = 8.33% of weight ≤ 10% → allowed. The same material on a chapter 85 good is not.
        var yarn = new OriginMaterial { Description = "yarn", HsCode = "620520", Value = 1.50m, Weight = 0.025m };
        OriginRules.WithinDeMinimis(new OriginProduct { HsCode = "620520", Fob = 10.00m, Weight = 0.300m }, [yarn]).ShouldBeTrue();
        OriginRules.WithinDeMinimis(new OriginProduct { HsCode = "851671", Fob = 10.00m, Weight = 0.300m }, [yarn]).ShouldBeFalse();
        OriginRules.WithinDeMinimis(new OriginProduct { HsCode = "851671", Fob = 10.00m }, [yarn], percent: 15m).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_WhollyObtainedAndAllOriginatingAndCumulated_GiveWoPeAndAcu()
    {
        // Frozen fish caught by a Chinese vessel: WO (Article 3.3). A good made only of originating materials: PE (Article 3.2(b)).
        // Japanese originating chips counted as originating by cumulation (Article 3.4): VNM = 0 → PE, with the ACU indicator.
        var rule = ProductSpecificRule.Parse("CTH or RVC40");
        OriginRules.Evaluate(new OriginProduct { HsCode = "030389", Fob = 5m, WhollyObtained = true }, rule).Criterion.ShouldBe("WO");
        OriginRules.Evaluate(new OriginProduct { HsCode = "851671", Fob = 16m, Materials = [Housing] }, rule).Criterion.ShouldBe("PE");
        var chips = new OriginMaterial { Description = "chips", HsCode = "854231", Value = 6m, Originating = true, CumulatedFrom = "JPN" };
        var cumulated = OriginRules.Evaluate(new OriginProduct { HsCode = "851671", Fob = 16m, Materials = [Housing, chips] }, rule);
        (cumulated.Criterion, cumulated.UsesCumulation).ShouldBe(("PE", true));
    }

    [Fact]
    public void Evaluate_NeitherAlternativeMet_IsNotOriginating()
    {
        // FOB 10.00, VNM 7.00 in the same heading: CTH fails (70% of FOB > 10%), RVC = (10 − 7) / 10 × 100 = 30 < 40.
        var product = new OriginProduct { HsCode = "851671", Fob = 10m, Materials = [Element with { Value = 7m }] };
        var result = OriginRules.Evaluate(product, ProductSpecificRule.Parse("CTH or RVC40"));
        (result.IsOriginating, result.Criterion, result.RegionalValueContent).ShouldBe((false, (string?)null, 30m));
    }

    [Theory]
    [InlineData("CR")]
    [InlineData("CC except from Chapter 01")]
    [InlineData("")]
    [InlineData("RVC140")]
    public void Parse_RulesTheSdkDoesNotEvaluate_SayToTestByHand(string rule)
    {
        Should.Throw<FormatException>(() => ProductSpecificRule.Parse(rule)).Message.ShouldContain(rule.Length == 0 ? "empty" : "by hand");
    }
}
