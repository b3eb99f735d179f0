using System.Security.Cryptography.X509Certificates;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Signing;

namespace Gateway.Sdk.Tests.Signing;

/// <summary>Generates one RSA and one SM2 test key per test run, and the sample declaration's bytes.</summary>
internal static class TestKeys
{
    private static readonly Lazy<GeneratedKey> RsaKey = new(() => KeyGenerator.Create(SignatureKeyAlgorithm.Rsa, "CN=RSA test, O=Gateway.Sdk, C=CN"));
    private static readonly Lazy<GeneratedKey> Sm2Key = new(() => KeyGenerator.Create(SignatureKeyAlgorithm.Sm2, "CN=SM2 test, O=Gateway.Sdk, C=CN"));
    private static readonly Lazy<GeneratedKey> OtherSm2Key = new(() => KeyGenerator.Create(SignatureKeyAlgorithm.Sm2, "CN=Intruder, C=CN"));
    private static readonly Lazy<GeneratedKey> OtherRsaKey = new(() => KeyGenerator.Create(SignatureKeyAlgorithm.Rsa, "CN=Intruder, C=CN"));

    public static GeneratedKey Rsa => RsaKey.Value;

    public static GeneratedKey Sm2 => Sm2Key.Value;

    public static GeneratedKey Intruder => OtherSm2Key.Value;

    public static byte[] Declaration { get; } = new DeclarationXmlWriter().Write(QuickStart.ExportDeclarationSample.Create());

    public static GeneratedKey For(SignatureProfile profile) => profile.KeyAlgorithm == SignatureKeyAlgorithm.Rsa ? Rsa : Sm2;

    /// <summary>Gets an attacker's key of the profile's algorithm, with its own self-signed certificate.</summary>
    public static GeneratedKey IntruderFor(SignatureProfile profile) => profile.KeyAlgorithm == SignatureKeyAlgorithm.Rsa ? OtherRsaKey.Value : Intruder;

    public static byte[] Sign(byte[] document, SignatureProfile profile)
    {
        using var signer = For(profile).ToSigner();
        return XmlSigner.SignAsync(document, profile, signer).AsTask().GetAwaiter().GetResult();
    }

    public static SignatureVerificationOptions Trusting(params X509Certificate2[] certificates) =>
        new() { Trusted = [.. certificates.Select(TrustedSigner.Certificate)] };

    public static SignatureVerificationOptions Trusting(SignatureProfile profile) => Trusting(For(profile).Certificate());
}
