using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.TaxRefund;

namespace Gateway.Sdk.Tests.Documents.TaxRefund;

public class TaxRefundTests
{
    /// <summary>Cases per property: 1,000 as CI requires; GATEWAY_PROPERTY_CASES raises it for a longer local run.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;

    [Theory]
    [InlineData("10000.00", "13", "1300.00")] // 10,000.00 × 13% = 1,300.00 exactly
    [InlineData("1234.57", "9", "111.11")] // 1,234.57 × 9% = 111.1113 → 111.11
    [InlineData("50.50", "13", "6.57")] // 50.50 × 13% = 6.565: a half fen, rounded away from zero → 6.57
    [InlineData("88.50", "11", "9.74")] // 88.50 × 11% = 9.735 → 9.74
    [InlineData("0.01", "13", "0.00")] // 0.01 × 13% = 0.0013 → 0.00
    public void Refundable_IsTaxableTimesRateRoundedToTheFen(string taxable, string rate, string refundable) =>
        RefundArithmetic.Refundable(decimal.Parse(taxable, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(refundable, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Refundable_BankersRoundingOnRequest_RoundsAHalfFenToEven() =>
        RefundArithmetic.Refundable(50.50m, 13m, MidpointRounding.ToEven).ShouldBe(6.56m); // 6.565 → 6.56 (6 is even)

    [Fact]
    public void Totals_SumsEachLinkAndTheFilingFromTheRoundedRows()
    {
        var totals = RefundArithmetic.Totals(Sample());

        // Link 2611A001: 100 laptops exported for 65,000.00 USD; bought as 60 + 40 for 276,000.00 + 184,000.00 yuan,
        // refundable 35,880.00 + 23,920.00 = 59,800.00. Link 2611A002: 60 kg of adapters, 2,470.00 USD, 15,800.00 yuan → 2,054.00.
        totals.Links.ShouldBe(
        [
            new LinkTotal("2611A001", 100m, 65000m, 100m, 460000m, 59800m),
            new LinkTotal("2611A002", 60m, 2470m, 60m, 15800m, 2054m),
        ]);
        (totals.FobUsd, totals.TaxableAmount, totals.RefundableAmount).ShouldBe((67470m, 475800m, 61854m));
    }

    [Fact]
    public void Totals_OfGeneratedFilings_EqualTheSumOfTheRowsAndNoRowBreaksTheArithmetic()
    {
        var rows = from count in Gen.Choose(1, 40)
                   from amounts in Gen.ArrayOf(Gen.Choose(1, 100_000_000), count)
                   from rates in Gen.ArrayOf(Gen.Elements(0m, 5m, 6m, 9m, 10m, 13m), count)
                   select amounts.Zip(rates, static (fen, rate) => (Taxable: fen / 100m, Rate: rate)).ToArray();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(rows.ToArbitrary(), generated =>
        {
            var filing = Sample() with
            {
                ExportRows = [Sample().ExportRows[0] with { LinkNumber = "L", Quantity = generated.Length }],
                PurchaseRows = [.. generated.Select((g, i) => Purchase(i + 1, "L", 1m, g.Taxable, g.Rate))],
            };
            var totals = RefundArithmetic.Totals(filing);
            totals.RefundableAmount.ShouldBe(filing.PurchaseRows.Sum(static r => r.RefundableAmount));
            totals.RefundableAmount.ShouldBe(generated.Sum(static g => Math.Round(g.Taxable * g.Rate / 100m, 2, MidpointRounding.AwayFromZero)));
            new TaxRefundValidator().Validate(filing).Issues.ShouldBeEmpty();
        }));
    }

    [Fact]
    public void Validate_TheSample_HasNoIssue() => new TaxRefundValidator().Validate(Sample()).Issues.ShouldBeEmpty();

    public static TheoryData<string, string, string> Planted() => new()
    {
        { "TR001", "TaxpayerId", "taxpayer" },
        { "TR002", "Period", "period" },
        { "TR003", "ExportRows[1].RowNumber", "export row number" },
        { "TR004", "PurchaseRows[1].RowNumber", "purchase row number" },
        { "TR005", "ExportRows[0].DeclarationNumber", "declaration number" },
        { "TR006", "ExportRows[0].CommodityCode", "commodity code" },
        { "TR007", "PurchaseRows[2].TaxableAmount", "amount" },
        { "TR008", "PurchaseRows[0].RefundableAmount", "refundable amount" },
        { "TR009", "PurchaseRows[0].RefundRate", "refund rate" },
        { "TR010", "PurchaseRows[3].LinkNumber", "orphan link" },
        { "TR011", "ExportRows[0].LinkNumber", "quantities" },
        { "TR012", "ExportRows[1].LinkNumber", "empty link" },
        { "TR013", "ManagementClass", "management class" },
    };

    [Theory]
    [MemberData(nameof(Planted))]
    public void Validate_OnePlantedError_IsReportedOnceAtItsField(string code, string path, string kind)
    {
        var sample = Sample();
        var filing = kind switch
        {
            "taxpayer" => sample with { TaxpayerId = "91440300MA5F9R3D8X" },
            "period" => sample with { Period = "202613" },
            "export row number" => sample with { ExportRows = [sample.ExportRows[0], sample.ExportRows[1] with { RowNumber = 3 }] },
            "purchase row number" => sample with { PurchaseRows = [sample.PurchaseRows[0], sample.PurchaseRows[1] with { RowNumber = "0003" }, sample.PurchaseRows[2]] },
            "declaration number" => sample with { ExportRows = [sample.ExportRows[0] with { DeclarationNumber = "53042026100000001201" }, sample.ExportRows[1]] },
            "commodity code" => sample with { ExportRows = [sample.ExportRows[0] with { CommodityCode = "84713000" }, sample.ExportRows[1]] },
            "amount" => sample with { PurchaseRows = [sample.PurchaseRows[0], sample.PurchaseRows[1], sample.PurchaseRows[2] with { TaxableAmount = 0m, RefundableAmount = 0m }] },
            "refundable amount" => sample with { PurchaseRows = [sample.PurchaseRows[0] with { RefundableAmount = 35880.01m }, sample.PurchaseRows[1], sample.PurchaseRows[2]] },
            "refund rate" => sample with { PurchaseRows = [sample.PurchaseRows[0] with { RefundRate = 16m, RefundableAmount = 44160m }, sample.PurchaseRows[1], sample.PurchaseRows[2]] },
            "orphan link" => sample with { PurchaseRows = [.. sample.PurchaseRows, Purchase(4, "2611A009", 5m, 1000m, 13m)] },
            "quantities" => sample with { ExportRows = [sample.ExportRows[0] with { Quantity = 101m }, sample.ExportRows[1]] },
            "management class" => sample with { ManagementClass = 5 },
            _ => sample with { ExportRows = [sample.ExportRows[0], sample.ExportRows[1] with { LinkNumber = " " }], PurchaseRows = [sample.PurchaseRows[0], sample.PurchaseRows[1]] },
        };

        var issue = new TaxRefundValidator().Validate(filing).Issues.Single(i => i.Code == code);

        issue.Location.PropertyPath.ShouldBe(path);
        new TaxRefundValidator().Validate(filing).Issues.Count(i => i.Code == code).ShouldBe(1);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(1, "class1")]
    [InlineData(2, "class2")]
    [InlineData(3, "")]
    [InlineData(4, "")]
    public void ManagementClass_IsValidFromOneToFour_AndClassesOneAndTwoAreLabelledForTheThreeDayTarget(int? managementClass, string label)
    {
        var filing = Sample() with { ManagementClass = managementClass };
        new TaxRefundValidator().Validate(filing).Issues.ShouldBeEmpty();
        string.Concat(Gateway.Sdk.Batch.BatchLabels.For(filing)).ShouldBe(label);
    }

    [Fact]
    public void Validate_WrongRefundableAmount_SaysBothValuesAndTheArithmetic()
    {
        var sample = Sample();
        var filing = sample with { PurchaseRows = [sample.PurchaseRows[0] with { RefundableAmount = 35880.01m }, sample.PurchaseRows[1], sample.PurchaseRows[2]] };
        new TaxRefundValidator().Validate(filing).Issues.Single().Message.ShouldBe("RefundableAmount 35880.01 should be 35880.00: taxable amount 276000.00 × refund rate 13%, rounded to the fen");
    }

    [Fact]
    public void Validate_LinkQuantitiesInDifferentUnits_IsAWarningNotAnError()
    {
        var sample = Sample();
        var filing = sample with { PurchaseRows = [sample.PurchaseRows[0] with { Unit = "035", Quantity = 96m }, sample.PurchaseRows[1], sample.PurchaseRows[2]] };
        new TaxRefundValidator().Validate(filing).Issues.Single().Severity.ShouldBe(Gateway.Sdk.Validation.ValidationSeverity.Warning);
    }

    [Theory]
    [InlineData(1, "0001")]
    [InlineData(9999, "9999")]
    [InlineData(10000, "A001")]
    [InlineData(10998, "A999")]
    [InlineData(10999, "B001")]
    [InlineData(PurchaseRowNumber.Max, "Z999")]
    public void PurchaseRowNumber_FollowsTheFormsSequence(int ordinal, string text)
    {
        PurchaseRowNumber.Format(ordinal).ShouldBe(text);
        PurchaseRowNumber.TryParse(text, out var back).ShouldBeTrue();
        back.ShouldBe(ordinal);
    }

    [Fact]
    public void PurchaseRowNumber_EveryOrdinal_RoundTrips()
    {
        for (var ordinal = 1; ordinal <= PurchaseRowNumber.Max; ordinal++)
        {
            if (!PurchaseRowNumber.TryParse(PurchaseRowNumber.Format(ordinal), out var back) || back != ordinal)
            {
                throw new ShouldAssertException($"ordinal {ordinal} came back as {back}");
            }
        }

        Should.Throw<ArgumentOutOfRangeException>(() => PurchaseRowNumber.Format(PurchaseRowNumber.Max + 1));
        PurchaseRowNumber.TryParse("A000", out _).ShouldBeFalse();
        PurchaseRowNumber.TryParse("0000", out _).ShouldBeFalse();
    }

    [Fact]
    public void RefundDeclarationNumber_IsTheEntryIdZeroAndTwoDigitItem()
    {
        RefundDeclarationNumber.Format("530420261000000012", 3).ShouldBe("530420261000000012003");
        RefundDeclarationNumber.TryParse("530420261000000012003", out var entry, out var item).ShouldBeTrue();
        (entry, item).ShouldBe(("530420261000000012", 3));
        RefundDeclarationNumber.TryParse("530420261000000012000", out _, out _).ShouldBeFalse();
        RefundDeclarationNumber.TryParse("530420261000000012103", out _, out _).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => RefundDeclarationNumber.Format("5304", 1));
    }

    /// <summary>A filing of two links for the QuickStart declaration's two lines: 100 laptops bought in two invoices, and 60 kg of adapters in one.</summary>
    internal static TaxRefundFiling Sample() => new()
    {
        TaxpayerId = "91440300MA5F9R3D8Q",
        TaxpayerName = "深圳市星河电子科技有限公司",
        Period = "202611",
        Batch = "001",
        ExportRows =
        [
            Export(1, "2611A001", 1, "8471300000", "笔记本电脑", "001", 100m, 65000m),
            Export(2, "2611A002", 2, "8473309000", "笔记本电脑电源适配器", "035", 60m, 2470m),
        ],
        PurchaseRows =
        [
            Purchase(1, "2611A001", 60m, 276000m, 13m),
            Purchase(2, "2611A001", 40m, 184000m, 13m),
            Purchase(3, "2611A002", 60m, 15800m, 13m) with { Unit = "035", CommodityName = "笔记本电脑电源适配器", CommodityCode = "8473309000" },
        ],
    };

    private static ExportDetailRow Export(int row, string link, int item, string hs, string name, string unit, decimal quantity, decimal fob) => new()
    {
        RowNumber = row,
        LinkNumber = link,
        ExportInvoiceNumber = $"XH2611{row:D4}",
        DeclarationNumber = RefundDeclarationNumber.Format("530420261000000012", item),
        ExportDate = new DateOnly(2026, 11, 22),
        CommodityCode = hs,
        CommodityName = name,
        Unit = unit,
        Quantity = quantity,
        FobUsd = fob,
    };

    private static PurchaseDetailRow Purchase(int ordinal, string link, decimal quantity, decimal taxable, decimal rate) => new()
    {
        RowNumber = PurchaseRowNumber.Format(ordinal),
        LinkNumber = link,
        TaxKind = RefundTaxKind.Vat,
        VoucherNumber = $"44031234560000{ordinal:D4}",
        InvoiceDate = new DateOnly(2026, 11, 10),
        CommodityCode = "8471300000",
        CommodityName = "笔记本电脑",
        Unit = "001",
        Quantity = quantity,
        TaxableAmount = taxable,
        TaxRate = 13m,
        RefundRate = rate,
        RefundableAmount = RefundArithmetic.Refundable(taxable, rate),
    };
}
