using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Signing;

/// <summary>Adds an enveloped XML signature to a document without changing any of its other bytes.</summary>
/// <remarks>
/// Follows the procedure of docs/signing.md: digest the canonical document, build <c>SignedInfo</c> in the
/// document's namespace context, sign its canonical form with the <see cref="ISigner"/>, and insert
/// <c>ds:Signature</c> as the last child of the root. The bytes before and after the inserted element are the
/// caller's bytes, so what is signed is exactly what is sent: do not re-format the result.
/// </remarks>
public static class XmlSigner
{
    private const string Placeholder = "</ds:SignatureValue>";

    /// <summary>Signs a UTF-8 XML document.</summary>
    /// <param name="document">The document's bytes (UTF-8, no DTD, not yet signed).</param>
    /// <param name="profile">The signature profile.</param>
    /// <param name="signer">The key or device that signs.</param>
    /// <param name="cancellationToken">Cancels waiting on the signer.</param>
    /// <returns>The signed document's bytes.</returns>
    /// <exception cref="SigningException">The document cannot be read or is already signed, or the profile does not fit the key.</exception>
    public static async ValueTask<byte[]> SignAsync(ReadOnlyMemory<byte> document, SignatureProfile profile, ISigner signer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(signer);
        var certificate = signer.Certificate;
        var keyAlgorithm = KeyMaterial.PublicKey(certificate).Algorithm;
        if (keyAlgorithm != profile.KeyAlgorithm)
        {
            throw new SigningException("SIG004", $"profile {profile.Name} needs an {Upper(profile.KeyAlgorithm)} key, the certificate (serial {certificate.SerialNumber.ToLowerInvariant()}) holds an {Upper(keyAlgorithm)} key: choose a profile for {Upper(keyAlgorithm)}");
        }

        CheckProfile(profile);
        var dom = Load(document);
        if (dom.GetElementsByTagName("Signature", XmlDsig.Namespace).Count > 0)
        {
            throw new SigningException("SIG002", "the document already has a ds:Signature: sign the unsigned document, or carry the signed one base64-encoded in an envelope (dxp:Data) and sign the envelope");
        }

        if (dom.DocumentElement?.SelectSingleNode("descendant::comment() | descendant::processing-instruction()") is { } other)
        {
            throw new SigningException("SIG015", $"the document holds a {(other is XmlComment ? "comment" : "processing instruction")} inside <{other.ParentNode?.Name}>; verifiers refuse them in signed content (comment injection): remove it before signing");
        }

        var digest = Digests.Compute(profile.Digest, XmlCanonicalizer.Canonicalize(dom, ReferenceCanonicalization(profile), withComments: false, excluded: null, inclusivePrefixes: null));
        var signature = SignatureElement(profile, digest, certificate);
        var (signed, start) = Insert(document.Span, signature);

        var withSignature = Load(signed);
        var signatures = withSignature.GetElementsByTagName("Signature", XmlDsig.Namespace);
        if (signatures.Count != 1 || withSignature.DocumentElement!.LastChild != signatures[0])
        {
            throw new SigningException("SIG003", "could not place the signature as the last child of the root element: check that nothing but comments and processing instructions follows the root's end tag");
        }

        var signedInfo = (XmlElement)signatures[0]!.FirstChild!;
        var canonical = XmlCanonicalizer.Canonicalize(signedInfo, profile.CanonicalizationMethod);
        var value = await signer.SignAsync(canonical, profile, cancellationToken).ConfigureAwait(false);

        var valueText = Encoding.ASCII.GetBytes(Convert.ToBase64String(value));
        var at = start + Encoding.UTF8.GetByteCount(signature.AsSpan(0, signature.IndexOf(Placeholder, StringComparison.Ordinal)));
        return [.. signed.AsSpan(0, at), .. valueText, .. signed.AsSpan(at)];
    }

