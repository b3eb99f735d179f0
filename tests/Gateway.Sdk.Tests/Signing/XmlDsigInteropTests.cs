using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Gateway.Sdk.Signing;

namespace Gateway.Sdk.Tests.Signing;

/// <summary>
/// Runs the W3C XML-Signature interop suites (TestData/signing/xmldsig) through the verifier and compares with
/// the outcomes xmlsec1 recorded. The SDK covers RSA-SHA1/SHA256 with one same-document reference and the
/// enveloped-signature and C14N transforms; everything else must be refused, with the reason as code.
/// </summary>
public class XmlDsigInteropTests
{
    /// <summary>Gets a profile that accepts the W3C suites' RSA-SHA1 form anywhere in the document (they are not E-Port messages).</summary>
    private static readonly SignatureProfile W3cRsaSha1 = SignatureProfiles.RsaSha1Ceb with { Name = "w3c-rsa-sha1", Placement = SignaturePlacement.Any, KeyName = KeyNameFormat.None };

    public static TheoryData<string, string?, string> Merlin => new()
    {
        // file, reference ID the caller expects, expected code (OK = valid as recorded by xmlsec1)
        { "signature-enveloping-rsa.xml", "object", "OK" },
        { "signature-enveloping-dsa.xml", "object", "SIG004" },          // valid in the suite; DSA is out of scope
        { "signature-enveloped-dsa.xml", null, "SIG004" },               // DSA
        { "signature-enveloping-b64-dsa.xml", "object", "SIG004" },      // DSA, base64 transform
        { "signature-enveloping-hmac-sha1.xml", "object", "SIG004" },    // HMAC is out of scope (shared secrets are not how the single window signs)
        { "signature-enveloping-hmac-sha1-40.xml", "object", "SIG004" }, // must be rejected (40-bit HMAC): it is
        { "signature-external-dsa.xml", null, "SIG004" },                // DSA, external URI
        { "signature-external-b64-dsa.xml", null, "SIG004" },
        { "signature-keyname.xml", null, "SIG004" },
        { "signature-x509-crt.xml", null, "SIG004" },
        { "signature-x509-crt-crl.xml", null, "SIG004" },                // must be rejected: it is
        { "signature-x509-sn.xml", null, "SIG004" },
        { "signature-x509-is.xml", null, "SIG004" },
        { "signature-x509-ski.xml", null, "SIG004" },
        { "signature-retrievalmethod-rawx509crt.xml", null, "SIG004" },
        { "signature.xml", null, "XML004" },                             // has a DTD, 20+ references, XPath/XSLT: out of scope
    };

