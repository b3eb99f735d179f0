using BenchmarkDotNet.Attributes;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Signing;
using QuickStart;

namespace Gateway.Sdk.Benchmarks;

/// <summary>
/// SM2 and RSA-2048 sign and verify of a canonical SignedInfo (the octets a signer really signs), and a whole
/// declaration signed and verified as XML. Compare the primitives with <c>openssl speed -seconds 3 sm2 rsa2048</c>
/// on the same machine; target (issue 3): SM2 at least half of OpenSSL's rate.
/// Run: <c>dotnet run -c Release --project tests/Gateway.Sdk.Benchmarks -- --filter *Signing*</c>.
/// </summary>
[MemoryDiagnoser]
public class SigningBenchmarks : IDisposable
{
    private LocalSigner _sm2 = null!;
    private LocalSigner _rsa = null!;
    private byte[] _signedInfo = null!;
    private byte[] _sm2Signature = null!;
    private byte[] _rsaSignature = null!;
    private byte[] _declaration = null!;
    private byte[] _signedDeclaration = null!;
    private SignatureVerificationOptions _trustSm2 = null!;
    private VerificationKey _sm2Public = null!;
    private VerificationKey _rsaPublic = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sm2 = KeyGenerator.Create(SignatureKeyAlgorithm.Sm2).ToSigner();
        _rsa = KeyGenerator.Create(SignatureKeyAlgorithm.Rsa).ToSigner();
        _declaration = new DeclarationXmlWriter().Write(ExportDeclarationSample.Create());
        _signedDeclaration = XmlSigner.SignAsync(_declaration, SignatureProfiles.Sm2W3, _sm2).AsTask().GetAwaiter().GetResult();
        var dom = Xml.XmlInput.LoadDocument(_signedDeclaration, Xml.XmlLimits.Default);
        _signedInfo = XmlCanonicalizer.Canonicalize(dom.GetElementsByTagName("SignedInfo", XmlDsig.Namespace)[0]!, XmlDsig.C14N);
        _sm2Signature = _sm2.Sign(_signedInfo, SignatureProfiles.Sm2W3);
        _rsaSignature = _rsa.Sign(_signedInfo, SignatureProfiles.RsaSha256);
        _sm2Public = KeyMaterial.PublicKey(_sm2.Certificate);
        _rsaPublic = KeyMaterial.PublicKey(_rsa.Certificate);
        _trustSm2 = new SignatureVerificationOptions { Trusted = [TrustedSigner.Certificate(_sm2.Certificate)] };
        if (!Sm2Verify() || !Rsa2048Verify() || !XmlSignatureVerifier.Verify(_signedDeclaration, _trustSm2).IsValid)
        {
            throw new InvalidOperationException("the benchmark signatures do not verify");
        }
    }

    [Benchmark]
    public byte[] Sm2Sign() => _sm2.Sign(_signedInfo, SignatureProfiles.Sm2W3);

    [Benchmark]
    public bool Sm2Verify() => _sm2Public.Verify(_signedInfo, _sm2Signature, SignatureProfiles.Sm2W3);

    [Benchmark]
    public byte[] Rsa2048Sign() => _rsa.Sign(_signedInfo, SignatureProfiles.RsaSha256);

    [Benchmark]
    public bool Rsa2048Verify() => _rsaPublic.Verify(_signedInfo, _rsaSignature, SignatureProfiles.RsaSha256);

    [Benchmark]
    public byte[] SignDeclarationXmlSm2() => XmlSigner.SignAsync(_declaration, SignatureProfiles.Sm2W3, _sm2).AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public bool VerifyDeclarationXmlSm2() => XmlSignatureVerifier.Verify(_signedDeclaration, _trustSm2).IsValid;

    public void Dispose()
    {
        _sm2?.Dispose();
        _rsa?.Dispose();
        GC.SuppressFinalize(this);
    }
}