    /// <summary>Formats a certificate serial number for <c>KeyName</c>.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="format">The format.</param>
    /// <returns>The lower-case hex serial, or <see langword="null"/> for <see cref="KeyNameFormat.None"/>.</returns>
    public static string? KeyName(X509Certificate2 certificate, KeyNameFormat format)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var hex = certificate.SerialNumber.ToLowerInvariant();
        return format switch
        {
            KeyNameFormat.SerialHex => hex,
            KeyNameFormat.SerialHexMinimal => hex.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0",
            _ => null,
        };
    }

    internal static string ReferenceCanonicalization(SignatureProfile profile) =>
        profile.ReferenceTransforms.LastOrDefault(XmlDsig.IsCanonicalization) ?? XmlDsig.C14N;

    /// <summary>Loads a document for signing or verification; unreadable input becomes a <see cref="SigningException"/> with its XML code.</summary>
    internal static XmlDocument Load(ReadOnlyMemory<byte> bytes, XmlLimits? limits = null)
    {
        limits ??= XmlLimits.Default;
        try
        {
            return XmlInput.LoadDocument(bytes, limits);
        }
        catch (Exception e) when (XmlInput.ToIssue(e, limits) is { } issue)
        {
            var where = issue.Location.Line > 0 ? $"line {issue.Location.Line}, column {issue.Location.Column}: " : string.Empty;
            throw new SigningException(issue.Code, where + issue.Message);
        }
    }

    private static void CheckProfile(SignatureProfile profile)
    {
        if (!XmlDsig.IsCanonicalization(profile.CanonicalizationMethod))
        {
            throw new SigningException("SIG004", $"profile {profile.Name}: CanonicalizationMethod '{profile.CanonicalizationMethod}' is not implemented: use C14N 1.0 or Exclusive C14N 1.0");
        }

        if (profile.ReferenceTransforms.Any(t => t != XmlDsig.EnvelopedSignature && !XmlDsig.IsCanonicalization(t)))
        {
            throw new SigningException("SIG007", $"profile {profile.Name}: only the enveloped-signature and canonicalization transforms are supported");
        }
    }

    private static string SignatureElement(SignatureProfile profile, byte[] digest, X509Certificate2 certificate)
    {
        var xml = new StringBuilder();
        xml.Append("<ds:Signature xmlns:ds=\"").Append(XmlDsig.Namespace).Append("\"><ds:SignedInfo>")
            .Append("<ds:CanonicalizationMethod Algorithm=\"").Append(Attribute(profile.CanonicalizationMethod)).Append("\"/>")
            .Append("<ds:SignatureMethod Algorithm=\"").Append(Attribute(profile.SignatureMethod)).Append("\"/>")
            .Append("<ds:Reference URI=\"\"><ds:Transforms>");
        foreach (var transform in profile.ReferenceTransforms)
        {
            xml.Append("<ds:Transform Algorithm=\"").Append(Attribute(transform)).Append("\"/>");
        }

        xml.Append("</ds:Transforms><ds:DigestMethod Algorithm=\"").Append(Attribute(profile.DigestMethod)).Append("\"/>")
            .Append("<ds:DigestValue>").Append(Convert.ToBase64String(digest)).Append("</ds:DigestValue></ds:Reference></ds:SignedInfo>")
            .Append("<ds:SignatureValue>").Append(Placeholder);
        var keyName = KeyName(certificate, profile.KeyName);
        if (keyName is not null || profile.IncludeCertificate)
        {
            xml.Append("<ds:KeyInfo>");
            if (keyName is not null)
            {
                xml.Append("<ds:KeyName>").Append(keyName).Append("</ds:KeyName>");
            }

            if (profile.IncludeCertificate)
            {
                xml.Append("<ds:X509Data><ds:X509Certificate>").Append(Convert.ToBase64String(certificate.RawData)).Append("</ds:X509Certificate></ds:X509Data>");
            }

            xml.Append("</ds:KeyInfo>");
        }

        return xml.Append("</ds:Signature>").ToString();
    }

    private static string Attribute(string value) => System.Security.SecurityElement.Escape(value);

    /// <summary>Inserts the signature before the root's end tag, skipping trailing whitespace, comments and processing instructions.</summary>
    private static (byte[] Bytes, int Start) Insert(ReadOnlySpan<byte> document, string signature)
    {
        var end = document.Length;
        while (true)
        {
            while (end > 0 && document[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                end--;
            }

            if (document[..end].EndsWith("-->"u8))
            {
                end = document[..(end - 3)].LastIndexOf("<!--"u8);
            }
            else if (document[..end].EndsWith("?>"u8))
            {
                end = document[..(end - 2)].LastIndexOf("<?"u8);
            }
            else
            {
                break;
            }

            if (end < 0)
            {
                throw new SigningException("SIG003", "could not find the end of the root element");
            }
        }

        if (end < 2 || document[end - 1] != (byte)'>' || document[end - 2] == (byte)'/')
        {
            throw new SigningException("SIG003", "the root element is empty (<root/>): there is nothing to sign");
        }

        var at = document[..end].LastIndexOf("</"u8);
        return ([.. document[..at], .. Encoding.UTF8.GetBytes(signature), .. document[at..]], at);
    }

    private static string Upper(SignatureKeyAlgorithm algorithm) => algorithm.ToString().ToUpperInvariant();
}
