using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Signing;

/// <summary>Sets what a verifier trusts and accepts.</summary>
/// <remarks>
/// The defaults are strict: a trusted key or certificate is required (the embedded certificate alone is not
/// trusted unless <see cref="TrustEmbeddedCertificate"/> says so), only the built-in profiles' algorithms are
/// allowed, and the one <c>Reference</c> must be <c>URI=""</c>.
/// </remarks>
public sealed record SignatureVerificationOptions
{
    /// <summary>Gets the keys, certificates and issuers to trust.</summary>
    public IReadOnlyList<TrustedSigner> Trusted { get; init; } = [];

    /// <summary>Gets whether the certificate in <c>KeyInfo</c> is trusted by itself (for inspecting a message, never for accepting one).</summary>
    /// <value><see langword="false"/>.</value>
    public bool TrustEmbeddedCertificate { get; init; }

    /// <summary>Gets the profiles whose algorithms are accepted.</summary>
    /// <value><see cref="SignatureProfiles.All"/>.</value>
    public IReadOnlyList<SignatureProfile> Profiles { get; init; } = SignatureProfiles.All;

    /// <summary>Gets the ID the one <c>Reference</c> may point to (<c>URI="#id"</c>), or <see langword="null"/> to accept only <c>URI=""</c>.</summary>
    public string? ReferenceId { get; init; }

    /// <summary>Gets whether comments and processing instructions may appear inside the signed element.</summary>
    /// <value><see langword="false"/>: canonicalization drops comments, so a comment injected into a signed value
    /// (<c>EXP&lt;!----&gt;123</c>) leaves the signature valid while changing what a naive reader sees. Single-window
    /// messages carry none.</value>
    public bool AllowComments { get; init; }

    /// <summary>Gets the time at which certificates must be valid, or <see langword="null"/> for now.</summary>
    public DateTimeOffset? VerificationTime { get; init; }

    /// <summary>Gets the clock used when <see cref="VerificationTime"/> is not set.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the limits applied while reading the document.</summary>
    public XmlLimits Limits { get; init; } = XmlLimits.Default;
}

/// <summary>Reports the outcome of verifying a signature and, when valid, what was signed and by whom.</summary>
public sealed class SignatureVerificationResult
{
    internal SignatureVerificationResult(string code, string message, SignatureProfile? profile = null, X509Certificate2? signer = null, XmlElement? signed = null)
    {
        Code = code;
        Message = message;
        Profile = profile;
        SignerCertificate = signer;
        SignedElement = signed;
    }

    /// <summary>Gets whether the signature is valid and made with a trusted key.</summary>
    public bool IsValid => Code == "OK";

    /// <summary>Gets <c>OK</c>, or the code of the first problem (<c>SIGnnn</c>, <c>KEYnnn</c>, <c>XMLnnn</c>; see docs/signing.md).</summary>
    public string Code { get; }

    /// <summary>Gets a one-line explanation: what was checked, or what failed and how to fix it.</summary>
    public string Message { get; }

    /// <summary>Gets the profile the signature matched, when it matched one.</summary>
    public SignatureProfile? Profile { get; }

    /// <summary>Gets the certificate whose key verified the signature, when one did and it was known.</summary>
    public X509Certificate2? SignerCertificate { get; }

