using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Tests.Samples;
using Gateway.Sdk.Validation;
using QuickStart;

namespace Gateway.Sdk.Tests.Documents.Declarations;

/// <summary>One valid and at least one invalid case for every rule the declaration validator enforces.</summary>
public class DeclarationValidatorTests
{
    private static readonly CustomsDeclaration Valid = ExportDeclarationSample.Create();
    private readonly DeclarationValidator _validator = new();

    [Fact]
    public void Validate_Samples_HaveNoIssues()
    {
        _validator.Validate(Valid).Issues.ShouldBeEmpty();
        _validator.Validate(ImportDeclarationSample.Create()).Issues.ShouldBeEmpty();
        _validator.Validate(TwoStepSummarySample.Create()).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void LevelOf_OperTypeG_IsDraft_OtherwiseSubmit()
    {
        DeclarationValidator.LevelOf(TwoStepSummarySample.Create()).ShouldBe(ValidationLevel.Draft);
        DeclarationValidator.LevelOf(Valid).ShouldBe(ValidationLevel.Submit);
    }

    [Fact]
    public void Dec001_SubmitRequiredFieldMissing_IsErrorAtSubmitOnly()
    {
        var declaration = Valid with { Head = Valid.Head with { GrossWeight = null } };
        var issue = Single(_validator.Validate(declaration, ValidationLevel.Submit), "DEC001");
        issue.Location.XPath.ShouldBe("/DecMessage/DecHead/GrossWet");
        issue.Location.PropertyPath.ShouldBe("Head.GrossWeight");
        Codes(_validator.Validate(declaration, ValidationLevel.Draft)).ShouldNotContain("DEC001");
    }

    [Fact]
    public void Dec001_DraftRequiredFieldMissingOrEmpty_IsErrorAtBothLevels()
    {
        var declaration = Valid with { Head = Valid.Head with { AgentName = string.Empty }, Sign = Valid.Sign with { ClientSeqNo = null } };
        var draft = _validator.Validate(declaration, ValidationLevel.Draft);
        draft.Issues.Where(i => i.Code == "DEC001").Select(i => i.Location.PropertyPath).ShouldBe(["Head.AgentName", "Sign.ClientSeqNo"]);
    }

    [Fact]
    public void Dec001_Signature_IsRequiredOnlyWhenAsked()
    {
        Codes(_validator.Validate(Valid)).ShouldNotContain("DEC001");
        var strict = new DeclarationValidator(new DeclarationValidationOptions { RequireSignature = true }).Validate(Valid);
        strict.Issues.Where(i => i.Code == "DEC001").Select(i => i.Location.XPath).ShouldBe(["/DecMessage/DecSign/Sign", "/DecMessage/DecSign/SignDate"]);
    }

    [Fact]
    public void Dec001_ExportSwap_ReportsTheSemanticProperty()
    {
        var line = Valid.Goods[0] with { OriginCountry = null };
        var issue = Single(_validator.Validate(Valid with { Goods = [line, Valid.Goods[1]] }), "DEC001");
        issue.Location.XPath.ShouldBe("/DecMessage/DecLists/DecList[1]/DestinationCountry");
        issue.Location.PropertyPath.ShouldBe("Goods[0].OriginCountry");
    }

    [Fact]
    public void Dec002_TooLongOrWrongFixedLength_IsError()
    {
        var report = _validator.Validate(Valid with { Head = Valid.Head with { AgentName = new string('名', 101), DeclarationCustoms = "530" } });
        report.Issues.Where(i => i.Code == "DEC002").Select(i => i.Location.PropertyPath).ShouldBe(["Head.AgentName", "Head.DeclarationCustoms"]);
        _validator.Validate(Valid with { Head = Valid.Head with { AgentName = new string('名', 100) } }).Issues.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("1.123456")]
    [InlineData("123456789012345")]
    public void Dec003_DecimalBeyondScaleOrPrecision_IsError(string weight) =>
        Single(_validator.Validate(Valid with { Head = Valid.Head with { GrossWeight = decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture), NetWeight = 1m } }), "DEC003")
            .Location.XPath.ShouldBe("/DecMessage/DecHead/GrossWet");

