using Gateway.Sdk.Documents.Declarations;

namespace Gateway.Sdk.Tests.Documents.Declarations;

public class DeclarationTypeTests
{
    [Theory]
    [InlineData("", TwoStepMode.Integrated, false, true, "")]
    [InlineData("", TwoStepMode.Summary, false, true, "  5")]
    [InlineData("", TwoStepMode.Complete, false, true, "  6")]
    [InlineData("CL", TwoStepMode.Integrated, false, true, "CL")]
    [InlineData("EC", TwoStepMode.Integrated, false, true, "EC")]
    [InlineData("CL", TwoStepMode.Summary, true, true, "CL5   Z")]
    [InlineData("SD", TwoStepMode.Integrated, false, false, "SD     ")]
    public void Create_ComposesPositions(string kind, TwoStepMode step, bool combinedPort, bool trim, string expected) =>
        DeclarationType.Create(kind, step, combinedPort, trim).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("  5", "", TwoStepMode.Summary, false)]
    [InlineData("CL6", "CL", TwoStepMode.Complete, false)]
    [InlineData("  0   Z", "", TwoStepMode.Integrated, true)]
    [InlineData("EC", "EC", TwoStepMode.Integrated, false)]
    public void FromRaw_DecomposesPositions(string raw, string kind, TwoStepMode step, bool combinedPort)
    {
        var type = DeclarationType.FromRaw(raw);
        (type.Kind, type.TwoStep, type.IsCombinedPort, type.ToString()).ShouldBe((kind, step, combinedPort, raw));
    }

    [Fact]
    public void FromRaw_UnknownStepCode_KeepsRawAndReportsNoMode() =>
        DeclarationType.FromRaw("301").TwoStep.ShouldBeNull();

    [Fact]
    public void Create_KindLongerThanTwo_Throws() =>
        Should.Throw<ArgumentException>(() => DeclarationType.Create("CLX"));
}
