using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.TaxRefund;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Tests.Documents.TaxRefund;

/// <summary>自动比对: each kind of mismatch planted once is found once, and a clean filing reports nothing.</summary>
public class RefundComparisonTests
{
    private const string EntryId = "530420261000000012";

    [Fact]
    public void Compare_AFilingThatAgreesWithItsDeclaration_ReportsNothing() =>
        RefundComparison.Compare(TaxRefundTests.Sample(), [Declaration()]).Issues.ShouldBeEmpty();

    public static TheoryData<string, string, string, string> Planted() => new()
    {
        { "unknown entry", "CMP001", "ExportRows[0].DeclarationNumber", "row 1: no declaration has entry id 530420261000000099; add the declaration or correct the number" },
        { "unknown item", "CMP002", "ExportRows[0].DeclarationNumber", "row 1: declaration 530420261000000012 has no line 3 (it has 2)" },
        { "hs code", "CMP003", "ExportRows[0].CommodityCode", "row 1: commodity code 8471410000 but declaration 530420261000000012 line 1 has 8471300000" },
        { "unit", "CMP004", "ExportRows[0].Unit", "row 1: unit 007 but the declaration line's first unit is 001" },
        { "quantity", "CMP005", "ExportRows[0].Quantity", "row 1: quantity 99 but the declaration line has 100 001" },
        { "fob", "CMP006", "ExportRows[0].FobUsd", "row 1: FOB 64999.00 USD but the declaration line's total is 65000.00 USD FOB" },
        { "date", "CMP008", "ExportRows[0].ExportDate", "row 1: export date 2026-11-21 but declaration 530420261000000012 was exported on 2026-11-22" },
    };

    [Theory]
    [MemberData(nameof(Planted))]
    public void Compare_OnePlantedMismatch_IsFoundOnceWithBothValues(string kind, string code, string path, string message)
    {
        var sample = TaxRefundTests.Sample();
        var row = sample.ExportRows[0];
        row = kind switch
        {
            "unknown entry" => row with { DeclarationNumber = RefundDeclarationNumber.Format("530420261000000099", 1) },
            "unknown item" => row with { DeclarationNumber = RefundDeclarationNumber.Format(EntryId, 3) },
            "hs code" => row with { CommodityCode = "8471410000" },
            "unit" => row with { Unit = "007" },
            "quantity" => row with { Quantity = 99m },
            "fob" => row with { FobUsd = 64999m },
            _ => row with { ExportDate = new DateOnly(2026, 11, 21) },
        };

        var issues = RefundComparison.Compare(sample with { ExportRows = [row, sample.ExportRows[1]] }, [Declaration()]).Issues;

        var issue = issues.ShouldHaveSingleItem();
        (issue.Code, issue.Severity, issue.Location.PropertyPath, issue.Message).ShouldBe((code, ValidationSeverity.Error, path, message));
    }

    [Fact]
    public void Compare_FobFromACifDeclarationOrNoExportDate_IsAWarningNotAMismatch()
    {
        var declaration = Declaration();
        var cif = declaration with { Head = declaration.Head with { TransactionMode = "1", ImportExportDate = null } };

        var issues = RefundComparison.Compare(TaxRefundTests.Sample(), [cif]).Issues;

        issues.Select(static i => (i.Code, i.Severity)).Distinct().ShouldBe([("CMP007", ValidationSeverity.Warning), ("CMP008", ValidationSeverity.Warning)]);
        issues.Count.ShouldBe(4, "two rows, each with both warnings");
    }

    [Fact]
    public void Compare_AToleranceOfACent_AcceptsATotalRoundedDifferently()
    {
        var sample = TaxRefundTests.Sample();
        var filing = sample with { ExportRows = [sample.ExportRows[0] with { FobUsd = 65000.01m }, sample.ExportRows[1]] };
        RefundComparison.Compare(filing, [Declaration()]).Issues.ShouldBeEmpty();
        RefundComparison.Compare(filing, [Declaration()], new RefundComparisonOptions { FobTolerance = 0m }).Issues.Single().Code.ShouldBe("CMP006");
    }

    /// <summary>The QuickStart export declaration as customs numbered it and released it.</summary>
    private static CustomsDeclaration Declaration()
    {
        var declaration = QuickStart.ExportDeclarationSample.Create("EXP-REFUND");
        return declaration with { Head = declaration.Head with { EntryId = EntryId, ImportExportDate = new DateOnly(2026, 11, 22) } };
    }
}