    public static TheoryData<string, string?, string> Phaos => new()
    {
        { "signature-rsa-enveloped.xml", null, "OK" },
        { "signature-rsa-enveloping.xml", "DSig.Object_oZgpbcerGtb0YWgPcBv8Fg22", "OK" },
        { "signature-rsa-enveloped-bad-digest-val.xml", null, "SIG008" },  // invalid as recorded
        { "signature-rsa-enveloped-bad-sig.xml", null, "SIG005" },         // invalid as recorded: a Reference was added after signing
        { "signature-rsa-manifest.xml", "manifest", "OK" },
        { "signature-rsa-manifest-x509-data.xml", "manifest", "OK" },      // key mode valid; chain mode (CRL) is out of scope
        { "signature-rsa-manifest-x509-data-cert.xml", "manifest", "OK" },
        { "signature-rsa-manifest-x509-data-cert-chain.xml", "manifest", "OK" },
        { "signature-rsa-manifest-x509-data-issuer-serial.xml", "manifest", "OK" },
        { "signature-rsa-manifest-x509-data-ski.xml", "manifest", "OK" },
        { "signature-rsa-manifest-x509-data-subject-name.xml", "manifest", "OK" },
        { "signature-rsa-~x509-data-crl.xml", "manifest", "OK" },          // key mode valid; chain mode (CRL) is out of scope
        { "signature-rsa-detached-b64-transform.xml", "manifest", "OK" },  // the signed Manifest; its external references are not resolved
        { "signature-rsa-detached-xpath-transform.xml", "manifest", "OK" },
        { "signature-rsa-detached-xslt-transform.xml", "manifest", "OK" },
        { "signature-rsa-detached-xslt-transform-retrieval-method.xml", "manifest", "OK" },
        { "signature-rsa-detached-xslt-transform-bad-retrieval-method.xml", null, "OK" }, // key mode valid; the bad RetrievalMethod is never followed
        { "signature-rsa-detached.xml", null, "SIG006" },                  // external URI: out of scope
        { "signature-rsa-xpath-transform-enveloped.xml", null, "SIG007" }, // XPath transform: out of scope
        { "signature-big.xml", null, "SIG005" },                           // many references: out of scope
        { "signature-dsa-enveloped.xml", null, "SIG004" },
        { "signature-dsa-enveloping.xml", null, "SIG004" },
        { "signature-dsa-detached.xml", null, "SIG004" },
        { "signature-dsa-manifest.xml", null, "SIG004" },
        { "signature-hmac-md5-c14n-enveloping.xml", null, "SIG004" },
        { "signature-hmac-sha1-exclusive-c14n-enveloped.xml", null, "SIG004" },
        { "signature-hmac-sha1-exclusive-c14n-comments-detached.xml", null, "SIG004" },
        { "signature-hmac-sha1-40-c14n-comments-detached.xml", null, "SIG004" },
        { "signature-hmac-sha1-40-exclusive-c14n-comments-detached.xml", null, "SIG004" },
        { "original-hmac-40bit/signature-hmac-sha1-40-c14n-comments-detached.xml", null, "SIG004" },           // must be rejected: it is
        { "original-hmac-40bit/signature-hmac-sha1-40-exclusive-c14n-comments-detached.xml", null, "SIG004" }, // must be rejected: it is
    };

    [Theory]
    [MemberData(nameof(Merlin))]
    public void Verify_MerlinTwentyThree_GivesTheRecordedOutcomeOrRefusesOutOfScope(string file, string? id, string code)
    {
        var path = Suite("merlin-xmldsig-twenty-three", file);
        var options = new SignatureVerificationOptions { Trusted = [TrustedSigner.PublicKey(RsaKeyValue(path))], Profiles = [W3cRsaSha1], ReferenceId = id, AllowComments = true };

        var result = XmlSignatureVerifier.Verify(File.ReadAllBytes(path), options);

        result.Code.ShouldBe(code, result.Message);
    }

    [Theory]
    [MemberData(nameof(Phaos))]
    public void Verify_PhaosKeyMode_GivesTheRecordedOutcomeOrRefusesOutOfScope(string file, string? id, string code)
    {
        var key = X509CertificateLoader.LoadCertificate(File.ReadAllBytes(Suite("phaos-xmldsig-three", "certs/rsa-cert.der")));
        var options = new SignatureVerificationOptions { Trusted = [TrustedSigner.PublicKey(key.PublicKey.ExportSubjectPublicKeyInfo())], Profiles = [W3cRsaSha1], ReferenceId = id, AllowComments = true };

        var result = XmlSignatureVerifier.Verify(File.ReadAllBytes(Suite("phaos-xmldsig-three", file)), options);

        result.Code.ShouldBe(code, result.Message);
    }

    [Fact]
    public void Verify_PhaosEnvelopedWithAnotherTrustedKey_IsRejected()
    {
        var options = new SignatureVerificationOptions { Trusted = [TrustedSigner.Certificate(TestKeys.Rsa.Certificate())], Profiles = [W3cRsaSha1], AllowComments = true };

        XmlSignatureVerifier.Verify(File.ReadAllBytes(Suite("phaos-xmldsig-three", "signature-rsa-enveloped.xml")), options).Code.ShouldBe("SIG010");
    }

