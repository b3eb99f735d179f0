using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Gateway.Sdk.Signing;

/// <summary>Reads keys and certificates (PEM, PKCS#8, SEC1, PKCS#12) into .NET RSA or BouncyCastle SM2 objects; messages never carry key bytes or passwords.</summary>
internal static class KeyMaterial
{
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string EcOid = "1.2.840.10045.2.1";

    public static (List<object> Keys, List<X509Certificate2> Certificates) ReadPem(string pem, string? password, string source)
    {
        var keys = new List<object>();
        var certificates = new List<X509Certificate2>();
        if (password is null && (pem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal) || pem.Contains("Proc-Type: 4,ENCRYPTED", StringComparison.Ordinal)))
        {
            throw new SigningException("KEY002", $"{source}: the key is encrypted: give its password (--password or the password argument)");
        }

        try
        {
            // OpenSSL 3 labels SEC1 SM2 keys "SM2 PRIVATE KEY"; the content is an ordinary SEC1 ECPrivateKey.
            using var text = new StringReader(Blocks(pem).Replace("SM2 PRIVATE KEY-----", "EC PRIVATE KEY-----", StringComparison.Ordinal));
            var reader = new PemReader(text, password is null ? null : new Password(password));
            while (reader.ReadObject() is { } item)
            {
                switch (item)
                {
                    case BcCertificate certificate:
                        certificates.Add(X509CertificateLoader.LoadCertificate(certificate.GetEncoded()));
                        break;
                    case AsymmetricCipherKeyPair pair:
                        keys.Add(pair.Private);
                        break;
                    case AsymmetricKeyParameter key:
                        keys.Add(key);
                        break;
                }
            }
        }
        catch (PasswordException)
        {
            throw new SigningException("KEY002", $"{source}: the key is encrypted: give its password (--password or the password argument)");
        }
        catch (Exception e) when (e is IOException or InvalidCipherTextException or ArgumentException or InvalidCastException or CryptographicException)
        {
            throw new SigningException("KEY001", $"{source}: not a readable PEM key or certificate, or the password is wrong: export the key as PKCS#8 or SEC1 PEM and the certificate as X.509 PEM");
        }