    /// <summary>Gets the element the signature covers (the root for <c>URI=""</c>), in the verified DOM; process only this node.</summary>
    /// <remarks>For <c>URI=""</c> the enveloped <c>ds:Signature</c> itself is not covered.</remarks>
    public XmlElement? SignedElement { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>Verifies enveloped XML signatures with the hardening of docs/signing.md: trusted keys only, no DTDs, one reference, allow-listed algorithms and transforms.</summary>
public static class XmlSignatureVerifier
{
    private const string ExcC14NNamespace = "http://www.w3.org/2001/10/xml-exc-c14n#";

    /// <summary>Verifies the one signature in a document.</summary>
    /// <param name="document">The signed document's bytes.</param>
    /// <param name="options">What to trust and accept.</param>
    /// <returns>The outcome; invalid input is an invalid result, never an exception.</returns>
    public static SignatureVerificationResult Verify(ReadOnlyMemory<byte> document, SignatureVerificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        XmlDocument dom;
        try
        {
            dom = XmlSigner.Load(document, options.Limits);
        }
        catch (SigningException e)
        {
            return new SignatureVerificationResult(e.Code, e.Message);
        }

        return Verify(dom, options);
    }

    /// <summary>Verifies the one signature in a loaded document.</summary>
    /// <param name="document">A document loaded with <see cref="XmlDocument.PreserveWhitespace"/> and without a DTD.</param>
    /// <param name="options">What to trust and accept.</param>
    /// <returns>The outcome.</returns>
    public static SignatureVerificationResult Verify(XmlDocument document, SignatureVerificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return Check(document, options);
        }
        catch (Problem p)
        {
            return new SignatureVerificationResult(p.Code, p.Message);
        }
        catch (SigningException e)
        {
            return new SignatureVerificationResult(e.Code, e.Message);
        }
    }

    private static SignatureVerificationResult Check(XmlDocument document, SignatureVerificationOptions options)
    {
        if (document.DocumentType is not null)
        {
            throw new Problem("XML004", "the document has a DTD; signed messages must not: remove the DOCTYPE");
        }

        var signatures = document.GetElementsByTagName("Signature", XmlDsig.Namespace);
        if (signatures.Count == 0)
        {
            throw new Problem("SIG001", "the document has no ds:Signature: sign it first (gateway sign)");
        }

        if (signatures.Count > 1)
        {
            throw new Problem("SIG002", $"the document has {signatures.Count} ds:Signature elements; exactly one is accepted");
        }

        var signature = (XmlElement)signatures[0]!;
        var parts = Children(signature);
        if (parts.Count < 2 || !Is(parts[0], "SignedInfo") || !Is(parts[1], "SignatureValue")
            || parts.Skip(2).Any(p => !Is(p, "KeyInfo") && !Is(p, "Object")) || parts.Count(p => Is(p, "KeyInfo")) > 1)
        {
            throw new Problem("SIG012", "ds:Signature must hold SignedInfo, SignatureValue, then at most one KeyInfo and Objects");
        }

        var signedInfo = parts[0];
        var info = Children(signedInfo);
        if (info.Count < 3 || !Is(info[0], "CanonicalizationMethod") || !Is(info[1], "SignatureMethod") || info.Skip(2).Any(r => !Is(r, "Reference")))
        {
            throw new Problem("SIG012", "ds:SignedInfo must hold CanonicalizationMethod, SignatureMethod and References");
        }

        if (info.Count != 3)
        {
            throw new Problem("SIG005", $"SignedInfo has {info.Count - 2} References; exactly one is accepted (a second reference is how signature-wrapping attacks hide content)");
        }

        if (Children(info[1]).Count > 0)
        {
            throw new Problem("SIG004", "SignatureMethod has parameters (HMACOutputLength?); HMAC and parameterised methods are not accepted");
        }

        var reference = info[2];
        var refParts = Children(reference);
        var transforms = refParts.Count > 0 && Is(refParts[0], "Transforms") ? Children(refParts[0]) : [];
        var digestParts = refParts.SkipWhile(p => Is(p, "Transforms")).ToList();
        if (digestParts.Count != 2 || !Is(digestParts[0], "DigestMethod") || !Is(digestParts[1], "DigestValue") || transforms.Any(t => !Is(t, "Transform")))
        {
            throw new Problem("SIG012", "ds:Reference must hold Transforms (optional), DigestMethod and DigestValue");
        }

        var c14n = Algorithm(info[0]);
        var method = Algorithm(info[1]);
        var digestMethod = Algorithm(digestParts[0]);
        var profiles = options.Profiles.Where(p => p.CanonicalizationMethod == c14n && p.SignatureMethod == method && p.DigestMethod == digestMethod && XmlDsig.IsCanonicalization(c14n)).ToList();
        if (profiles.Count == 0)
        {
            throw new Problem("SIG004", $"no accepted profile uses CanonicalizationMethod {c14n}, SignatureMethod {method}, DigestMethod {digestMethod}; accepted: {string.Join(", ", options.Profiles.Select(p => p.Name))}");
        }

        // Profiles with the same URIs may differ in user ID or placement: the first whose placement fits, then whose key verifies, wins.
        var placed = profiles.Where(p => p.Placement == SignaturePlacement.Any
            || (signature.ParentNode == document.DocumentElement && document.DocumentElement!.ChildNodes.OfType<XmlElement>().Last() == signature)).ToList();
        if (placed.Count == 0)
        {
            throw new Problem("SIG003", $"ds:Signature must be the last child element of the root ({document.DocumentElement!.Name}); it was moved or something was added after it");
        }

        var profile = placed[0];
        var transformUris = transforms.Select(Algorithm).ToList();
        if (transformUris.Any(t => t != XmlDsig.EnvelopedSignature && !XmlDsig.IsCanonicalization(t))
            || transformUris.Count(t => t == XmlDsig.EnvelopedSignature) > 1 || transformUris.Count(XmlDsig.IsCanonicalization) > 1
            || transforms.Any(t => Children(t).Any(c => !(c.LocalName == "InclusiveNamespaces" && c.NamespaceURI == ExcC14NNamespace))))
        {
            throw new Problem("SIG007", $"Reference transforms [{string.Join(", ", transformUris)}] are not accepted: only enveloped-signature and one canonicalization (no XPath, XSLT or base64)");
        }

        var apex = ResolveReference(document, reference, options.ReferenceId);
        if (!options.AllowComments && apex.SelectSingleNode("descendant::comment() | descendant::processing-instruction()") is { } injected)
        {
            throw new Problem("SIG015", $"the signed content holds a {(injected is XmlComment ? "comment" : "processing instruction")} (inside <{injected.ParentNode?.Name}>); comments can split signed values without breaking the signature, so they are refused");
        }

        var referenceC14n = transformUris.LastOrDefault(XmlDsig.IsCanonicalization);
        var octets = XmlCanonicalizer.Canonicalize(
            apex == document.DocumentElement && reference.GetAttribute("URI").Length == 0 ? document : apex,
            referenceC14n ?? XmlDsig.C14N,
            withComments: false,
            excluded: transformUris.Contains(XmlDsig.EnvelopedSignature) ? signature : null,
            inclusivePrefixes: PrefixList(transforms.LastOrDefault(t => XmlDsig.IsCanonicalization(Algorithm(t)))));
        var digest = Digests.Compute(profile.Digest, octets);
        var expected = Base64(digestParts[1], "DigestValue");
        if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(digest, expected))
        {
            throw new Problem("SIG008", $"the digest of the signed content ({apex.Name}) does not match DigestValue: the document was changed after signing");
        }

        var keys = SignerKeys(parts.FirstOrDefault(p => Is(p, "KeyInfo")), options, profile);
        var signedInfoOctets = XmlCanonicalizer.Canonicalize(signedInfo, c14n, c14n.EndsWith("WithComments", StringComparison.Ordinal), null, PrefixList(info[0]));
        var value = Base64(parts[1], "SignatureValue");
        var (signer, matched) = placed.SelectMany(p => keys.Select(k => (Key: k, Profile: p))).FirstOrDefault(c => c.Key.Verify(signedInfoOctets, value, c.Profile));
        profile = matched ?? profile;
        _ = signer ?? throw new Problem("SIG009", $"SignatureValue does not verify with the trusted {(keys.Count == 1 ? "key" : $"keys ({keys.Count})")} under profile {profile.Name}: SignedInfo was changed, or another key or SM2 user ID signed it");

        var who = signer.Certificate is { } c ? $"{c.Subject} (serial {c.SerialNumber.ToLowerInvariant()})" : "a trusted public key";
        return new SignatureVerificationResult("OK", $"valid {profile.Name} signature by {who} over <{apex.Name}>", profile, signer.Certificate, apex);
    }

