using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;

namespace Gateway.Sdk.Signing;

/// <summary>Signs with a key held in memory, loaded from PEM (PKCS#8, SEC1, RSA) or PKCS#12 files, RSA or SM2.</summary>
/// <remarks>For an IC card, UKey or HSM implement <see cref="ISigner"/> instead, so the key never leaves the device.</remarks>
public sealed class LocalSigner : ISigner, IDisposable
{
    private readonly RSA? _rsa;
    private readonly ECPrivateKeyParameters? _sm2;

    private LocalSigner(AsymmetricKeyParameter key, X509Certificate2 certificate, string source)
    {
        KeyAlgorithm = KeyMaterial.AlgorithmOf(key, source);
        if (!KeyMaterial.PublicKey(certificate).Matches(key))
        {
            throw new SigningException("KEY005", $"{source}: the private key does not belong to the certificate (serial {certificate.SerialNumber}): give the certificate issued for this key");
        }

        Certificate = certificate;
        if (KeyAlgorithm == SignatureKeyAlgorithm.Rsa)
        {
            _rsa = KeyMaterial.ToRsa(key);
        }
        else
        {
            _sm2 = new ECPrivateKeyParameters(((ECPrivateKeyParameters)key).D, Sm2.Domain);
        }
    }

    /// <inheritdoc/>
    public X509Certificate2 Certificate { get; }

    /// <summary>Gets the algorithm of the key.</summary>
    public SignatureKeyAlgorithm KeyAlgorithm { get; }

    /// <summary>Creates a signer from PEM text: a private key (PKCS#8, encrypted PKCS#8, SEC1 or PKCS#1) and an X.509 certificate, in one text or two.</summary>
    /// <param name="privateKeyPem">PEM with the private key (it may also hold the certificate).</param>
    /// <param name="certificatePem">PEM with the certificate, or <see langword="null"/> when <paramref name="privateKeyPem"/> holds it.</param>
    /// <param name="password">The password of an encrypted key, or <see langword="null"/>.</param>
    /// <returns>The signer.</returns>
    /// <exception cref="SigningException">The PEM cannot be read, the password is wrong, the key is neither RSA nor SM2, or the key does not match the certificate.</exception>
    public static LocalSigner FromPem(string privateKeyPem, string? certificatePem = null, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(privateKeyPem);
        var (keys, certificates) = KeyMaterial.ReadPem(privateKeyPem, password, "private key");
        if (certificatePem is not null)
        {
            certificates.InsertRange(0, KeyMaterial.ReadPem(certificatePem, null, "certificate").Certificates);
        }

        return Create(keys, certificates, "private key");
    }

    /// <summary>Creates a signer from a PKCS#12 (.pfx, .p12) file's bytes, RSA or SM2.</summary>
    /// <param name="pkcs12">The file's bytes.</param>
    /// <param name="password">Its password, or <see langword="null"/> for none.</param>
    /// <returns>The signer.</returns>
    /// <exception cref="SigningException">The file cannot be read with that password, or holds no usable key and certificate.</exception>
    public static LocalSigner FromPkcs12(byte[] pkcs12, string? password)
    {
        ArgumentNullException.ThrowIfNull(pkcs12);
        var (key, certificate) = KeyMaterial.ReadPkcs12(pkcs12, password, "PKCS#12");
        return new LocalSigner(key, certificate, "PKCS#12");
    }

    /// <summary>Creates a signer from files: a PKCS#12 file, or a PEM key with its certificate in the same or another PEM file.</summary>
    /// <param name="keyPath">A <c>.pfx</c>/<c>.p12</c> file or a PEM key file.</param>
    /// <param name="certificatePath">The PEM or DER certificate, when the key file does not hold it.</param>
    /// <param name="password">The password of the key or PKCS#12 file, or <see langword="null"/>.</param>
    /// <returns>The signer.</returns>
    /// <exception cref="SigningException">A file cannot be read as a key or certificate.</exception>
    /// <exception cref="IOException">A file cannot be opened.</exception>
    public static LocalSigner FromFiles(string keyPath, string? certificatePath = null, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        var keyBytes = File.ReadAllBytes(keyPath);
        if (!LooksLikePem(keyBytes))
        {
            var (key, fromStore) = KeyMaterial.ReadPkcs12(keyBytes, password, keyPath);
            return new LocalSigner(key, fromStore, keyPath);
        }

        var (keys, certificates) = KeyMaterial.ReadPem(System.Text.Encoding.UTF8.GetString(keyBytes), password, keyPath);
        if (certificatePath is not null)
        {
            certificates.Insert(0, LoadCertificate(certificatePath));
        }

        return Create(keys, certificates, keyPath);
    }

    /// <summary>Loads a certificate file, PEM or DER.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="SigningException">The file is not a certificate.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static X509Certificate2 LoadCertificate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        if (LooksLikePem(bytes))
        {
            var certificates = KeyMaterial.ReadPem(System.Text.Encoding.UTF8.GetString(bytes), null, path).Certificates;
            return certificates.Count > 0 ? certificates[0] : throw new SigningException("KEY003", $"{path}: holds no certificate (BEGIN CERTIFICATE)");
        }

        try
        {
            return X509CertificateLoader.LoadCertificate(bytes);
        }
        catch (CryptographicException)
        {
            throw new SigningException("KEY001", $"{path}: not an X.509 certificate (PEM or DER)");
        }
    }

    /// <inheritdoc/>
    public ValueTask<byte[]> SignAsync(ReadOnlyMemory<byte> data, SignatureProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Sign(data.Span, profile));
    }

    /// <summary>Signs synchronously (the key is in memory).</summary>
    /// <param name="data">The octets to sign.</param>
    /// <param name="profile">The profile naming the algorithm.</param>
    /// <returns>The signature value.</returns>
    /// <exception cref="SigningException">The profile needs another key algorithm.</exception>
    public byte[] Sign(ReadOnlySpan<byte> data, SignatureProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.KeyAlgorithm != KeyAlgorithm)
        {
            throw new SigningException("SIG004", $"profile {profile.Name} needs an {profile.KeyAlgorithm.ToString().ToUpperInvariant()} key, this key is {KeyAlgorithm.ToString().ToUpperInvariant()}: choose a {KeyAlgorithm.ToString().ToLowerInvariant()} profile ({string.Join(", ", SignatureProfiles.All.Where(p => p.KeyAlgorithm == KeyAlgorithm).Select(p => p.Name))})");
        }

        return _rsa is not null
            ? _rsa.SignData(data, Digests.Name(profile.SignatureHash), RSASignaturePadding.Pkcs1)
            : Sm2.Sign(_sm2!, data, profile.Sm2UserId, profile.SignatureEncoding);
    }

    /// <inheritdoc/>
    public void Dispose() => _rsa?.Dispose();

    private static LocalSigner Create(List<object> keys, List<X509Certificate2> certificates, string source)
    {
        if (keys.Count == 0)
        {
            throw new SigningException("KEY003", $"{source}: holds no private key: give the key file (BEGIN PRIVATE KEY or BEGIN EC PRIVATE KEY)");
        }

        if (certificates.Count == 0)
        {
            throw new SigningException("KEY003", $"{source}: no certificate: give the signing certificate (PEM or DER; --cert on the command line)");
        }

        return new LocalSigner((AsymmetricKeyParameter)keys[0], certificates[0], source);
    }

    // The whole file: `openssl x509 -text` puts a dump of several kilobytes before the block.
    private static bool LooksLikePem(byte[] bytes) => bytes.AsSpan().IndexOf("-----BEGIN "u8) >= 0;
}
