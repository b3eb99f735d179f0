namespace Gateway.Sdk.Signing;

/// <summary>Names the XML-Signature namespace and the algorithm identifiers (URIs) the signing profiles use.</summary>
/// <remarks>
/// W3C URIs come from XML-Signature Syntax and Processing (xmldsig-core) and RFC 6931; the two
/// <c>chinaport.gov.cn</c> URIs are not registered anywhere and are taken from a China E-Port signer
/// (see docs/signing.md, "Conflicting facts").
/// </remarks>
public static class XmlDsig
{
    /// <summary>The XML-Signature namespace, <c>http://www.w3.org/2000/09/xmldsig#</c>.</summary>
    public const string Namespace = "http://www.w3.org/2000/09/xmldsig#";

    /// <summary>Canonical XML 1.0 without comments.</summary>
    public const string C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";

    /// <summary>Canonical XML 1.0 with comments.</summary>
    public const string C14NWithComments = C14N + "#WithComments";

    /// <summary>Exclusive XML Canonicalization 1.0 without comments.</summary>
    public const string ExcC14N = "http://www.w3.org/2001/10/xml-exc-c14n#";

    /// <summary>Exclusive XML Canonicalization 1.0 with comments.</summary>
    public const string ExcC14NWithComments = ExcC14N + "WithComments";

    /// <summary>The enveloped-signature transform.</summary>
    public const string EnvelopedSignature = Namespace + "enveloped-signature";

    /// <summary>RSA PKCS#1 v1.5 with SHA-1.</summary>
    public const string RsaSha1 = Namespace + "rsa-sha1";

    /// <summary>RSA PKCS#1 v1.5 with SHA-256 (RFC 6931).</summary>
    public const string RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

    /// <summary>RSA PKCS#1 v1.5 with SHA-384 (RFC 6931).</summary>
    public const string RsaSha384 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384";

    /// <summary>RSA PKCS#1 v1.5 with SHA-512 (RFC 6931).</summary>
    public const string RsaSha512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";

    /// <summary>SM2 with SM3 under the W3C namespace, as China E-Port signer A writes it (not a registered W3C URI).</summary>
    public const string Sm2Sm3W3 = Namespace + "sm2-sm3";

    /// <summary>SM2 with SM3 under the chinaport.gov.cn namespace, as China E-Port signer B writes it.</summary>
    public const string Sm2Sm3ChinaPort = "http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3";

    /// <summary>The SHA-1 digest.</summary>
    public const string Sha1 = Namespace + "sha1";

    /// <summary>The SHA-256 digest.</summary>
    public const string Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    /// <summary>The SHA-384 digest.</summary>
    public const string Sha384 = "http://www.w3.org/2001/04/xmldsig-more#sha384";

    /// <summary>The SHA-512 digest.</summary>
    public const string Sha512 = "http://www.w3.org/2001/04/xmlenc#sha512";

    /// <summary>The SM3 digest under the chinaport.gov.cn namespace, as China E-Port signer B writes it.</summary>
    public const string Sm3ChinaPort = "http://www.chinaport.gov.cn/2022/04/xmldsig#sm3";

    /// <summary>Returns whether <paramref name="uri"/> names one of the four canonicalization methods the SDK implements.</summary>
    /// <param name="uri">An algorithm URI.</param>
    /// <returns><see langword="true"/> for C14N 1.0 and Exclusive C14N, with or without comments.</returns>
    public static bool IsCanonicalization(string uri) => uri is C14N or C14NWithComments or ExcC14N or ExcC14NWithComments;
}