    private static XmlElement ResolveReference(XmlDocument document, XmlElement reference, string? allowedId)
    {
        if (!reference.HasAttribute("URI"))
        {
            throw new Problem("SIG006", "the Reference has no URI attribute; only URI=\"\" or a same-document #id is accepted");
        }

        var uri = reference.GetAttribute("URI");
        if (uri.Length == 0)
        {
            if (allowedId is not null)
            {
                throw new Problem("SIG006", $"the Reference covers the whole document (URI=\"\"), but the element with ID '{allowedId}' was expected");
            }

            return document.DocumentElement!;
        }

        if (!uri.StartsWith('#') || uri.StartsWith("#xpointer(", StringComparison.Ordinal) || uri[1..] != allowedId)
        {
            throw new Problem("SIG006", allowedId is null
                ? $"the Reference points to '{uri}'; only URI=\"\" (the whole document) is accepted unless you name the ID you expect"
                : $"the Reference points to '{uri}', not to the expected '#{allowedId}'");
        }

        var matches = new List<XmlElement>();
        foreach (XmlElement element in document.GetElementsByTagName("*"))
        {
            if (element.GetAttribute("Id") == allowedId || element.GetAttribute("ID") == allowedId || element.GetAttribute("id") == allowedId)
            {
                matches.Add(element);
            }
        }

        return matches.Count switch
        {
            0 => throw new Problem("SIG006", $"no element has ID '{allowedId}'"),
            1 => matches[0],
            _ => throw new Problem("SIG011", $"{matches.Count} elements have ID '{allowedId}'; IDs must be unique (duplicate IDs are a signature-wrapping attack)"),
        };
    }

