using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Tests.Signing;

public class DeclarationSignerTests
{
    private static readonly CustomsDeclaration Declaration = QuickStart.ExportDeclarationSample.Create();

    [Fact]
    public async Task SignAsync_Sm2Key_FillsDecSignAndVerifies()
    {
        using var signer = TestKeys.Sm2.ToSigner();
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 2, 30, 5, TimeSpan.Zero));

        var signed = await DeclarationSigner.SignAsync(Declaration, signer, new DeclarationSigningOptions { TimeProvider = clock });

        signed.Sign.SignDate.ShouldBe("20261122103005");
        signed.Sign.CertificateNumber.ShouldBe(TestKeys.Sm2.Certificate().SerialNumber.ToLowerInvariant());
        Convert.FromBase64String(signed.Sign.Signature!).Length.ShouldBe(64);
        signed.Sign.Signature!.Length.ShouldBeLessThanOrEqualTo(200);
        DeclarationSigner.Verify(signed, TestKeys.Sm2.Certificate()).ShouldBeTrue();
        DeclarationSigner.Verify(signed, TestKeys.Intruder.Certificate()).ShouldBeFalse();
        DeclarationSigner.Verify(signed with { Head = signed.Head with { TraderName = "someone else" } }, TestKeys.Sm2.Certificate()).ShouldBeFalse();
    }

    [Fact]
    public async Task SignAsync_SignedDeclaration_PassesSubmitValidationWithRequireSignature()
    {
        using var signer = TestKeys.Sm2.ToSigner();
        var signed = await DeclarationSigner.SignAsync(Declaration, signer);
        var validator = new DocumentValidator(new DocumentValidatorOptions { Declarations = new DeclarationValidationOptions { RequireSignature = true } });

        var result = validator.Validate(new MemoryStream(new DeclarationXmlWriter().Write(signed)), ValidationLevel.Submit);

        result.Report.Issues.Where(i => i.Severity == ValidationSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public async Task SignAsync_CustomContentStrategy_IsWhatGetsSigned()
    {
        using var signer = TestKeys.Sm2.ToSigner();
        var options = new DeclarationSigningOptions { Content = d => System.Text.Encoding.UTF8.GetBytes(d.Sign.ClientSeqNo + "|" + d.Head.TraderCode) };

        var signed = await DeclarationSigner.SignAsync(Declaration, signer, options);

        DeclarationSigner.Verify(signed, TestKeys.Sm2.Certificate(), options).ShouldBeTrue();
        DeclarationSigner.Verify(signed, TestKeys.Sm2.Certificate()).ShouldBeFalse();
        DeclarationSigner.Verify(signed with { Head = signed.Head with { TraderName = "not signed by this strategy" } }, TestKeys.Sm2.Certificate(), options).ShouldBeTrue();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
