using Gateway.Sdk.Codes;

namespace Gateway.Sdk.Tests.Codes;

/// <summary>Checks the check-digit types against public vectors verified by python-stdnum (TestData/identifiers).</summary>
public class IdentifierVectorTests
{
    public static TheoryData<string, bool> ContainerNumbers() => Load("iso6346.csv");

    public static TheoryData<string, bool> CreditCodes() => Load("uscc.csv");

    [Theory]
    [MemberData(nameof(ContainerNumbers))]
    public void ContainerNumber_TryParse_MatchesIso6346Vector(string value, bool expectedValid) =>
        ContainerNumber.TryParse(value, out _).ShouldBe(expectedValid, value);

    [Theory]
    [MemberData(nameof(CreditCodes))]
    public void UnifiedSocialCreditCode_TryParse_MatchesGb32100Vector(string value, bool expectedValid) =>
        UnifiedSocialCreditCode.TryParse(value, out _).ShouldBe(expectedValid, value);

    [Fact]
    public void Vectors_AreAllLoaded()
    {
        ContainerNumbers().Count.ShouldBe(35);
        CreditCodes().Count.ShouldBe(216);
    }

    [Fact]
    public void ContainerNumber_ComputeCheckDigit_GivesWorkedExampleOfAnnexA() =>
        ContainerNumber.ComputeCheckDigit("CSQU305438").ShouldBe('3');

    [Fact]
    public void UnifiedSocialCreditCode_ComputeCheckCharacter_GivesWorkedExample() =>
        UnifiedSocialCreditCode.ComputeCheckCharacter("91110000802100433").ShouldBe('B');

    [Fact]
    public void Parse_InvalidValue_ThrowsFormatExceptionThatSaysWhatIsExpected()
    {
        Should.Throw<FormatException>(() => ContainerNumber.Parse("CSQU3054384")).Message.ShouldContain("check digit");
        Should.Throw<FormatException>(() => UnifiedSocialCreditCode.Parse("9133010057462616XH")).Message.ShouldContain("GB 32100");
        Should.Throw<FormatException>(() => HsCode.Parse("84713")).Message.ShouldContain("10 digits");
        Should.Throw<FormatException>(() => CustomsCode.Parse("44039")).Message.ShouldContain("10");
    }

    [Theory]
    [InlineData("8471300000", true)]
    [InlineData("84713000", true)]
    [InlineData("847130", true)]
    [InlineData("8471", false)]
    [InlineData("847130000", false)]
    [InlineData("84713000001", false)]
    [InlineData("84713O0000", false)]
    [InlineData("", false)]
    public void HsCode_TryParse_AcceptsSixEightOrTenDigits(string value, bool valid) => HsCode.TryParse(value, out _).ShouldBe(valid);

    [Fact]
    public void HsCode_Parts_AreChapterHeadingSubheading()
    {
        var hs = HsCode.Parse("8471300000");
        (hs.Chapter, hs.Heading, hs.Subheading, hs.Length).ShouldBe(("84", "8471", "847130", 10));
    }

    [Theory]
    [InlineData("4403961234", true)]
    [InlineData("31222600QP", true)]
    [InlineData("440396123", false)]
    [InlineData("44039612345", false)]
    [InlineData("4403-61234", false)]
    public void CustomsCode_TryParse_AcceptsTenDigitsOrCapitals(string value, bool valid) => CustomsCode.TryParse(value, out _).ShouldBe(valid);

    [Fact]
    public void CurrencyAndCountry_RejectWrongShape()
    {
        Should.Throw<ArgumentException>(() => new CurrencyCode("usd"));
        Should.Throw<ArgumentException>(() => new CountryCode("CN"));
        CurrencyCode.TryParse("502", out _).ShouldBeFalse();
        new CountryCode("CHN").ShouldBe(CountryCode.China);
    }

    private static TheoryData<string, bool> Load(string file)
    {
        var data = new TheoryData<string, bool>();
        foreach (var line in File.ReadLines(TestFiles.TestData(Path.Combine("identifiers", file))).Skip(1))
        {
            var cells = line.Split(',');
            data.Add(cells[0], cells[1] == "true");
        }

        return data;
    }
}