    private static List<VerificationKey> SignerKeys(XmlElement? keyInfo, SignatureVerificationOptions options, SignatureProfile profile)
    {
        var embedded = new List<X509Certificate2>();
        var keyName = default(string);
        foreach (var item in keyInfo is null ? [] : Children(keyInfo))
        {
            if (Is(item, "KeyName"))
            {
                keyName = item.InnerText.Trim();
            }
            else if (Is(item, "X509Data"))
            {
                foreach (var data in Children(item).Where(d => Is(d, "X509Certificate")))
                {
                    try
                    {
                        var der = Base64(data, "X509Certificate");
                        var certificate = X509CertificateLoader.LoadCertificate(der);
                        if (certificate.RawData.Length != der.Length)
                        {
                            throw new Problem("SIG012", $"KeyInfo/X509Data/X509Certificate has {der.Length - certificate.RawData.Length} bytes after the certificate: it was altered");
                        }

                        embedded.Add(certificate);
                    }
                    catch (System.Security.Cryptography.CryptographicException)
                    {
                        throw new Problem("SIG012", "KeyInfo/X509Data/X509Certificate is not an X.509 certificate");
                    }
                }
            }
        }

        var now = options.VerificationTime ?? options.TimeProvider.GetUtcNow();
        var keys = new List<VerificationKey>();
        if (embedded.Count == 0)
        {
            foreach (var trusted in options.Trusted.Where(t => !t.IsIssuer))
            {
                if (trusted.CertificateValue is { } certificate)
                {
                    CheckValidity(certificate, now);
                }

                keys.Add(trusted.PublicKeyInfo is { } spki ? KeyMaterial.PublicKey(spki, null) : KeyMaterial.PublicKey(trusted.CertificateValue!));
            }

            return keys.Count > 0 ? keys : throw new Problem("SIG010", "the signature carries no certificate and no trusted key or certificate was given: pass the signer's certificate (--cert)");
        }

        var reasons = new List<string>();
        foreach (var certificate in embedded)
        {
            VerificationKey key;
            try
            {
                key = KeyMaterial.PublicKey(certificate);
            }
            catch (SigningException e)
            {
                reasons.Add(e.Message);
                continue;
            }

            var trustedBy = options.Trusted.FirstOrDefault(t => t.Trusts(certificate, key) is null);
            if (trustedBy is null && !options.TrustEmbeddedCertificate)
            {
                reasons.Add($"certificate {certificate.Subject} (serial {certificate.SerialNumber.ToLowerInvariant()}) is not trusted");
                continue;
            }

            if (trustedBy?.PublicKeyInfo is null)
            {
                CheckValidity(certificate, now);
            }

            if (keyName is not null && profile.KeyName != KeyNameFormat.None
                && !keyName.Equals(XmlSigner.KeyName(certificate, KeyNameFormat.SerialHex), StringComparison.OrdinalIgnoreCase)
                && !keyName.Equals(XmlSigner.KeyName(certificate, KeyNameFormat.SerialHexMinimal), StringComparison.OrdinalIgnoreCase))
            {
                throw new Problem("SIG014", $"KeyName '{keyName}' is not the serial number of the certificate in KeyInfo ({certificate.SerialNumber.ToLowerInvariant()}): KeyInfo was altered");
            }

            keys.Add(key);
        }

        return keys.Count > 0 ? keys : throw new Problem("SIG010", $"the signer is not trusted: {string.Join("; ", reasons)}: pass its certificate (--cert) or its issuer (--issuer)");
    }