    [Fact]
    public void Dec004_CodeNotInCompleteTable_IsError_NotInPartialTable_IsWarning()
    {
        var report = _validator.Validate(Valid with { Head = Valid.Head with { TradeMode = "9999", FreightCurrency = new CurrencyCode("XXX"), FreightMark = "3", FreightRate = 10m } });
        var issues = report.Issues.Where(i => i.Code == "DEC004").ToDictionary(i => i.Location.PropertyPath!, i => i.Severity);
        issues["Head.TradeMode"].ShouldBe(ValidationSeverity.Warning);
        issues["Head.FreightCurrency"].ShouldBe(ValidationSeverity.Error);
    }

    [Fact]
    public void Dec004_CodeTablesFromOptions_AreUsed()
    {
        var dir = Directory.CreateTempSubdirectory("codes");
        File.WriteAllText(Path.Combine(dir.FullName, "customs-offices.csv"), "# Source: test\ncode,name_zh,name_en\n9999,测试,Test\n");
        var validator = new DeclarationValidator(new DeclarationValidationOptions { CodeTables = CodeTables.FromDirectory(dir.FullName) });
        validator.Validate(Valid).Issues.Count(i => i.Code == "DEC004").ShouldBe(2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Dec005_CharacterXmlCannotCarry_IsError(int example)
    {
        string[] names = ["笔记本\u0001电脑", "笔记本\uD800", "\uFFFF笔记本"];
        Single(_validator.Validate(Valid with { Goods = [Valid.Goods[0] with { GoodsName = names[example] }, Valid.Goods[1]] }), "DEC005")
            .Location.PropertyPath.ShouldBe("Goods[0].GoodsName");
    }

    [Fact]
    public void Dec005_SurrogatePair_IsAllowed() =>
        _validator.Validate(Valid with { Goods = [Valid.Goods[0] with { GoodsName = "𠀀笔记本" }, Valid.Goods[1]] }).Issues.ShouldBeEmpty();

    [Fact]
    public void Dec010_HsCodeNotTenDigits_IsError() =>
        Single(_validator.Validate(Valid with { Goods = [Valid.Goods[0] with { HsCode = HsCode.Parse("84713000") }, Valid.Goods[1]] }), "DEC010")
            .Location.XPath.ShouldBe("/DecMessage/DecLists/DecList[1]/CodeTS");

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Dec011_NoLinesOrMoreThanFifty_IsError(int count)
    {
        var goods = Enumerable.Range(1, count).Select(i => Valid.Goods[0] with { ItemNumber = i }).ToList();
        Codes(_validator.Validate(Valid with { Goods = goods, Containers = [] })).ShouldContain("DEC011");
    }

    [Fact]
    public void Dec011_FiftyLines_IsValid()
    {
        var goods = Enumerable.Range(1, 50).Select(i => Valid.Goods[0] with { ItemNumber = i }).ToList();
        _validator.Validate(Valid with { Goods = goods }).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Dec012_ItemNumbersNotConsecutive_IsError() =>
        Single(_validator.Validate(Valid with { Goods = [Valid.Goods[0], Valid.Goods[1] with { ItemNumber = 3 }] }), "DEC012")
            .Location.PropertyPath.ShouldBe("Goods[1].ItemNumber");

    [Theory]
    [InlineData("650", "100", "65000.01", true)]
    [InlineData("0.3333", "3", "1", true)]
    [InlineData("650", "100", "65001", false)]
    [InlineData("0.3333", "300000", "100020", false)]
    public void Dec013_TotalVersusPriceTimesQuantity_UsesStatedTolerance(string price, string quantity, string total, bool valid)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var line = Valid.Goods[0] with { UnitPrice = D(price), DeclaredQuantity = D(quantity), TotalPrice = D(total) };
        Codes(_validator.Validate(Valid with { Goods = [line, Valid.Goods[1]] })).Contains("DEC013").ShouldBe(!valid);
    }

    [Fact]
    public void Dec014_GrossBelowNet_IsError_EqualIsValid()
    {
        Single(_validator.Validate(Valid with { Head = Valid.Head with { GrossWeight = 10m, NetWeight = 11m } }), "DEC014");
        _validator.Validate(Valid with { Head = Valid.Head with { GrossWeight = 11m, NetWeight = 11m } }).Issues.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("123", false)]
    [InlineData("4403961234", true)]
    [InlineData("91440300MA5F9R3D8Q", true)]
    [InlineData("91440300MA5F9R3D8X", false)]
    public void Dec017_TraderCode_IsCustomsCodeOrCreditCode(string code, bool valid) =>
        Codes(_validator.Validate(Valid with { Head = Valid.Head with { TraderCode = code } })).Contains("DEC017").ShouldBe(!valid);

    [Fact]
    public void Dec018_RequiredDocumentMissing_IsErrorWhenSubmitting()
    {
        var declaration = Valid with { ElectronicDocuments = Valid.ElectronicDocuments.Where(d => d.Code != "00000001").ToList() };
        Single(_validator.Validate(declaration, ValidationLevel.Submit), "DEC018").Message.ShouldContain("00000001 发票");
        Codes(_validator.Validate(declaration, ValidationLevel.Draft)).ShouldNotContain("DEC018");
    }

    [Fact]
    public void Dec018_UnnecessaryDocumentUnderRegionalPolicy_IsWarning()
    {
        var weihai = new DeclarationValidator(new DeclarationValidationOptions { AttachedDocumentPolicy = AttachedDocumentPolicy.Get("weihai") });
        var issue = Single(weihai.Validate(Valid), "DEC018");
        issue.Severity.ShouldBe(ValidationSeverity.Warning);
        issue.Location.PropertyPath.ShouldBe("ElectronicDocuments[2].Code");
    }

    [Fact]
    public void Dec018_HsPrefixRow_AppliesOnlyWhenEveryLineMatches()
    {
        var policy = AttachedDocumentPolicy.Get("liaoning-paperless");
        policy.Requirement(TradeDirection.Import, "00000009", ["0302110000"]).ShouldBe(DocumentRequirement.Unnecessary);
        policy.Requirement(TradeDirection.Import, "00000009", ["0302110000", "8471300000"]).ShouldBe(DocumentRequirement.Optional);
        policy.RequiredDocuments(TradeDirection.Export, []).ShouldBeEmpty();
        AttachedDocumentPolicy.National.RequiredDocuments(TradeDirection.Import, []).ShouldBe(["00000001", "00000002", "00000003", "00000004"]);
    }

    [Fact]
    public void Dec018_NoPolicy_SkipsTheRule() =>
        new DeclarationValidator(new DeclarationValidationOptions { AttachedDocumentPolicy = null }).Validate(Valid with { ElectronicDocuments = [] }).Issues.ShouldBeEmpty();

    [Fact]
    public void AttachedDocumentPolicy_UnknownProfile_ThrowsListingProfiles() =>
        Should.Throw<ArgumentException>(() => AttachedDocumentPolicy.Get("atlantis")).Message.ShouldContain("weihai");

    [Fact]
    public void AttachedDocumentPolicy_Load_ReadsAUserFile()
    {
        var csv = "profile,direction,edoc_code,requirement,hs_prefixes,source\nnational,E,00000001,required,,x\nmyport,E,00000001,unnecessary,,y\n";
        var policy = AttachedDocumentPolicy.Load("myport", new StringReader(csv));
        policy.Requirement(TradeDirection.Export, "00000001", []).ShouldBe(DocumentRequirement.Unnecessary);
        Should.Throw<FormatException>(() => AttachedDocumentPolicy.Load("x", new StringReader("h\nx,Q,1,required\n")));
    }

    [Fact]
    public void Dec019_ContainerRefersToMissingLine_IsError()
    {
        var report = _validator.Validate(Valid with { Containers = [Valid.Containers[0] with { ItemNumbers = "1,9" }] });
        Single(report, "DEC019").Location.PropertyPath.ShouldBe("Containers[0].ItemNumbers");
    }

    [Fact]
    public void Dec019_LicenceItemNumberDiffersFromItsLine_IsError()
    {
        var import = ImportDeclarationSample.Create();
        var line = import.Goods[0] with { Licences = [import.Goods[0].Licences[0] with { ItemNumber = 2 }] };
        Single(_validator.Validate(import with { Goods = [line, import.Goods[1]] }), "DEC019").Location.PropertyPath.ShouldBe("Goods[0].Licences[0].ItemNumber");
    }

    [Fact]
    public void Dec020_UnknownOperationType_IsError() =>
        Single(_validator.Validate(Valid with { Sign = Valid.Sign with { OperationType = "X" } }), "DEC020");

    [Theory]
    [InlineData("Y22", null)]
    [InlineData("Y99", ValidationSeverity.Warning)]
    [InlineData("X22", ValidationSeverity.Error)]
    public void Dec021_EcoRelationCertType_IsYPlusAgreementCode(string type, ValidationSeverity? expected)
    {
        var relation = new OriginCertificateRelation { CertificateType = type, DeclarationItemNumber = "1", CertificateNumber = "C2622000001", CertificateItemNumber = "1" };
        var issue = _validator.Validate(Valid with { OriginCertificateRelations = [relation] }).Issues.SingleOrDefault(i => i.Code == "DEC021");
        issue?.Severity.ShouldBe(expected!.Value);
        (issue is null).ShouldBe(expected is null);
    }

    [Theory]
    [InlineData("3", null, "DEC022")]
    [InlineData("4", "10", "DEC022")]
    [InlineData("1", "0.5", null)]
    public void Dec022_ChargeMarkNeedsRateAndCurrency(string mark, string? rate, string? code)
    {
        var head = Valid.Head with { FreightMark = mark, FreightRate = rate is null ? null : decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) };
        Codes(_validator.Validate(Valid with { Head = head })).Contains("DEC022").ShouldBe(code is not null);
    }

    [Fact]
    public void Dec022_AmountWithoutCurrency_IsError() =>
        Single(_validator.Validate(Valid with { Head = Valid.Head with { FreightMark = "3", FreightRate = 800m } }), "DEC022").Location.XPath.ShouldBe("/DecMessage/DecHead/FeeCurr");

    [Fact]
    public void Dec023_TwoStepSummaryExport_IsError() =>
        Single(_validator.Validate(Valid with { Head = Valid.Head with { DeclarationType = DeclarationType.Create(twoStep: TwoStepMode.Summary) } }), "DEC023");

    [Fact]
    public void Dec024_ContainerListedTwice_IsError() =>
        Single(_validator.Validate(Valid with { Containers = [Valid.Containers[0], Valid.Containers[0] with { ItemNumbers = "2" }] }), "DEC024");

    [Fact]
    public void ThrowIfInvalid_Invalid_ThrowsWithOneLineMessage()
    {
        var report = _validator.Validate(Valid with { Head = Valid.Head with { GrossWeight = 1m, NetWeight = 2m } });
        var e = Should.Throw<DocumentValidationException>(report.ThrowIfInvalid);
        e.Message.ShouldContain("DEC014");
        e.Message.ShouldNotContain("\n");
        e.Report.ShouldBeSameAs(report);
    }

    private static List<string> Codes(ValidationReport report) => [.. report.Issues.Select(static i => i.Code)];

    private static ValidationIssue Single(ValidationReport report, string code)
    {
        report.Issues.Where(i => i.Code != code).ShouldBeEmpty();
        return report.Issues.ShouldHaveSingleItem();
    }
}
