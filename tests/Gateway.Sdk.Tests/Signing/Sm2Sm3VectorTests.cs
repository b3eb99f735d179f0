using System.Text;
using Gateway.Sdk.Signing;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace Gateway.Sdk.Tests.Signing;

/// <summary>Reproduces the SM3 examples of GB/T 32905 and the SM2 signature example of GM/T 0003.5 (TestData/signing/sm2-sm3).</summary>
public class Sm2Sm3VectorTests
{
    private const string D = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8";
    private const string K = "59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21";
    private static readonly byte[] Message = Encoding.ASCII.GetBytes("message digest");

    [Theory]
    [InlineData("sm3-example1-abc.txt", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")]
    [InlineData("sm3-example2-abcd16.txt", "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")]
    public void HashData_StandardExample_MatchesPublishedDigest(string file, string digest) =>
        Convert.ToHexStringLower(Sm3.HashData(File.ReadAllBytes(Vector(file)))).ShouldBe(digest);

    // The default-ID rows are GM/T 0003.5 Annex A; the ALICE rows are derived (same key and nonce, other ID) and checked with OpenSSL, see TestData/signing/sm2-sm3/README.md.
    [Theory]
    [InlineData(Sm2.DefaultUserId, "B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3")]
    [InlineData("ALICE123@YAHOO.COM", "26DB4BC1839BD22E97E1DAB667EC5E0A730D5E16521398B4435C576A93AFD7ED")]
    public void ComputeZ_GmT0003Key_MatchesStandardOrOpenSslCheckedZ(string userId, string z) =>
        Convert.ToHexString(Sm2.ComputeZ(PublicPoint(), userId)).ShouldBe(z);

    [Theory]
    [InlineData(Sm2.DefaultUserId, "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3", "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA")]
    [InlineData("ALICE123@YAHOO.COM", "B0E3E7D4AC2178F833AD73FA9D1191E41C76C8BFEDB5AD89040BA2E5184BDE58", "CC8D096578F7DD2669AC1AC42F7E722BCFA42B9E0BE0B1B5DF7CA0B53FDD5750")]
    public void Sign_GmT0003KeyAndNonce_ReproducesStandardOrOpenSslCheckedSignature(string userId, string r, string s)
    {
        var raw = Sm2.Sign(PrivateKey(), Message, userId, SignatureValueEncoding.Raw, new FixedRandom(Convert.FromHexString(K)));

        Convert.ToHexString(raw).ShouldBe(r + s);
    }

    [Fact]
    public void Sign_DerEncoding_EqualsTheStandardsDerFile()
    {
        var der = Sm2.Sign(PrivateKey(), Message, Sm2.DefaultUserId, SignatureValueEncoding.Der, new FixedRandom(Convert.FromHexString(K)));

        der.ShouldBe(File.ReadAllBytes(Vector("gmt0003.5-signature.der")));
        Sm2.DerToRaw(der).ShouldBe(Convert.FromHexString("F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA"));
        Sm2.RawToDer(Sm2.DerToRaw(der)).ShouldBe(der);
    }

    [Fact]
    public void Verify_StandardSignature_HoldsOnlyWithTheRightUserId()
    {
        var der = File.ReadAllBytes(Vector("gmt0003.5-signature.der"));
        var key = new ECPublicKeyParameters(Sm2.DecodePoint(PublicPoint()), Sm2.Domain);

        Sm2.Verify(key, Message, der, Sm2.DefaultUserId).ShouldBeTrue();
        Sm2.Verify(key, Message, Sm2.DerToRaw(der), Sm2.DefaultUserId).ShouldBeTrue();
        Sm2.Verify(key, Message, der, string.Empty).ShouldBeFalse();
        Sm2.Verify(key, Encoding.ASCII.GetBytes("message digesT"), der, Sm2.DefaultUserId).ShouldBeFalse();
    }

    [Fact]
    public void PublicKeyPem_StandardFile_IsReadAsSm2()
    {
        var pem = File.ReadAllText(Vector("gmt0003.5-public.pem"));
        var spki = System.Security.Cryptography.PemEncoding.Find(pem);
        var key = TrustedSigner.PublicKey(Convert.FromBase64String(pem[spki.Base64Data]));

        key.PublicKeyInfo.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(63)]
    [InlineData(65)]
    public void RawToDer_WrongLength_ThrowsFormatException(int length) =>
        Should.Throw<FormatException>(() => Sm2.RawToDer(new byte[length])).Message.ShouldContain("64 bytes");

    [Fact]
    public void DerToRaw_NotDer_ThrowsFormatException() =>
        Should.Throw<FormatException>(() => Sm2.DerToRaw([0x30, 0x03, 0x02, 0x01])).Message.ShouldContain("not a DER SM2 signature");

    internal static string Vector(string file) => TestFiles.TestData(Path.Combine("signing", "sm2-sm3", file));

    private static ECPrivateKeyParameters PrivateKey() => new(new Org.BouncyCastle.Math.BigInteger(D, 16), Sm2.Domain);

    private static byte[] PublicPoint() => Sm2.Domain.G.Multiply(PrivateKey().D).Normalize().GetEncoded(false);

    /// <summary>Returns the standard's nonce k as the "random" bytes, so the signature is the published one.</summary>
    private sealed class FixedRandom(byte[] value) : SecureRandom
    {
        public override void NextBytes(byte[] buf) => value.AsSpan(0, buf.Length).CopyTo(buf);

        public override void NextBytes(byte[] buf, int off, int len) => value.AsSpan(0, len).CopyTo(buf.AsSpan(off));
    }
}
