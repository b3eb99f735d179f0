using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Gateway.Sdk.Signing;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Chooses the octets an IC card signs into <c>DecSign/Sign</c>.</summary>
/// <param name="declaration">The declaration, with <c>Sign</c>, <c>SignDate</c> and <c>Certificate</c> already set to what will be sent except the signature itself.</param>
/// <returns>The octets to sign.</returns>
/// <remarks>What the China E-Port client actually signs is not published (docs/signing.md, "DecSign"); this is a seam, not a fact.</remarks>
public delegate byte[] DecSignContent(CustomsDeclaration declaration);

/// <summary>Sets how <see cref="DeclarationSigner"/> fills <c>DecSign</c>.</summary>
public sealed record DeclarationSigningOptions
{
    /// <summary>Gets the profile naming the algorithm, hash, SM2 user ID and encoding, or <see langword="null"/> for <c>sm2-w3</c> with SM2 keys and <c>rsa-sha1-ceb</c> with RSA keys.</summary>
    public SignatureProfile? Profile { get; init; }

    /// <summary>Gets what is signed.</summary>
    /// <value><see cref="DeclarationSigner.WrittenWithoutSignature"/>, the SDK's own documented convention.</value>
    public DecSignContent Content { get; init; } = DeclarationSigner.WrittenWithoutSignature;

    /// <summary>Gets the pattern of <c>SignDate</c> (the official pattern is not published; the field holds at most 16 characters).</summary>
    /// <value><c>yyyyMMddHHmmss</c>, in China Standard Time (UTC+8).</value>
    public string SignDateFormat { get; init; } = "yyyyMMddHHmmss";

    /// <summary>Gets how the certificate number in <c>DecSign/Certificate</c> is written.</summary>
    /// <value><see cref="KeyNameFormat.SerialHex"/>.</value>
    public KeyNameFormat CertificateNumber { get; init; } = KeyNameFormat.SerialHex;

    /// <summary>Gets the clock for <c>SignDate</c>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>Fills <c>DecSign/Sign</c>, <c>SignDate</c> and <c>Certificate</c> of a declaration from an <see cref="ISigner"/>, and checks them.</summary>
/// <remarks>
/// The signed content is a replaceable strategy (<see cref="DeclarationSigningOptions.Content"/>). For a signature
/// the single window verifies independently of that question, sign the whole message or its DXP envelope with
/// <see cref="XmlSigner"/>.
/// </remarks>
public static class DeclarationSigner
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>Gets the SDK's convention: the UTF-8 bytes <see cref="DeclarationXmlWriter"/> writes with <c>DecSign/Sign</c> left empty (<c>SignDate</c> and <c>Certificate</c> set).</summary>
    /// <remarks>Not the E-Port client's algorithm, which is not public; the SDK and its simulator agree on it.</remarks>
    public static DecSignContent WrittenWithoutSignature { get; } = static declaration =>
        new DeclarationXmlWriter().Write(declaration with { Sign = declaration.Sign with { Signature = null } });

    /// <summary>Returns the declaration with <c>DecSign</c> signed.</summary>
    /// <param name="declaration">The declaration to sign.</param>
    /// <param name="signer">The key or card.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels waiting on the signer.</param>
    /// <returns>A copy with <c>Sign</c> (base64 signature value), <c>SignDate</c> and <c>Certificate</c> filled.</returns>
    /// <exception cref="SigningException">The profile does not fit the key.</exception>
    public static async ValueTask<CustomsDeclaration> SignAsync(CustomsDeclaration declaration, ISigner signer, DeclarationSigningOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(signer);
        options ??= new DeclarationSigningOptions();
        var profile = ProfileFor(signer.Certificate, options);
        var prepared = declaration with
        {
            Sign = declaration.Sign with
            {
                Signature = null,
                SignDate = options.TimeProvider.GetUtcNow().ToOffset(ChinaStandardTime).ToString(options.SignDateFormat, CultureInfo.InvariantCulture),
                CertificateNumber = XmlSigner.KeyName(signer.Certificate, options.CertificateNumber),
            },
        };
        var value = await signer.SignAsync(options.Content(prepared), profile, cancellationToken).ConfigureAwait(false);
        return prepared with { Sign = prepared.Sign with { Signature = Convert.ToBase64String(value) } };
    }

    /// <summary>Checks <c>DecSign/Sign</c> against a certificate the caller trusts, using the same content strategy as the signer.</summary>
    /// <param name="declaration">The signed declaration.</param>
    /// <param name="certificate">The trusted signing certificate.</param>
    /// <param name="options">The options the signer used, or <see langword="null"/> for the defaults.</param>
    /// <returns><see langword="true"/> when the signature verifies and <c>Certificate</c> names this certificate.</returns>
    public static bool Verify(CustomsDeclaration declaration, X509Certificate2 certificate, DeclarationSigningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(certificate);
        options ??= new DeclarationSigningOptions();
        if (declaration.Sign.Signature is not { Length: > 0 } text || declaration.Sign.CertificateNumber != XmlSigner.KeyName(certificate, options.CertificateNumber))
        {
            return false;
        }

        byte[] value;
        try
        {
            value = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return false;
        }

        var key = KeyMaterial.PublicKey(certificate);
        return key.Verify(options.Content(declaration with { Sign = declaration.Sign with { Signature = null } }), value, ProfileFor(certificate, options));
    }

    private static SignatureProfile ProfileFor(X509Certificate2 certificate, DeclarationSigningOptions options) =>
        options.Profile ?? (KeyMaterial.PublicKey(certificate).Algorithm == SignatureKeyAlgorithm.Sm2 ? SignatureProfiles.Sm2W3 : SignatureProfiles.RsaSha1Ceb);
}
