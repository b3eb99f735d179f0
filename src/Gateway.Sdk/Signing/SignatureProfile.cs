namespace Gateway.Sdk.Signing;

/// <summary>Names the key algorithm a signature profile needs.</summary>
public enum SignatureKeyAlgorithm
{
    /// <summary>RSA with PKCS#1 v1.5 padding.</summary>
    Rsa,

    /// <summary>SM2 (GM/T 0003) with SM3.</summary>
    Sm2,
}

/// <summary>Names a digest algorithm.</summary>
public enum DigestAlgorithm
{
    /// <summary>SHA-1 (20 bytes); still what legacy E-Port profiles use.</summary>
    Sha1,

    /// <summary>SHA-256.</summary>
    Sha256,

    /// <summary>SHA-384.</summary>
    Sha384,

    /// <summary>SHA-512.</summary>
    Sha512,

    /// <summary>SM3 (GM/T 0004, 32 bytes).</summary>
    Sm3,
}

/// <summary>Names how an SM2 signature value is encoded.</summary>
public enum SignatureValueEncoding
{
    /// <summary>Raw 64 bytes <c>r ‖ s</c>, as China E-Port cards return it.</summary>
    Raw,

    /// <summary>DER <c>SEQUENCE { INTEGER r, INTEGER s }</c> (GM/T 0009, OpenSSL, BouncyCastle's default).</summary>
    Der,
}

/// <summary>Names what <c>KeyInfo/KeyName</c> carries.</summary>
public enum KeyNameFormat
{
    /// <summary>No <c>KeyName</c>.</summary>
    None,

    /// <summary>The certificate serial number in lower-case hex, every byte of its encoding kept (so leading zeros stay), as the E-Port card control reports it.</summary>
    SerialHex,

    /// <summary>The certificate serial number as a lower-case hex number without leading zeros, as one E-Port signer derives it.</summary>
    SerialHexMinimal,
}

/// <summary>Names where the signature may sit.</summary>
public enum SignaturePlacement
{
    /// <summary>The last child of the document element (every China E-Port profile).</summary>
    LastChildOfRoot,

    /// <summary>Anywhere in the document; for verifying documents from other XML-Signature systems.</summary>
    Any,
}

/// <summary>Describes one way to sign: algorithm identifiers, encodings and the <c>KeyInfo</c> shape, as data.</summary>
/// <remarks>
/// The built-in profiles are in <see cref="SignatureProfiles"/>. Define your own with an object initializer or
/// <c>SignatureProfiles.Sm2W3 with { CanonicalizationMethod = XmlDsig.C14NWithComments }</c>; signing and
/// verification take any profile whose algorithms the SDK implements. See docs/signing.md.
/// </remarks>
public sealed record SignatureProfile
{
    /// <summary>Gets the name used on the command line and in verification results.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the key algorithm.</summary>
    public required SignatureKeyAlgorithm KeyAlgorithm { get; init; }

    /// <summary>Gets the <c>SignatureMethod</c> URI.</summary>
    public required string SignatureMethod { get; init; }

    /// <summary>Gets the hash the signature algorithm applies to the canonical <c>SignedInfo</c>.</summary>
    /// <value>SHA-1, SHA-256, SHA-384 or SHA-512 for RSA; SM2 always hashes with SM3, whatever this says.</value>
    public required DigestAlgorithm SignatureHash { get; init; }

    /// <summary>Gets the <c>CanonicalizationMethod</c> URI applied to <c>SignedInfo</c>.</summary>
    public required string CanonicalizationMethod { get; init; }

    /// <summary>Gets the <c>DigestMethod</c> URI of the reference.</summary>
    public required string DigestMethod { get; init; }

    /// <summary>Gets the digest algorithm behind <see cref="DigestMethod"/>.</summary>
    public required DigestAlgorithm Digest { get; init; }

    /// <summary>Gets the transforms of the reference, in order.</summary>
    /// <value>The enveloped-signature transform alone, unless the profile adds a canonicalization transform.</value>
    public IReadOnlyList<string> ReferenceTransforms { get; init; } = [XmlDsig.EnvelopedSignature];

    /// <summary>Gets how an SM2 signature value is encoded when signing (verification accepts either, they cannot be confused).</summary>
    /// <value><see cref="SignatureValueEncoding.Raw"/>.</value>
    public SignatureValueEncoding SignatureEncoding { get; init; } = SignatureValueEncoding.Raw;

    /// <summary>Gets the SM2 user ID that enters the Z value.</summary>
    /// <value><see cref="Sm2.DefaultUserId"/>.</value>
    public string Sm2UserId { get; init; } = Sm2.DefaultUserId;

