using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Gateway.Sdk.Signing;

/// <summary>Holds a generated private key and its self-signed certificate, as PEM.</summary>
/// <param name="PrivateKeyPem">The private key, unencrypted PKCS#8 PEM (<c>BEGIN PRIVATE KEY</c>).</param>
/// <param name="CertificatePem">The self-signed X.509 certificate, PEM.</param>
public sealed record GeneratedKey(string PrivateKeyPem, string CertificatePem)
{
    /// <summary>Creates a signer for this key.</summary>
    /// <returns>A <see cref="LocalSigner"/>.</returns>
    public LocalSigner ToSigner() => LocalSigner.FromPem(PrivateKeyPem, CertificatePem);

    /// <summary>Loads the certificate, for example to trust it when verifying.</summary>
    /// <returns>The certificate.</returns>
    public X509Certificate2 Certificate() => X509Certificate2.CreateFromPem(CertificatePem);

    /// <inheritdoc/>
    public override string ToString() => "GeneratedKey (key material hidden)";
}

/// <summary>Generates test keys with self-signed certificates: RSA (SHA256withRSA) or SM2 (SM3withSM2, user ID 1234567812345678).</summary>
/// <remarks>For tests and the simulator only: the single window accepts only certificates issued by the China E-Port CA.</remarks>
public static class KeyGenerator
{
    /// <summary>Generates a key pair and a self-signed certificate.</summary>
    /// <param name="algorithm">RSA (2048 bits) or SM2.</param>
    /// <param name="subject">The subject distinguished name.</param>
    /// <param name="validity">How long the certificate is valid from now.</param>
    /// <param name="timeProvider">The clock, for tests.</param>
    /// <returns>The key and certificate as PEM.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is not a distinguished name.</exception>
    public static GeneratedKey Create(SignatureKeyAlgorithm algorithm, string subject = "CN=Gateway.Sdk test signer, O=Gateway.Sdk, C=CN", TimeSpan? validity = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        var notBefore = now.AddMinutes(-5);
        var notAfter = now + (validity ?? TimeSpan.FromDays(365));
        var serial = RandomNumberGenerator.GetBytes(8);
        serial[0] &= 0x7F;
        X500DistinguishedName? name;
        try
        {
            // One parser for both algorithms: BouncyCastle's X509Name encodes the RDNs in written order, .NET in the
            // reverse order RFC 4514 strings are written in, so SM2 subjects came out reversed ("C=CN, O=…, CN=…").
            name = new X500DistinguishedName(subject);
        }
        catch (CryptographicException)
        {
            name = null;
        }

        if (name is null || !name.EnumerateRelativeDistinguishedNames().Any())
        {
            throw new ArgumentException($"'{subject}' is not a distinguished name such as \"CN=Test, O=Company, C=CN\"", nameof(subject));
        }

        return algorithm == SignatureKeyAlgorithm.Rsa
            ? CreateRsa(name, serial, notBefore, notAfter)
            : CreateSm2(X509Name.GetInstance(Asn1Object.FromByteArray(name.RawData)), serial, notBefore, notAfter);
    }

    private static GeneratedKey CreateRsa(X500DistinguishedName subject, byte[] serial, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var certificate = request.Create(request.SubjectName, X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1), notBefore, notAfter, serial);
        return new GeneratedKey(rsa.ExportPkcs8PrivateKeyPem(), certificate.ExportCertificatePem());
    }

    private static GeneratedKey CreateSm2(X509Name name, byte[] serial, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var random = new SecureRandom();
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(new DerObjectIdentifier(Sm2.CurveOid), random));
        var pair = generator.GenerateKeyPair();

        var builder = new X509V3CertificateGenerator();
        builder.SetSerialNumber(new Org.BouncyCastle.Math.BigInteger(1, serial));
        builder.SetIssuerDN(name);
        builder.SetSubjectDN(name);
        builder.SetNotBefore(notBefore.UtcDateTime);
        builder.SetNotAfter(notAfter.UtcDateTime);
        builder.SetPublicKey(pair.Public);
        builder.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.DigitalSignature | KeyUsage.NonRepudiation));
        var certificate = builder.Generate(new Asn1SignatureFactory("1.2.156.10197.1.501", pair.Private, random));

        var key = PrivateKeyInfoFactory.CreatePrivateKeyInfo(pair.Private).GetDerEncoded();
        return new GeneratedKey(PemEncoding.WriteString("PRIVATE KEY", key), PemEncoding.WriteString("CERTIFICATE", certificate.GetEncoded()));
    }
}