    [Theory]
    [InlineData("signature-enveloping-rsa")]
    [InlineData("signature-enveloping-dsa")]
    [InlineData("signature-enveloping-hmac-sha1")]
    [InlineData("signature-enveloping-hmac-sha1-40")]
    [InlineData("signature-enveloped-dsa")]
    public void Canonicalize_MerlinTwentyThree_ReproducesTheRecordedReferenceAndSignedInfoOctets(string name)
    {
        // The canonicalizer does not care which algorithm signs: the DSA and HMAC cases' octets are in scope.
        // Enveloping cases reference #object; the enveloped one the document minus its signature.
        var document = Load(Suite("merlin-xmldsig-twenty-three", name + ".xml"));
        var signature = (XmlElement)document.GetElementsByTagName("Signature", XmlDsig.Namespace)[0]!;
        var signedInfo = signature.GetElementsByTagName("SignedInfo", XmlDsig.Namespace)[0]!;
        var reference = signature == document.DocumentElement
            ? XmlCanonicalizer.Canonicalize(document.SelectSingleNode("//*[@Id='object']")!, XmlDsig.C14N)
            : XmlCanonicalizer.Canonicalize(document, XmlDsig.C14N, withComments: false, excluded: signature, inclusivePrefixes: null);

        reference.ShouldBe(File.ReadAllBytes(Suite("merlin-xmldsig-twenty-three", name + "-c14n-0.txt")));
        XmlCanonicalizer.Canonicalize(signedInfo, XmlDsig.C14N).ShouldBe(File.ReadAllBytes(Suite("merlin-xmldsig-twenty-three", name + "-c14n-1.txt")));
    }

    [Theory]
    [InlineData("signature-enveloping-b64-dsa")]
    [InlineData("signature-external-dsa")]
    [InlineData("signature-external-b64-dsa")]
    public void Canonicalize_MerlinTwentyThreeOctetReference_ReproducesTheRecordedSignedInfoOctets(string name)
    {
        // The reference is base64-decoded or external octets, not canonical XML: the one c14n intermediate is SignedInfo.
        var signedInfo = Load(Suite("merlin-xmldsig-twenty-three", name + ".xml")).GetElementsByTagName("SignedInfo", XmlDsig.Namespace)[0]!;

        XmlCanonicalizer.Canonicalize(signedInfo, XmlDsig.C14N).ShouldBe(File.ReadAllBytes(Suite("merlin-xmldsig-twenty-three", name + "-c14n-0.txt")));
    }

    [Theory]
    [InlineData("merlin-xmldsig-twenty-three", "signature-enveloping-rsa.xml", "object", "Object")]
    [InlineData("phaos-xmldsig-three", "signature-rsa-enveloping.xml", "DSig.Object_oZgpbcerGtb0YWgPcBv8Fg22", "Object")]
    [InlineData("phaos-xmldsig-three", "signature-rsa-manifest.xml", "manifest", "Manifest")]
    public void Verify_IdReference_ReturnsTheReferencedElementAsSignedElement(string suite, string file, string id, string localName)
    {
        var path = Suite(suite, file);
        var key = suite == "phaos-xmldsig-three" ? X509CertificateLoader.LoadCertificate(File.ReadAllBytes(Suite(suite, "certs/rsa-cert.der"))).PublicKey.ExportSubjectPublicKeyInfo() : RsaKeyValue(path);

        var result = XmlSignatureVerifier.Verify(File.ReadAllBytes(path), new SignatureVerificationOptions { Trusted = [TrustedSigner.PublicKey(key)], Profiles = [W3cRsaSha1], ReferenceId = id, AllowComments = true });

        result.IsValid.ShouldBeTrue(result.Message);
        var signed = result.SignedElement!;
        signed.LocalName.ShouldBe(localName);
        signed.GetAttribute("Id").ShouldBe(id);
        signed.ShouldNotBeSameAs(signed.OwnerDocument.DocumentElement);
        signed.ShouldBeSameAs(signed.OwnerDocument.SelectSingleNode($"//*[@Id='{id}']"));
    }