        return (keys, certificates);
    }

    public static (AsymmetricKeyParameter Key, X509Certificate2 Certificate) ReadPkcs12(byte[] pkcs12, string? password, string source)
    {
        try
        {
            var store = new Pkcs12Store(new MemoryStream(pkcs12), (password ?? string.Empty).ToCharArray());
            foreach (string alias in store.Aliases)
            {
                if (store.IsKeyEntry(alias))
                {
                    var chain = store.GetCertificateChain(alias);
                    var certificate = chain is { Length: > 0 } ? chain[0].Certificate : store.GetCertificate(alias)?.Certificate;
                    if (certificate is null)
                    {
                        throw new SigningException("KEY003", $"{source}: the PKCS#12 file holds a key but no certificate: export it with its certificate");
                    }

                    return (store.GetKey(alias).Key, X509CertificateLoader.LoadCertificate(certificate.GetEncoded()));
                }
            }
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException or CryptographicException or InvalidCipherTextException or Org.BouncyCastle.Security.SecurityUtilityException)
        {
            throw new SigningException("KEY001", $"{source}: not a readable PKCS#12 (.pfx) file, or the password is wrong");
        }

        throw new SigningException("KEY003", $"{source}: the PKCS#12 file holds no private key");
    }

    /// <summary>Returns the algorithm of a BouncyCastle private key, refusing curves other than SM2.</summary>
    public static SignatureKeyAlgorithm AlgorithmOf(AsymmetricKeyParameter key, string source) => key switch
    {
        RsaKeyParameters => SignatureKeyAlgorithm.Rsa,
        ECKeyParameters ec when Sm2.IsSm2(ec.Parameters) => SignatureKeyAlgorithm.Sm2,
        _ => throw new SigningException("KEY004", $"{source}: the key is neither RSA nor SM2 (curve {Sm2.CurveOid}); the single window accepts only those"),
    };

    public static RSA ToRsa(AsymmetricKeyParameter key)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(PrivateKeyInfoFactory.CreatePrivateKeyInfo(key).GetDerEncoded(), out _);
        return rsa;
    }

    /// <summary>Reads a SubjectPublicKeyInfo into a verification key (RSA through .NET, SM2 through BouncyCastle).</summary>
    public static VerificationKey PublicKey(byte[] subjectPublicKeyInfo, X509Certificate2? certificate)
    {
        try
        {
            return ReadPublicKey(subjectPublicKeyInfo, certificate);
        }
        catch (Exception e) when (e is not SigningException and not OutOfMemoryException)
        {
            // Hostile keys reach BouncyCastle's parsers, which fail in many ways (even NullReferenceException on an unknown curve).
            throw new SigningException("KEY001", $"{(certificate is null ? "a public key" : $"certificate {certificate.Subject}")} holds a public key that cannot be read as RSA or SM2");
        }
    }

    private static VerificationKey ReadPublicKey(byte[] subjectPublicKeyInfo, X509Certificate2? certificate)
    {
        var info = SubjectPublicKeyInfo.GetInstance(Asn1Object.FromByteArray(subjectPublicKeyInfo));
        var algorithm = info.AlgorithmID.Algorithm.Id;
        if (algorithm == RsaOid)
        {
            var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
            return new VerificationKey(rsa, null, certificate);
        }

        var curve = algorithm == Sm2.CurveOid ? Sm2.CurveOid : (info.AlgorithmID.Parameters as DerObjectIdentifier)?.Id;
        if ((algorithm == EcOid || algorithm == Sm2.CurveOid) && curve == Sm2.CurveOid)
        {
            var point = Sm2.DecodePoint(info.PublicKeyData.GetBytes());
            return new VerificationKey(null, new ECPublicKeyParameters(point, Sm2.Domain), certificate);
        }

        if (algorithm == EcOid && info.AlgorithmID.Parameters is not DerObjectIdentifier && PublicKeyFactory.CreateKey(info) is ECPublicKeyParameters ec && Sm2.IsSm2(ec.Parameters))
        {
            return new VerificationKey(null, new ECPublicKeyParameters(ec.Q, Sm2.Domain), certificate);
        }

        throw new SigningException("KEY004", $"the public key (algorithm {algorithm}) is neither RSA nor SM2; the single window accepts only those");
    }

    public static VerificationKey PublicKey(X509Certificate2 certificate) =>
        PublicKey(certificate.PublicKey.ExportSubjectPublicKeyInfo(), certificate);

    /// <summary>Keeps only the PEM blocks of <paramref name="pem"/>, each on its own lines.</summary>
    /// <remarks>
    /// OpenSSL ignores text outside the blocks (<c>openssl x509 -text</c> puts a dump first, <c>pkcs12 -nodes</c>
    /// "Bag Attributes" before each block); BouncyCastle's reader stops at the first line that does not begin one.
    /// </remarks>
    private static string Blocks(string pem)
    {
        var blocks = new System.Text.StringBuilder();
        var begin = pem.IndexOf("-----BEGIN ", StringComparison.Ordinal);
        while (begin >= 0)
        {
            var endLine = pem.IndexOf("-----END ", begin, StringComparison.Ordinal);
            var end = endLine < 0 ? -1 : pem.IndexOf("-----", endLine + "-----END ".Length, StringComparison.Ordinal);
            if (end < 0)
            {
                // An unterminated block goes to the reader as it is, so that it reports it.
                blocks.Append(pem, begin, pem.Length - begin);
                break;
            }

            end += "-----".Length;
            blocks.Append(pem, begin, end - begin).Append('\n');
            begin = pem.IndexOf("-----BEGIN ", end, StringComparison.Ordinal);
        }

        return blocks.ToString();
    }

    private sealed class Password(string password) : IPasswordFinder
    {
        public char[] GetPassword() => password.ToCharArray();
    }
}

/// <summary>Holds one public key a verifier may use, with the certificate it came from.</summary>
internal sealed class VerificationKey(RSA? rsa, ECPublicKeyParameters? sm2, X509Certificate2? certificate)
{
    public X509Certificate2? Certificate { get; } = certificate;

    public RSA? Rsa { get; } = rsa;

    public ECPublicKeyParameters? Sm2 { get; } = sm2;

    public SignatureKeyAlgorithm Algorithm => Rsa is not null ? SignatureKeyAlgorithm.Rsa : SignatureKeyAlgorithm.Sm2;

    /// <summary>Returns whether <paramref name="privateKey"/> is the private half of this key.</summary>
    public bool Matches(AsymmetricKeyParameter privateKey) => privateKey switch
    {
        RsaKeyParameters key when Rsa is not null => new Org.BouncyCastle.Math.BigInteger(1, Rsa.ExportParameters(false).Modulus).Equals(key.Modulus),
        ECPrivateKeyParameters key when Sm2 is not null => Signing.Sm2.Domain.G.Multiply(key.D).Normalize().Equals(Sm2.Q.Normalize()),
        _ => false,
    };

    /// <summary>Returns whether two keys are the same public key, whatever their encoding.</summary>
    public bool SameKey(VerificationKey other) => (Rsa, other.Rsa) switch
    {
        ({ } mine, { } theirs) => mine.ExportParameters(false).Modulus.AsSpan().SequenceEqual(theirs.ExportParameters(false).Modulus)
            && mine.ExportParameters(false).Exponent.AsSpan().SequenceEqual(theirs.ExportParameters(false).Exponent),
        (null, null) => Sm2!.Q.Normalize().Equals(other.Sm2!.Q.Normalize()),
        _ => false,
    };

    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, SignatureProfile profile)
    {
        if (profile.KeyAlgorithm != Algorithm)
        {
            return false;
        }

        return Rsa is not null
            ? Rsa.VerifyData(data, signature, Digests.Name(profile.SignatureHash), RSASignaturePadding.Pkcs1)
            : Signing.Sm2.Verify(Sm2!, data, signature, profile.Sm2UserId);
    }
}