    /// <summary>Gets what <c>KeyInfo/KeyName</c> carries.</summary>
    /// <value><see cref="KeyNameFormat.SerialHex"/>.</value>
    public KeyNameFormat KeyName { get; init; } = KeyNameFormat.SerialHex;

    /// <summary>Gets whether <c>KeyInfo/X509Data/X509Certificate</c> carries the signing certificate.</summary>
    /// <value><see langword="true"/>.</value>
    public bool IncludeCertificate { get; init; } = true;

    /// <summary>Gets where the signature sits.</summary>
    /// <value><see cref="SignaturePlacement.LastChildOfRoot"/>.</value>
    public SignaturePlacement Placement { get; init; } = SignaturePlacement.LastChildOfRoot;

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>Lists the built-in signature profiles.</summary>
/// <remarks>
/// The two SM2 profiles record two China E-Port signers that disagree (SignatureMethod URI, digest and
/// canonicalization); which one a given gateway endpoint expects is not published. See docs/signing.md.
/// </remarks>
public static class SignatureProfiles
{
    /// <summary>Gets <c>rsa-sha256</c>: W3C RSA-SHA256, SHA-256 digest, exclusive canonicalization, certificate in KeyInfo.</summary>
    public static SignatureProfile RsaSha256 { get; } = new()
    {
        Name = "rsa-sha256",
        KeyAlgorithm = SignatureKeyAlgorithm.Rsa,
        SignatureMethod = XmlDsig.RsaSha256,
        SignatureHash = DigestAlgorithm.Sha256,
        CanonicalizationMethod = XmlDsig.ExcC14N,
        DigestMethod = XmlDsig.Sha256,
        Digest = DigestAlgorithm.Sha256,
        ReferenceTransforms = [XmlDsig.EnvelopedSignature, XmlDsig.ExcC14N],
        KeyName = KeyNameFormat.None,
    };

    /// <summary>Gets <c>rsa-sha1-ceb</c>: the legacy China E-Port profile (RSA-SHA1, SHA-1 digest, inclusive C14N, KeyName = serial hex).</summary>
    public static SignatureProfile RsaSha1Ceb { get; } = new()
    {
        Name = "rsa-sha1-ceb",
        KeyAlgorithm = SignatureKeyAlgorithm.Rsa,
        SignatureMethod = XmlDsig.RsaSha1,
        SignatureHash = DigestAlgorithm.Sha1,
        CanonicalizationMethod = XmlDsig.C14N,
        DigestMethod = XmlDsig.Sha1,
        Digest = DigestAlgorithm.Sha1,
    };

    /// <summary>Gets <c>sm2-w3</c>: signer A of the reference (<c>xmldsig#sm2-sm3</c>, SHA-1 digest, inclusive C14N, raw r‖s).</summary>
    public static SignatureProfile Sm2W3 { get; } = new()
    {
        Name = "sm2-w3",
        KeyAlgorithm = SignatureKeyAlgorithm.Sm2,
        SignatureMethod = XmlDsig.Sm2Sm3W3,
        SignatureHash = DigestAlgorithm.Sm3,
        CanonicalizationMethod = XmlDsig.C14N,
        DigestMethod = XmlDsig.Sha1,
        Digest = DigestAlgorithm.Sha1,
    };

    /// <summary>Gets <c>sm2-chinaport</c>: signer B of the reference (<c>chinaport.gov.cn/2022/04</c> URIs, SM3 digest, C14N with comments, raw r‖s).</summary>
    public static SignatureProfile Sm2ChinaPort { get; } = new()
    {
        Name = "sm2-chinaport",
        KeyAlgorithm = SignatureKeyAlgorithm.Sm2,
        SignatureMethod = XmlDsig.Sm2Sm3ChinaPort,
        SignatureHash = DigestAlgorithm.Sm3,
        CanonicalizationMethod = XmlDsig.C14NWithComments,
        DigestMethod = XmlDsig.Sm3ChinaPort,
        Digest = DigestAlgorithm.Sm3,
    };

    /// <summary>Gets every built-in profile.</summary>
    public static IReadOnlyList<SignatureProfile> All { get; } = [RsaSha256, RsaSha1Ceb, Sm2W3, Sm2ChinaPort];

    /// <summary>Gets the names of the built-in profiles.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(p => p.Name)];

    /// <summary>Finds a built-in profile by name.</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="GatewayException">No built-in profile has that name.</exception>
    public static SignatureProfile Get(string name) =>
        All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new GatewayException($"no signature profile named '{name}': use one of {string.Join(", ", Names)}");
}
