using Gateway.Sdk.Codes;

namespace Gateway.Sdk.Tests.Codes;

public class ImoNumberTests
{
    [Theory]
    [InlineData("9074729", "9074729")]
    [InlineData("IMO9074729", "9074729")]
    [InlineData("UN9321483", "9321483")]
    public void TryParse_ValidNumbers_AreAccepted(string text, string digits)
    {
        ImoNumber.TryParse(text, out var number).ShouldBeTrue();
        number.ToString().ShouldBe(digits);
    }

    [Theory]
    [InlineData("9074728")]
    [InlineData("907472")]
    [InlineData("UN90747290")]
    [InlineData("UNA074729")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Invalid_IsRefused(string? text) => ImoNumber.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionSayingTheShape() =>
        Should.Throw<FormatException>(() => ImoNumber.Parse("9074728")).Message.ShouldContain("check digit");

    [Fact]
    public void ComputeCheckDigit_MatchesThePublishedExample() => ImoNumber.ComputeCheckDigit("907472").ShouldBe('9');
}
