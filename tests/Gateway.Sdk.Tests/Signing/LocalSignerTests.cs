using Gateway.Sdk.Signing;

namespace Gateway.Sdk.Tests.Signing;

/// <summary>Key and certificate files as users have them: DER certificates, and PEM with text around the blocks, which OpenSSL ignores.</summary>
public sealed class LocalSignerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gateway-keys-").FullName;

    [Fact]
    public void LoadCertificate_OpenSslTextBeforeThePem_ReadsTheCertificate()
    {
        // `openssl x509 -text` output: the dump comes before the block (TestData/signing/xmldsig/aleksey-xmldsig-01).
        var path = TestFiles.TestData("signing/xmldsig/aleksey-xmldsig-01/keys/ca2cert.pem");

        var certificate = LocalSigner.LoadCertificate(path);

        certificate.SerialNumber.ShouldBe("7735EE487F6862DAF1B3956D961CCB0FA6F34F4F");
        certificate.Subject.ShouldContain("OU=Second level CA");
        TrustedSigner.FromFile(path, asIssuer: true).CertificateValue!.RawData.ShouldBe(certificate.RawData);
    }

    [Fact]
    public async Task FromFiles_TextBeforeTheKeyAndALongDumpBeforeTheCertificate_SignsAndVerifies()
    {
        // As `openssl pkcs12 -nodes` writes a key, and `openssl x509 -text` a 4096-bit certificate (its dump passes 4 KB).
        var key = TestKeys.Sm2;
        File.WriteAllText(Path("key.pem"), "Bag Attributes\n    localKeyID: 01 00 00 00\nKey Attributes: <No Attributes>\n" + key.PrivateKeyPem);
        var dump = string.Concat(Enumerable.Repeat("                    00:f0:7c:43:d5:c5:00:f7:4c:b8:8d:46:9a:21:ee:\n", 100));
        File.WriteAllText(Path("cert.pem"), "Certificate:\n    Data:\n        Modulus:\n" + dump + key.CertificatePem);

        using var signer = LocalSigner.FromFiles(Path("key.pem"), Path("cert.pem"));
        var signed = await XmlSigner.SignAsync(TestKeys.Declaration, SignatureProfiles.Sm2W3, signer);

        XmlSignatureVerifier.Verify(signed, TestKeys.Trusting(SignatureProfiles.Sm2W3)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void FromPem_TextBetweenTheKeyAndTheCertificate_ReadsBoth()
    {
        var key = TestKeys.Rsa;
        var pem = "Bag Attributes\n    localKeyID: 01\n" + key.PrivateKeyPem + "\nBag Attributes\nsubject=CN = RSA test\n\nissuer=CN = RSA test\n" + key.CertificatePem;

        using var signer = LocalSigner.FromPem(pem);

        signer.Certificate.RawData.ShouldBe(key.Certificate().RawData);
    }

    [Fact]
    public async Task FromFiles_DerCertificate_SignsAndVerifies()
    {
        var key = TestKeys.Rsa;
        File.WriteAllText(Path("key.pem"), key.PrivateKeyPem);
        File.WriteAllBytes(Path("cert.der"), key.Certificate().RawData);

        LocalSigner.LoadCertificate(Path("cert.der")).RawData.ShouldBe(key.Certificate().RawData);
        using var signer = LocalSigner.FromFiles(Path("key.pem"), Path("cert.der"));
        var signed = await XmlSigner.SignAsync(TestKeys.Declaration, SignatureProfiles.RsaSha1Ceb, signer);

        XmlSignatureVerifier.Verify(signed, TestKeys.Trusting(SignatureProfiles.RsaSha1Ceb)).IsValid.ShouldBeTrue();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Path(string name) => System.IO.Path.Combine(_dir, name);
}