    private static void CheckValidity(X509Certificate2 certificate, DateTimeOffset now)
    {
        if (now < certificate.NotBefore.ToUniversalTime() || now > certificate.NotAfter.ToUniversalTime())
        {
            throw new Problem("SIG013", $"certificate {certificate.Subject} (serial {certificate.SerialNumber.ToLowerInvariant()}) is valid from {certificate.NotBefore.ToUniversalTime():yyyy-MM-dd} to {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}, not at {now.UtcDateTime:yyyy-MM-dd HH:mm}Z");
        }
    }

    private static List<string>? PrefixList(XmlElement? method)
    {
        var inclusive = method is null ? null : Children(method).FirstOrDefault(c => c.LocalName == "InclusiveNamespaces" && c.NamespaceURI == ExcC14NNamespace);
        return inclusive?.GetAttribute("PrefixList").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static byte[] Base64(XmlElement element, string what)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(element.InnerText);
        }
        catch (FormatException)
        {
            throw new Problem("SIG012", $"{what} is not base64");
        }

        // Base64 is malleable: the spare bits of the last character are ignored when decoding. Only the
        // canonical spelling is accepted, so no unsigned byte of the signature can change unnoticed.
        var text = element.InnerText.AsSpan();
        var encoded = Convert.ToBase64String(bytes).AsSpan();
        var at = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                continue;
            }

            if (at >= encoded.Length || encoded[at++] != c)
            {
                throw new Problem("SIG012", $"{what} is not canonical base64 (its padding bits are not zero): it was altered");
            }
        }

        return bytes;
    }

    private static string Algorithm(XmlElement element) => element.GetAttribute("Algorithm");

    private static bool Is(XmlElement element, string name) => element.LocalName == name && element.NamespaceURI == XmlDsig.Namespace;

    private static List<XmlElement> Children(XmlElement element)
    {
        var children = new List<XmlElement>();
        foreach (XmlNode child in element.ChildNodes)
        {
            if (child is XmlElement e)
            {
                children.Add(e);
            }
            else if (child is XmlText && !string.IsNullOrWhiteSpace(child.Value))
            {
                // Text beside ds: elements is not part of any accepted structure.
                throw new Problem("SIG012", $"unexpected text inside ds:{element.LocalName}");
            }
        }

        return children;
    }

    private sealed class Problem(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }
}
