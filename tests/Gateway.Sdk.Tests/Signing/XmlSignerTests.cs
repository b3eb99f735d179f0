using System.Text;
using Gateway.Sdk.Signing;

namespace Gateway.Sdk.Tests.Signing;

public class XmlSignerTests
{
    public static TheoryData<string> Profiles => [.. SignatureProfiles.Names];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void SignAsync_Declaration_VerifiesUnderTheSameProfile(string name)
    {
        var profile = SignatureProfiles.Get(name);
        var signed = TestKeys.Sign(TestKeys.Declaration, profile);

        var result = XmlSignatureVerifier.Verify(signed, TestKeys.Trusting(profile));

        result.IsValid.ShouldBeTrue(result.Message);
        result.Profile.ShouldBe(profile);
        result.SignedElement!.LocalName.ShouldBe("DecMessage");
        result.SignerCertificate!.Thumbprint.ShouldBe(TestKeys.For(profile).Certificate().Thumbprint);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void SignAsync_Declaration_KeepsEveryOriginalByte(string name)
    {
        var profile = SignatureProfiles.Get(name);
        var signed = TestKeys.Sign(TestKeys.Declaration, profile);
        var text = Encoding.UTF8.GetString(signed);
        var start = text.IndexOf("<ds:Signature ", StringComparison.Ordinal);
        var end = text.IndexOf("</ds:Signature>", StringComparison.Ordinal) + "</ds:Signature>".Length;

        Encoding.UTF8.GetBytes(text[..start] + text[end..]).ShouldBe(TestKeys.Declaration);
        text[end..].ShouldStartWith("</DecMessage>");
    }

    [Fact]
    public void SignAsync_Sm2Profile_WritesRaw64ByteSignatureAndSerialKeyName()
    {
        var signed = Encoding.UTF8.GetString(TestKeys.Sign(TestKeys.Declaration, SignatureProfiles.Sm2W3));
        var value = Between(signed, "<ds:SignatureValue>", "</ds:SignatureValue>");

        Convert.FromBase64String(value).Length.ShouldBe(64);
        Between(signed, "<ds:KeyName>", "</ds:KeyName>").ShouldBe(TestKeys.Sm2.Certificate().SerialNumber.ToLowerInvariant());
        signed.ShouldContain("<ds:SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sm2-sm3\"/>");
        signed.ShouldContain("<ds:DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"/>");
    }

    [Fact]
    public void SignAsync_DerProfile_WritesDerSignatureThatVerifies()
    {
        var profile = SignatureProfiles.Sm2ChinaPort with { Name = "sm2-der", SignatureEncoding = SignatureValueEncoding.Der };
        var signed = TestKeys.Sign(TestKeys.Declaration, profile);
        var value = Convert.FromBase64String(Between(Encoding.UTF8.GetString(signed), "<ds:SignatureValue>", "</ds:SignatureValue>"));

        value[0].ShouldBe((byte)0x30);
        XmlSignatureVerifier.Verify(signed, TestKeys.Trusting(profile) with { Profiles = [profile] }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void SignAsync_RsaProfileWithSm2Key_ThrowsWithTheFix()
    {
        using var signer = TestKeys.Sm2.ToSigner();

        var e = Should.Throw<SigningException>(async () => await XmlSigner.SignAsync(TestKeys.Declaration, SignatureProfiles.RsaSha256, signer));

        e.Code.ShouldBe("SIG004");
        e.Message.ShouldContain("choose a profile for SM2");
    }

    [Fact]
    public void SignAsync_AlreadySigned_Throws()
    {
        var signed = TestKeys.Sign(TestKeys.Declaration, SignatureProfiles.Sm2W3);

        Should.Throw<SigningException>(() => TestKeys.Sign(signed, SignatureProfiles.Sm2W3)).Code.ShouldBe("SIG002");
    }

    [Theory]
    [InlineData("<a>x</a>\n<!-- trailing -->\n<?pi data?>\n", "<a>x<ds:Signature ")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a:b xmlns:a=\"urn:a\">x</a:b >", "<a:b xmlns:a=\"urn:a\">x<ds:Signature ")]
    public void SignAsync_TrailingMiscOrSpacedEndTag_InsertsBeforeTheRootEndTag(string xml, string expected)
    {
        var signed = Encoding.UTF8.GetString(TestKeys.Sign(Encoding.UTF8.GetBytes(xml), SignatureProfiles.Sm2W3));

        signed.ShouldContain(expected);
        var result = XmlSignatureVerifier.Verify(Encoding.UTF8.GetBytes(signed), TestKeys.Trusting(SignatureProfiles.Sm2W3));
        result.IsValid.ShouldBeTrue(result.Message);
    }

    [Theory]
    [InlineData("<a/>", "SIG003")]
    [InlineData("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "XML004")]
    [InlineData("<a><b></a>", "XML001")]
    [InlineData("<a><!-- note -->x</a>", "SIG015")]
    public void SignAsync_UnsignableDocument_ThrowsWithCode(string xml, string code) =>
        Should.Throw<SigningException>(() => TestKeys.Sign(Encoding.UTF8.GetBytes(xml), SignatureProfiles.Sm2W3)).Code.ShouldBe(code);

    [Fact]
    public void KeyName_SerialWithLeadingZero_KeepsOrTrimsItByFormat()
    {
        var certificate = TestKeys.Sm2.Certificate();
        var hex = certificate.SerialNumber.ToLowerInvariant();

        XmlSigner.KeyName(certificate, KeyNameFormat.SerialHex).ShouldBe(hex);
        XmlSigner.KeyName(certificate, KeyNameFormat.SerialHexMinimal).ShouldBe(hex.TrimStart('0'));
        XmlSigner.KeyName(certificate, KeyNameFormat.None).ShouldBeNull();
    }

    internal static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
