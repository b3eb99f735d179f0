using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml;
using Gateway.Sdk.Signing;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

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

    [Theory]
    [InlineData("rsa-sha256", "http://www.w3.org/2001/10/xml-exc-c14n#", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2000/09/xmldsig#enveloped-signature http://www.w3.org/2001/10/xml-exc-c14n#")]
    [InlineData("rsa-sha1-ceb", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315", "http://www.w3.org/2000/09/xmldsig#rsa-sha1", "http://www.w3.org/2000/09/xmldsig#sha1", "http://www.w3.org/2000/09/xmldsig#enveloped-signature")]
    [InlineData("sm2-w3", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315", "http://www.w3.org/2000/09/xmldsig#sm2-sm3", "http://www.w3.org/2000/09/xmldsig#sha1", "http://www.w3.org/2000/09/xmldsig#enveloped-signature")]
    [InlineData("sm2-chinaport", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments", "http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3", "http://www.chinaport.gov.cn/2022/04/xmldsig#sm3", "http://www.w3.org/2000/09/xmldsig#enveloped-signature")]
    public void SignAsync_Profile_WritesExactlyTheDocumentedAlgorithmUris(string name, string canonicalization, string signatureMethod, string digestMethod, string transforms)
    {
        // Literals copied from china-formats.md §6.2 and docs/signing.md, not the SDK's constants, so that a changed constant fails here.
        var document = XmlCanonicalizerTests.Load(Encoding.UTF8.GetString(TestKeys.Sign(TestKeys.Declaration, SignatureProfiles.Get(name))));
        string Attribute(string element, string attribute) =>
            string.Join(" ", document.GetElementsByTagName(element, "http://www.w3.org/2000/09/xmldsig#").Cast<XmlElement>().Select(e => e.GetAttribute(attribute)));

        Attribute("CanonicalizationMethod", "Algorithm").ShouldBe(canonicalization);
        Attribute("SignatureMethod", "Algorithm").ShouldBe(signatureMethod);
        Attribute("DigestMethod", "Algorithm").ShouldBe(digestMethod);
        Attribute("Transform", "Algorithm").ShouldBe(transforms);
        document.GetElementsByTagName("Reference", "http://www.w3.org/2000/09/xmldsig#").Cast<XmlElement>().Single().GetAttribute("URI").ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task SignAsync_SignerOtherThanLocalSigner_SignsAndVerifies(string name)
    {
        var profile = SignatureProfiles.Get(name);
        var token = new TokenSigner(TestKeys.For(profile));

        var signed = await XmlSigner.SignAsync(TestKeys.Declaration, profile, token);

        token.Calls.ShouldBe(1);
        var result = XmlSignatureVerifier.Verify(signed, TestKeys.Trusting(profile));
        result.IsValid.ShouldBeTrue(result.Message);
        result.SignerCertificate!.RawData.ShouldBe(token.Certificate.RawData);
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

    [Theory]
    [InlineData("0a1b2c3d4e5f6071", "a1b2c3d4e5f6071")] // a leading zero digit
    [InlineData("008f1e2d3c4b5a69", "8f1e2d3c4b5a69")]  // DER's 0x00 pad byte before a high bit
    public void KeyName_SerialWithLeadingZero_KeepsOrTrimsItByFormat(string serialHex, string minimal)
    {
        var certificate = WithSerial(serialHex).Certificate();
        certificate.SerialNumber.ShouldBe(serialHex.ToUpperInvariant(), "the certificate must hold the serial the case names");

        XmlSigner.KeyName(certificate, KeyNameFormat.SerialHex).ShouldBe(serialHex);
        XmlSigner.KeyName(certificate, KeyNameFormat.SerialHexMinimal).ShouldBe(minimal);
        XmlSigner.KeyName(certificate, KeyNameFormat.None).ShouldBeNull();
    }

    [Theory]
    [InlineData("0a1b2c3d4e5f6071", KeyNameFormat.SerialHex)]
    [InlineData("0a1b2c3d4e5f6071", KeyNameFormat.SerialHexMinimal)]
    [InlineData("008f1e2d3c4b5a69", KeyNameFormat.SerialHex)]
    [InlineData("008f1e2d3c4b5a69", KeyNameFormat.SerialHexMinimal)]
    public async Task Verify_KeyNameWithOrWithoutLeadingZeros_IsAccepted(string serialHex, KeyNameFormat format)
    {
        var key = WithSerial(serialHex);
        using var signer = key.ToSigner();
        var signed = await XmlSigner.SignAsync(TestKeys.Declaration, SignatureProfiles.RsaSha1Ceb with { KeyName = format }, signer);
        Between(Encoding.UTF8.GetString(signed), "<ds:KeyName>", "</ds:KeyName>").ShouldBe(XmlSigner.KeyName(key.Certificate(), format));

        var result = XmlSignatureVerifier.Verify(signed, TestKeys.Trusting(key.Certificate()));

        result.IsValid.ShouldBeTrue(result.Message);
    }

    internal static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    /// <summary>Issues the RSA test key a certificate with a fixed serial (DER content bytes, as hex).</summary>
    private static GeneratedKey WithSerial(string serialHex)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(TestKeys.Rsa.PrivateKeyPem);
        var request = new CertificateRequest("CN=Serial test, C=CN", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.Create(request.SubjectName, X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1), Convert.FromHexString(serialHex));
        return new GeneratedKey(TestKeys.Rsa.PrivateKeyPem, certificate.ExportCertificatePem());
    }

    /// <summary>Stands in for an IC card or HSM: holds its own key and signs with its own library, not through <see cref="LocalSigner"/>.</summary>
    private sealed class TokenSigner(GeneratedKey key) : ISigner
    {
        private readonly byte[] _pkcs8 = PemBody(key.PrivateKeyPem);

        public X509Certificate2 Certificate { get; } = key.Certificate();

        public int Calls { get; private set; }

        public ValueTask<byte[]> SignAsync(ReadOnlyMemory<byte> data, SignatureProfile profile, CancellationToken cancellationToken = default)
        {
            Calls++;
            if (profile.KeyAlgorithm == SignatureKeyAlgorithm.Rsa)
            {
                using var rsa = RSA.Create();
                rsa.ImportPkcs8PrivateKey(_pkcs8, out _);
                return ValueTask.FromResult(rsa.SignData(data.Span, new HashAlgorithmName(profile.SignatureHash.ToString().ToUpperInvariant()), RSASignaturePadding.Pkcs1));
            }

            // Like a GM/T 0009 device, it produces DER and converts when the profile wants raw r‖s.
            var sm2 = new SM2Signer();
            sm2.Init(true, new ParametersWithID(PrivateKeyFactory.CreateKey(_pkcs8), Encoding.ASCII.GetBytes(profile.Sm2UserId)));
            sm2.BlockUpdate(data.ToArray(), 0, data.Length);
            var der = sm2.GenerateSignature();
            return ValueTask.FromResult(profile.SignatureEncoding == SignatureValueEncoding.Raw ? Sm2.DerToRaw(der) : der);
        }

        private static byte[] PemBody(string pem) => Convert.FromBase64String(pem[PemEncoding.Find(pem).Base64Data]);
    }
}