    [Theory]
    [InlineData(XmlDsig.ExcC14N, null, "c14n-0.txt")]
    [InlineData(XmlDsig.ExcC14N, "bar #default", "c14n-1.txt")]
    [InlineData(XmlDsig.ExcC14NWithComments, null, "c14n-2.txt")]
    [InlineData(XmlDsig.ExcC14NWithComments, "bar #default", "c14n-3.txt")]
    public void Canonicalize_MerlinExcC14nOne_ReproducesEachReferencesOctets(string algorithm, string? prefixes, string expected)
    {
        // The references are #xpointer(id('to-be-signed')), which keeps comments; the algorithm decides.
        var document = Load(Suite("merlin-exc-c14n-one", "exc-signature.xml"));
        var signed = document.SelectSingleNode("//*[@Id='to-be-signed']")!;

        XmlCanonicalizer.Canonicalize(signed, algorithm, prefixes?.Split(' ')).ShouldBe(File.ReadAllBytes(Suite("merlin-exc-c14n-one", expected)));
    }

    [Fact]
    public void Canonicalize_MerlinExcC14nOneSignedInfo_ReproducesTheRecordedOctets()
    {
        var document = Load(Suite("merlin-exc-c14n-one", "exc-signature.xml"));
        var signedInfo = document.GetElementsByTagName("SignedInfo", XmlDsig.Namespace)[0]!;

        XmlCanonicalizer.Canonicalize(signedInfo, XmlDsig.ExcC14N).ShouldBe(File.ReadAllBytes(Suite("merlin-exc-c14n-one", "c14n-4.txt")));
    }

    [Fact]
    public void Verify_MerlinExcC14nOne_IsRefusedBecauseItHasFourReferences() =>
        XmlSignatureVerifier.Verify(File.ReadAllBytes(Suite("merlin-exc-c14n-one", "exc-signature.xml")), new SignatureVerificationOptions { Trusted = [TrustedSigner.PublicKey(TestKeys.Rsa.Certificate().PublicKey.ExportSubjectPublicKeyInfo())] })
            .Code.ShouldBe("SIG005");

    /// <summary>Its DSA signature and XPath transforms are out of scope too; the 27 references are found first.</summary>
    [Fact]
    public void Verify_MerlinC14nThree_IsRefusedBecauseItHas27References() =>
        XmlSignatureVerifier.Verify(File.ReadAllBytes(XmlCanonicalizerTests.C14n(Path.Combine("merlin-c14n-three", "signature.xml"))), new SignatureVerificationOptions { Trusted = [TrustedSigner.PublicKey(TestKeys.Rsa.Certificate().PublicKey.ExportSubjectPublicKeyInfo())], Profiles = [W3cRsaSha1] })
            .Code.ShouldBe("SIG005");

    private static string Suite(string suite, string file) => TestFiles.TestData(Path.Combine("signing", "xmldsig", suite, file));

    private static XmlDocument Load(string path)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.Load(path);
        return document;
    }

    /// <summary>Builds the SubjectPublicKeyInfo of the RSAKeyValue in the file: the test, as the caller, decides to trust it.</summary>
    private static byte[] RsaKeyValue(string path)
    {
        var document = Load(path);
        var modulus = document.GetElementsByTagName("Modulus", XmlDsig.Namespace);
        if (modulus.Count == 0)
        {
            return TestKeys.Rsa.Certificate().PublicKey.ExportSubjectPublicKeyInfo();
        }

        using var rsa = RSA.Create(new RSAParameters
        {
            Modulus = Convert.FromBase64String(modulus[0]!.InnerText),
            Exponent = Convert.FromBase64String(document.GetElementsByTagName("Exponent", XmlDsig.Namespace)[0]!.InnerText),
        });
        return rsa.ExportSubjectPublicKeyInfo();
    }
}
