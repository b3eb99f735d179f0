using System.Text;
using Gateway.Sdk.Signing;

namespace Gateway.Sdk.Tests.Signing;

/// <summary>
/// Interop with independent implementations, both ways: xmlsec1 (Debian package <c>xmlsec1</c>) for RSA XML
/// signatures, OpenSSL 3 for SM2 keys, certificates, PKCS#12 files and signatures. <c>.ci/run</c> installs xmlsec1.
/// </summary>
public sealed class ExternalToolInteropTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gateway-interop-").FullName;

    [Theory]
    [InlineData("rsa-sha256")]
    [InlineData("rsa-sha1-ceb")]
    public void SdkRsaSignature_VerifiesWithXmlsec1(string name)
    {
        File.WriteAllBytes(Path("signed.xml"), TestKeys.Sign(TestKeys.Declaration, SignatureProfiles.Get(name)));
        File.WriteAllText(Path("cert.pem"), TestKeys.Rsa.CertificatePem);

        var (exit, output) = Run("xmlsec1", "--verify", "--pubkey-cert-pem", Path("cert.pem"), "--enabled-key-data", "rsa,key-name", Path("signed.xml"));

        exit.ShouldBe(0, output);
        output.ShouldContain("OK");
    }

    [Theory]
    [InlineData("rsa-sha256")]
    [InlineData("rsa-sha1-ceb")]
    public void Xmlsec1RsaSignature_VerifiesInSdk(string name)
    {
        // The SDK's output with digest and signature blanked is an xmlsec1 template; xmlsec1 computes both.
        var profile = SignatureProfiles.Get(name);
        var signed = Encoding.UTF8.GetString(TestKeys.Sign(TestKeys.Declaration, profile));
        var template = signed
            .Replace(XmlSignerTests.Between(signed, "<ds:DigestValue>", "</ds:DigestValue>"), string.Empty, StringComparison.Ordinal)
            .Replace(XmlSignerTests.Between(signed, "<ds:SignatureValue>", "</ds:SignatureValue>"), string.Empty, StringComparison.Ordinal);
        File.WriteAllText(Path("template.xml"), template);
        File.WriteAllText(Path("key.pem"), TestKeys.Rsa.PrivateKeyPem);

        var (exit, output) = Run("xmlsec1", "--sign", "--privkey-pem", Path("key.pem"), "--output", Path("out.xml"), Path("template.xml"));
        exit.ShouldBe(0, output);

        var result = XmlSignatureVerifier.Verify(File.ReadAllBytes(Path("out.xml")), TestKeys.Trusting(profile));
        result.IsValid.ShouldBeTrue(result.Message);
        File.ReadAllText(Path("out.xml")).ShouldNotBe(signed);
    }

    [Theory]
    [InlineData("sm2-w3")]
    [InlineData("sm2-chinaport")]
    public void SdkSm2Signature_VerifiesWithOpenSslAfterRawToDer(string name)
    {
        var profile = SignatureProfiles.Get(name);
        var signed = TestKeys.Sign(TestKeys.Declaration, profile);
        var (signedInfo, value) = SignedInfoAndValue(signed, profile);
        File.WriteAllBytes(Path("signedinfo.bin"), signedInfo);
        File.WriteAllBytes(Path("sig.der"), Sm2.RawToDer(value));
        File.WriteAllText(Path("cert.pem"), TestKeys.Sm2.CertificatePem);
        Run("openssl", "x509", "-in", Path("cert.pem"), "-pubkey", "-noout", "-out", Path("pub.pem")).Exit.ShouldBe(0);

        var (exit, output) = Run("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", Path("pub.pem"), "-rawin", "-digest", "sm3", "-pkeyopt", "distid:1234567812345678", "-in", Path("signedinfo.bin"), "-sigfile", Path("sig.der"));

        exit.ShouldBe(0, output);
        output.ShouldContain("Signature Verified Successfully");
    }

    [Fact]
    public void SdkSm2Certificate_VerifiesWithOpenSsl()
    {
        File.WriteAllText(Path("cert.pem"), TestKeys.Sm2.CertificatePem);

        var (exit, output) = Run("openssl", "verify", "-CAfile", Path("cert.pem"), Path("cert.pem"));

        exit.ShouldBe(0, output);
    }

    [Theory]
    [InlineData(true, "OK")]
    [InlineData(false, "SIG009")]
    public async Task OpenSslSm2Signature_VerifiesInSdkOnlyWithTheDefaultUserId(bool withDistId, string code)
    {
        // OpenSSL makes the key and certificate; the SDK loads them, lays out the signature, and OpenSSL signs SignedInfo.
        Run("openssl", "genpkey", "-algorithm", "SM2", "-out", Path("key.pem")).Exit.ShouldBe(0);
        Run("openssl", "req", "-new", "-x509", "-key", Path("key.pem"), "-sm3", "-sigopt", "distid:1234567812345678", "-subj", "/CN=OpenSSL SM2/C=CN", "-days", "30", "-out", Path("cert.pem")).Exit.ShouldBe(0);
        using var signer = LocalSigner.FromFiles(Path("key.pem"), Path("cert.pem"));
        var profile = SignatureProfiles.Sm2W3;
        var signed = await XmlSigner.SignAsync(TestKeys.Declaration, profile, signer);
        var (signedInfo, sdkValue) = SignedInfoAndValue(signed, profile);
        File.WriteAllBytes(Path("signedinfo.bin"), signedInfo);
        string[] distId = withDistId ? ["-pkeyopt", "distid:1234567812345678"] : [];
        Run("openssl", ["pkeyutl", "-sign", "-inkey", Path("key.pem"), "-rawin", "-digest", "sm3", .. distId, "-in", Path("signedinfo.bin"), "-out", Path("sig.der")]).Exit.ShouldBe(0);
        var openSslValue = Convert.ToBase64String(Sm2.DerToRaw(File.ReadAllBytes(Path("sig.der"))));
        var replaced = Encoding.UTF8.GetString(signed).Replace(Convert.ToBase64String(sdkValue), openSslValue, StringComparison.Ordinal);

        var result = XmlSignatureVerifier.Verify(Encoding.UTF8.GetBytes(replaced), TestKeys.Trusting(LocalSigner.LoadCertificate(Path("cert.pem"))));

        result.Code.ShouldBe(code, result.Message);
    }

    [Theory]
    [InlineData("SM2")]
    [InlineData("RSA")]
    public async Task OpenSslPkcs12AndItsPemExport_LoadAndSign(string algorithm)
    {
        string[] keygen = algorithm == "SM2" ? ["genpkey", "-algorithm", "SM2", "-out", Path("key.pem")] : ["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", Path("key.pem")];
        Run("openssl", keygen).Exit.ShouldBe(0);
        string[] digest = algorithm == "SM2" ? ["-sm3", "-sigopt", "distid:1234567812345678"] : ["-sha256"];
        Run("openssl", ["req", "-new", "-x509", "-key", Path("key.pem"), .. digest, "-subj", "/CN=OpenSSL/C=CN", "-days", "30", "-out", Path("cert.pem")]).Exit.ShouldBe(0);
        Run("openssl", "pkcs12", "-export", "-inkey", Path("key.pem"), "-in", Path("cert.pem"), "-out", Path("key.p12"), "-passout", "pass:s3cret-PIN").Exit.ShouldBe(0);

        using var signer = LocalSigner.FromFiles(Path("key.p12"), password: "s3cret-PIN");
        var profile = algorithm == "SM2" ? SignatureProfiles.Sm2ChinaPort : SignatureProfiles.RsaSha256;
        var signed = await XmlSigner.SignAsync(TestKeys.Declaration, profile, signer);

        XmlSignatureVerifier.Verify(signed, TestKeys.Trusting(LocalSigner.LoadCertificate(Path("cert.pem")))).IsValid.ShouldBeTrue();
        var wrong = Should.Throw<SigningException>(() => LocalSigner.FromFiles(Path("key.p12"), password: "Wr0ngPIN!"));
        wrong.Message.ShouldNotContain("s3cret");
        wrong.Message.ShouldNotContain("Wr0ngPIN!");

        // The same key as OpenSSL exports it to PEM ("Bag Attributes" before each block, certificate first), and the
        // certificate as `x509 -text` writes it (a dump first): OpenSSL reads the blocks and ignores the text, as must the SDK.
        Run("openssl", "pkcs12", "-in", Path("key.p12"), "-nodes", "-passin", "pass:s3cret-PIN", "-out", Path("all.pem")).Exit.ShouldBe(0);
        Run("openssl", "x509", "-in", Path("cert.pem"), "-text", "-out", Path("cert-text.pem")).Exit.ShouldBe(0);
        File.ReadAllText(Path("all.pem")).ShouldStartWith("Bag Attributes");
        File.ReadAllText(Path("cert-text.pem")).ShouldStartWith("Certificate:");
        using var fromPem = LocalSigner.FromFiles(Path("all.pem"));
        using var withTextCertificate = LocalSigner.FromFiles(Path("all.pem"), Path("cert-text.pem"));
        withTextCertificate.Certificate.RawData.ShouldBe(fromPem.Certificate.RawData);
        XmlSignatureVerifier.Verify(await XmlSigner.SignAsync(TestKeys.Declaration, profile, fromPem), TestKeys.Trusting(LocalSigner.LoadCertificate(Path("cert-text.pem")))).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("sec1")]
    [InlineData("encrypted-pkcs8")]
    public async Task OpenSslSm2KeyFormats_LoadAndSign(string format)
    {
        Run("openssl", "genpkey", "-algorithm", "SM2", "-out", Path("key.pem")).Exit.ShouldBe(0);
        Run("openssl", "req", "-new", "-x509", "-key", Path("key.pem"), "-sm3", "-sigopt", "distid:1234567812345678", "-subj", "/CN=OpenSSL SM2/C=CN", "-days", "30", "-out", Path("cert.pem")).Exit.ShouldBe(0);
        string[] convert = format == "sec1"
            ? ["ec", "-in", Path("key.pem"), "-out", Path("converted.pem")]
            : ["pkcs8", "-topk8", "-in", Path("key.pem"), "-v2", "aes-256-cbc", "-passout", "pass:Pin-1234", "-out", Path("converted.pem")];
        Run("openssl", convert).Exit.ShouldBe(0);
        File.ReadAllText(Path("converted.pem")).ShouldStartWith(format == "sec1" ? "-----BEGIN SM2 PRIVATE KEY-----" : "-----BEGIN ENCRYPTED PRIVATE KEY-----");

        using var signer = LocalSigner.FromFiles(Path("converted.pem"), Path("cert.pem"), format == "sec1" ? null : "Pin-1234");
        var signed = await XmlSigner.SignAsync(TestKeys.Declaration, SignatureProfiles.Sm2W3, signer);

        XmlSignatureVerifier.Verify(signed, TestKeys.Trusting(LocalSigner.LoadCertificate(Path("cert.pem")))).IsValid.ShouldBeTrue();
        if (format != "sec1")
        {
            Should.Throw<SigningException>(() => LocalSigner.FromFiles(Path("converted.pem"), Path("cert.pem"))).Code.ShouldBe("KEY002");
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (byte[] SignedInfo, byte[] Value) SignedInfoAndValue(byte[] signed, SignatureProfile profile)
    {
        var document = Gateway.Sdk.Xml.XmlInput.LoadDocument(signed, Gateway.Sdk.Xml.XmlLimits.Default);
        var signedInfo = document.GetElementsByTagName("SignedInfo", XmlDsig.Namespace)[0]!;
        var value = document.GetElementsByTagName("SignatureValue", XmlDsig.Namespace)[0]!.InnerText;
        return (XmlCanonicalizer.Canonicalize(signedInfo, profile.CanonicalizationMethod), Convert.FromBase64String(value));
    }

    private string Path(string name) => System.IO.Path.Combine(_dir, name);

    private static (int Exit, string Output) Run(string tool, params string[] arguments) => ExternalTool.Run(tool, arguments);
}
