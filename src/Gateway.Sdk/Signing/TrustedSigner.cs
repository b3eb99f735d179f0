using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.X509;

namespace Gateway.Sdk.Signing;

/// <summary>Names a key or certificate a verifier trusts: a pinned certificate, a pinned public key, or an issuing CA.</summary>
public sealed class TrustedSigner
{
    private TrustedSigner(X509Certificate2? certificate, byte[]? publicKey, bool isIssuer)
    {
        CertificateValue = certificate;
        PublicKeyInfo = publicKey;
        IsIssuer = isIssuer;
    }

    /// <summary>Gets the pinned or issuing certificate, if any.</summary>
    public X509Certificate2? CertificateValue { get; }

    /// <summary>Gets the pinned SubjectPublicKeyInfo (DER), if any.</summary>
    public byte[]? PublicKeyInfo { get; }

    /// <summary>Gets whether <see cref="CertificateValue"/> is trusted as an issuer of signing certificates rather than as the signing certificate.</summary>
    public bool IsIssuer { get; }

    /// <summary>Trusts signatures made with this certificate's key while the certificate is valid.</summary>
    /// <param name="certificate">The signing certificate.</param>
    /// <returns>The trust entry.</returns>
    public static TrustedSigner Certificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new TrustedSigner(certificate, null, isIssuer: false);
    }

    /// <summary>Trusts signatures whose embedded certificate this CA issued directly (RSA or SM3withSM2), valid at verification time.</summary>
    /// <param name="issuer">The CA certificate.</param>
    /// <returns>The trust entry.</returns>
    /// <remarks>Revocation (CRL, OCSP) is not checked; see docs/signing.md.</remarks>
    public static TrustedSigner Issuer(X509Certificate2 issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return new TrustedSigner(issuer, null, isIssuer: true);
    }

    /// <summary>Trusts signatures made with this public key, with or without a certificate.</summary>
    /// <param name="subjectPublicKeyInfo">The DER SubjectPublicKeyInfo (what <c>BEGIN PUBLIC KEY</c> PEM holds).</param>
    /// <returns>The trust entry.</returns>
    public static TrustedSigner PublicKey(byte[] subjectPublicKeyInfo)
    {
        ArgumentNullException.ThrowIfNull(subjectPublicKeyInfo);
        return new TrustedSigner(null, subjectPublicKeyInfo, isIssuer: false);
    }

    /// <summary>Reads a trust entry from a file: an X.509 certificate (PEM or DER) or a public key (PEM).</summary>
    /// <param name="path">The file.</param>
    /// <param name="asIssuer">Trust the certificate as an issuing CA rather than as the signing certificate.</param>
    /// <returns>The trust entry.</returns>
    /// <exception cref="SigningException">The file holds neither a certificate nor a public key.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static TrustedSigner FromFile(string path, bool asIssuer = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = File.ReadAllText(path);
        if (text.Contains("-----BEGIN PUBLIC KEY-----", StringComparison.Ordinal))
        {
            var pem = System.Security.Cryptography.PemEncoding.Find(text);
            return PublicKey(Convert.FromBase64String(text[pem.Base64Data]));
        }

        var certificate = LocalSigner.LoadCertificate(path);
        return asIssuer ? Issuer(certificate) : Certificate(certificate);
    }

    /// <summary>Returns why <paramref name="candidate"/> is not trusted by this entry, or <see langword="null"/> when it is.</summary>
    internal string? Trusts(X509Certificate2 candidate, VerificationKey candidateKey)
    {
        if (PublicKeyInfo is not null)
        {
            return KeyMaterial.PublicKey(PublicKeyInfo, null).SameKey(candidateKey) ? null : "key differs";
        }

        if (!IsIssuer)
        {
            return candidate.RawData.AsSpan().SequenceEqual(CertificateValue!.RawData) ? null : "certificate differs";
        }

        if (!candidate.IssuerName.RawData.AsSpan().SequenceEqual(CertificateValue!.SubjectName.RawData))
        {
            return "issuer differs";
        }

        try
        {
            var parser = new X509CertificateParser();
            parser.ReadCertificate(candidate.RawData).Verify(parser.ReadCertificate(CertificateValue.RawData).GetPublicKey());
            return null;
        }
        catch (Exception e) when (e is Org.BouncyCastle.Security.InvalidKeyException or Org.BouncyCastle.Security.SignatureException or Org.BouncyCastle.Security.Certificates.CertificateException or ArgumentException)
        {
            return "the issuer's signature on the certificate does not verify";
        }
    }
}
