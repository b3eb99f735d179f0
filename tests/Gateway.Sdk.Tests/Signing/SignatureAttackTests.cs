using System.Collections.Concurrent;
using System.Text;
using Gateway.Sdk.Signing;

namespace Gateway.Sdk.Tests.Signing;

/// <summary>Signature-wrapping and related attacks on a signed declaration, under every profile: none may verify, each is refused with its reason.</summary>
public class SignatureAttackTests
{
    /// <summary>Gets the profile of the tests that are not about the profile.</summary>
    private static readonly SignatureProfile Profile = SignatureProfiles.Sm2W3;
    private static readonly ConcurrentDictionary<string, string> SignedByProfile = new();

    private static string Signed => SignedText(Profile);

    /// <summary>Gets the attacks and the code each must give; an attack on a part a profile does not write is left out for it.</summary>
    public static TheoryData<string, string, string> Attacks
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var profile in SignatureProfiles.All)
            {
                foreach (var (attack, code) in Corpus.Where(a => a.Attack != "KeyName changed" || profile.KeyName != KeyNameFormat.None))
                {
                    data.Add(profile.Name, attack, code);
                }
            }

            return data;
        }
    }

    private static (string Attack, string Code)[] Corpus =>
    [
        ("changed value", "SIG008"),
        ("element appended after the signature", "SIG003"),
        ("element inserted before the signature", "SIG008"),
        ("signature moved to the first child", "SIG003"),
        ("signed document wrapped in a new root", "SIG003"),
        ("second signature", "SIG002"),
        ("extra reference", "SIG005"),
        ("reference to an attacker's ID", "SIG006"),
        ("comment injected into a signed value", "SIG015"),
        ("processing instruction injected", "SIG015"),
        ("XPath transform added", "SIG007"),
        ("KeyInfo certificate swapped", "SIG010"),
        ("re-signed by another key with its certificate", "SIG010"),
        ("re-signed by another key without KeyInfo", "SIG009"),
        ("KeyName changed", "SIG014"),
        ("DTD with external entity", "XML004"),
        ("algorithm switched to HMAC", "SIG004"),
        ("signature value of another document", "SIG009"),
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Verify_Attack_IsRefusedWithItsReason(string name, string attack, string code)
    {
        var profile = SignatureProfiles.Get(name);
        var attacked = Apply(profile, attack);
        attacked.ShouldNotBe(SignedText(profile), $"{attack} must change the document");

        var result = XmlSignatureVerifier.Verify(Encoding.UTF8.GetBytes(attacked), TestKeys.Trusting(profile));

        result.IsValid.ShouldBeFalse(attack);
        result.Code.ShouldBe(code, $"{name}, {attack}: {result.Message}");
    }

    [Fact]
    public void Verify_TwoElementsWithTheExpectedId_IsRefusedAsDuplicate()
    {
        var document = "<r><a Id=\"x\">pay 1</a><a Id=\"x\">pay 1000</a></r>";
        var signed = TestKeys.Sign(Encoding.UTF8.GetBytes(document), Profile);
        var text = Encoding.UTF8.GetString(signed).Replace("URI=\"\"", "URI=\"#x\"", StringComparison.Ordinal);

        XmlSignatureVerifier.Verify(Encoding.UTF8.GetBytes(text), TestKeys.Trusting(Profile) with { ReferenceId = "x" }).Code.ShouldBe("SIG011");
    }

    [Fact]
    public void Verify_NoTrustGiven_IsRefusedUnlessTheEmbeddedCertificateIsTrustedExplicitly()
    {
        var bytes = Encoding.UTF8.GetBytes(Signed);

        XmlSignatureVerifier.Verify(bytes, new SignatureVerificationOptions()).Code.ShouldBe("SIG010");
        XmlSignatureVerifier.Verify(bytes, new SignatureVerificationOptions { TrustEmbeddedCertificate = true }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Verify_ExpiredCertificate_IsRefused()
    {
        var options = TestKeys.Trusting(Profile) with { VerificationTime = DateTimeOffset.UtcNow.AddYears(5) };

        XmlSignatureVerifier.Verify(Encoding.UTF8.GetBytes(Signed), options).Code.ShouldBe("SIG013");
    }

    [Fact]
    public void Verify_CertificateIssuedByTrustedCa_IsAcceptedAndOtherIssuersAreNot()
    {
        var bytes = Encoding.UTF8.GetBytes(Signed);

        // A self-signed certificate is its own issuer: trusting it as a CA accepts it; an unrelated CA does not.
        XmlSignatureVerifier.Verify(bytes, new SignatureVerificationOptions { Trusted = [TrustedSigner.Issuer(TestKeys.Sm2.Certificate())] }).IsValid.ShouldBeTrue();
        XmlSignatureVerifier.Verify(bytes, new SignatureVerificationOptions { Trusted = [TrustedSigner.Issuer(TestKeys.Intruder.Certificate())] }).Code.ShouldBe("SIG010");
    }

    [Fact]
    public void Verify_OnlyTheChinaPortProfileAllowed_RefusesTheW3Profile() =>
        XmlSignatureVerifier.Verify(Encoding.UTF8.GetBytes(Signed), TestKeys.Trusting(Profile) with { Profiles = [SignatureProfiles.Sm2ChinaPort] }).Code.ShouldBe("SIG004");

    [Fact]
    public void Verify_DeeplyNested_IsRefusedAsXml002()
    {
        var deep = string.Concat(Enumerable.Repeat("<a>", 100)) + string.Concat(Enumerable.Repeat("</a>", 100));

        XmlSignatureVerifier.Verify(Encoding.UTF8.GetBytes(deep), TestKeys.Trusting(Profile)).Code.ShouldBe("XML002");
    }

    [Theory]
    [InlineData("sm2-w3")]
    [InlineData("rsa-sha256")]
    public void Verify_SignatureValueWithNonZeroPaddingBits_IsRefusedAsAltered(string name)
    {
        // SM2 (64 bytes) and RSA-2048 (256 bytes) values end in padding, so their last character has spare bits
        // that decoding ignores; flipping one must still be caught.
        var profile = SignatureProfiles.Get(name);
        var signed = Encoding.UTF8.GetString(TestKeys.Sign(TestKeys.Declaration, profile));
        var value = XmlSignerTests.Between(signed, "<ds:SignatureValue>", "</ds:SignatureValue>");
        var last = value.TrimEnd('=').Length - 1;
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var altered = value[..last] + alphabet[alphabet.IndexOf(value[last], StringComparison.Ordinal) ^ 1] + value[(last + 1)..];
        Convert.FromBase64String(altered).ShouldBe(Convert.FromBase64String(value), "the test needs a spelling that decodes to the same bytes");

        var result = XmlSignatureVerifier.Verify(Encoding.UTF8.GetBytes(signed.Replace(value, altered, StringComparison.Ordinal)), TestKeys.Trusting(profile));

        result.Code.ShouldBe("SIG012", result.Message);
    }

    [Fact]
    public void Verify_CertificateWithBytesAppended_IsRefusedAsAltered()
    {
        var value = XmlSignerTests.Between(Signed, "<ds:X509Certificate>", "</ds:X509Certificate>");
        var altered = Convert.ToBase64String([.. Convert.FromBase64String(value), 0]);

        var result = XmlSignatureVerifier.Verify(Encoding.UTF8.GetBytes(Signed.Replace(value, altered, StringComparison.Ordinal)), TestKeys.Trusting(Profile));

        result.Code.ShouldBe("SIG012", result.Message);
    }

    [Theory]
    [MemberData(nameof(SignaturePropertyTests.Profiles), MemberType = typeof(SignaturePropertyTests))]
    public void Verify_AnyByteOfTheSignatureElementChanged_FailsUnlessTheChangeIsCanonicallyInvisible(string name)
    {
        var profile = SignatureProfiles.Get(name);
        var signed = TestKeys.Sign(TestKeys.Declaration, profile);
        var start = signed.AsSpan().IndexOf("<ds:Signature "u8);
        var end = signed.AsSpan().IndexOf("</ds:Signature>"u8) + "</ds:Signature>".Length;
        var canonical = XmlCanonicalizer.Canonicalize(Gateway.Sdk.Xml.XmlInput.LoadDocument(signed, Gateway.Sdk.Xml.XmlLimits.Default), XmlDsig.C14N);
        var accepted = new List<string>();
        for (var at = start; at < end; at++)
        {
            foreach (var replacement in new[] { (byte)(signed[at] ^ 1), (byte)'p' })
            {
                var changed = (byte[])signed.Clone();
                changed[at] = replacement;
                if (replacement != signed[at] && XmlSignatureVerifier.Verify(changed, TestKeys.Trusting(profile)).IsValid
                    && !XmlCanonicalizer.Canonicalize(Gateway.Sdk.Xml.XmlInput.LoadDocument(changed, Gateway.Sdk.Xml.XmlLimits.Default), XmlDsig.C14N).SequenceEqual(canonical))
                {
                    accepted.Add($"byte {at} ('{(char)signed[at]}' to '{(char)replacement}')");
                }
            }
        }

        accepted.ShouldBeEmpty();
    }

    private static string SignedText(SignatureProfile profile) =>
        SignedByProfile.GetOrAdd(profile.Name, _ => Encoding.UTF8.GetString(TestKeys.Sign(TestKeys.Declaration, profile)));

    private static string SignatureElement(string signed) =>
        signed[signed.IndexOf("<ds:Signature ", StringComparison.Ordinal)..(signed.IndexOf("</ds:Signature>", StringComparison.Ordinal) + "</ds:Signature>".Length)];

    private static string Unsigned(string signed) => signed.Replace(SignatureElement(signed), string.Empty, StringComparison.Ordinal);

    private static string Apply(SignatureProfile profile, string attack)
    {
        var signed = SignedText(profile);
        var signature = SignatureElement(signed);
        var certificate = XmlSignerTests.Between(signature, "<ds:X509Certificate>", "</ds:X509Certificate>");
        return attack switch
        {
            "changed value" => signed.Replace("EXP202611220001", "EXP202611229999", StringComparison.Ordinal),
            "element appended after the signature" => signed.Replace("</ds:Signature>", "</ds:Signature><DecFreeTxt/>", StringComparison.Ordinal),
            "element inserted before the signature" => signed.Replace("<ds:Signature ", "<DecFreeTxt/><ds:Signature ", StringComparison.Ordinal),
            "signature moved to the first child" => MoveSignatureFirst(signed),
            "signed document wrapped in a new root" => "<Wrapper><Evil>pay 1000</Evil>" + signed[signed.IndexOf("<DecMessage", StringComparison.Ordinal)..] + "</Wrapper>",
            "second signature" => signed.Replace("</ds:Signature>", "</ds:Signature>" + signature, StringComparison.Ordinal),
            "extra reference" => signed.Replace("</ds:Reference>", "</ds:Reference><ds:Reference URI=\"#evil\"><ds:DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"/><ds:DigestValue>AAAA</ds:DigestValue></ds:Reference>", StringComparison.Ordinal),
            "reference to an attacker's ID" => signed.Replace("URI=\"\"", "URI=\"#evil\"", StringComparison.Ordinal).Replace("<DecHead>", "<DecHead Id=\"evil\">", StringComparison.Ordinal),
            "comment injected into a signed value" => signed.Replace("EXP202611220001", "EXP<!---->202611220001", StringComparison.Ordinal),
            "processing instruction injected" => signed.Replace("<DecHead>", "<DecHead><?evil pay?>", StringComparison.Ordinal),
            "XPath transform added" => signed.Replace("</ds:Transforms>", "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\"><ds:XPath>not(ancestor-or-self::DecList)</ds:XPath></ds:Transform></ds:Transforms>", StringComparison.Ordinal),
            "KeyInfo certificate swapped" => signed.Replace(certificate, Convert.ToBase64String(TestKeys.IntruderFor(profile).Certificate().RawData), StringComparison.Ordinal),
            "re-signed by another key with its certificate" => ReSign(profile, signed, withKeyInfo: true),
            "re-signed by another key without KeyInfo" => ReSign(profile, signed, withKeyInfo: false),
            "KeyName changed" => signed.Replace("<ds:KeyName>", "<ds:KeyName>0", StringComparison.Ordinal),
            "DTD with external entity" => "<!DOCTYPE DecMessage [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + signed,
            "algorithm switched to HMAC" => signed.Replace($"\"{profile.SignatureMethod}\"", "\"http://www.w3.org/2000/09/xmldsig#hmac-sha1\"", StringComparison.Ordinal),
            "signature value of another document" => signed.Replace(XmlSignerTests.Between(signed, "<ds:SignatureValue>", "</ds:SignatureValue>"), XmlSignerTests.Between(Encoding.UTF8.GetString(TestKeys.Sign("<a>other</a>"u8.ToArray(), profile)), "<ds:SignatureValue>", "</ds:SignatureValue>"), StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(attack)),
        };
    }

    private static string MoveSignatureFirst(string signed)
    {
        var without = Unsigned(signed);
        var rootEnd = without.IndexOf('>', without.IndexOf("<DecMessage", StringComparison.Ordinal)) + 1;
        return without[..rootEnd] + SignatureElement(signed) + without[rootEnd..];
    }

    private static string ReSign(SignatureProfile profile, string signed, bool withKeyInfo)
    {
        using var intruder = TestKeys.IntruderFor(profile).ToSigner();
        var resigning = withKeyInfo ? profile : profile with { KeyName = KeyNameFormat.None, IncludeCertificate = false };
        var changed = Encoding.UTF8.GetBytes(Unsigned(signed).Replace("EXP202611220001", "EXP202611229999", StringComparison.Ordinal));
        return Encoding.UTF8.GetString(XmlSigner.SignAsync(changed, resigning, intruder).AsTask().GetAwaiter().GetResult());
    }
}
