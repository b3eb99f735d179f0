using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Tests.Documents.Declarations;

namespace Gateway.Sdk.Tests.Signing;

/// <summary>Properties over random declarations: signing then verifying holds under every profile, and a changed byte breaks it.</summary>
public class SignaturePropertyTests
{
    /// <summary>Cases per profile: 100 (each costs a signature); GATEWAY_PROPERTY_CASES raises it.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 100;

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Cases);
    private static readonly DeclarationXmlWriter Writer = new();

    public static TheoryData<string> Profiles => [.. SignatureProfiles.Names];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Verify_OfSign_HoldsForGeneratedDeclarations(string name)
    {
        var profile = SignatureProfiles.Get(name);
        Check.One(Config, Prop.ForAll(DeclarationGenerators.Declaration(maxLines: 5).ToArbitrary(), declaration =>
        {
            var result = XmlSignatureVerifier.Verify(TestKeys.Sign(Writer.Write(declaration), profile), TestKeys.Trusting(profile));
            result.IsValid.ShouldBeTrue(result.Message);
        }));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Verify_AfterAnySingleByteChange_FailsUnlessTheChangeIsCanonicallyInvisible(string name)
    {
        var profile = SignatureProfiles.Get(name);
        var gen =
            from declaration in DeclarationGenerators.Declaration(maxLines: 3)
            from position in Gen.Choose(0, int.MaxValue)
            from replacement in Gen.Choose(0, 255)
            select (declaration, position, replacement);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var signed = TestKeys.Sign(Writer.Write(input.declaration), profile);
            var root = signed.AsSpan().IndexOf("<DecMessage"u8);
            var at = root + (input.position % (signed.Length - root));
            var changed = (byte[])signed.Clone();
            changed[at] = (byte)(changed[at] == input.replacement ? input.replacement ^ 0x20 : input.replacement);

            var result = XmlSignatureVerifier.Verify(changed, TestKeys.Trusting(profile));
            if (result.IsValid)
            {
                // Only a change canonicalization erases (whitespace inside a tag, say) may keep the signature valid.
                XmlCanonicalizer.Canonicalize(XmlInputFor(changed), XmlDsig.C14N).ShouldBe(XmlCanonicalizer.Canonicalize(XmlInputFor(signed), XmlDsig.C14N), $"byte {at} changed to 0x{changed[at]:x2} and the signature still verifies");
            }
        }));
    }

    private static System.Xml.XmlDocument XmlInputFor(byte[] bytes) => Gateway.Sdk.Xml.XmlInput.LoadDocument(bytes, Gateway.Sdk.Xml.XmlLimits.Default);
}
