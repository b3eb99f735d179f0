using System.Text;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace Gateway.Sdk.Signing;

/// <summary>Provides the SM2 (GM/T 0003) helpers signers and verifiers need: the Z value, and raw ⇄ DER signature conversion.</summary>
/// <remarks>
/// SM2 signs <c>e = SM3(Z ‖ M)</c> with <c>Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA)</c>. Both sides must use
/// the same user ID; GM/T 0009 fixes the default at <see cref="DefaultUserId"/>. OpenSSL 3 uses an empty ID
/// unless given <c>-pkeyopt distid:1234567812345678</c>.
/// </remarks>
public static class Sm2
{
    /// <summary>The default SM2 user ID of GM/T 0009, <c>1234567812345678</c>.</summary>
    public const string DefaultUserId = "1234567812345678";

    /// <summary>The object identifier of the SM2 curve, <c>1.2.156.10197.1.301</c>.</summary>
    public const string CurveOid = "1.2.156.10197.1.301";

    // The custom curve does field arithmetic on fixed-size words; GMNamedCurves gives the generic BigInteger curve (~5x slower).
    internal static X9ECParameters Curve { get; } = Org.BouncyCastle.Crypto.EC.CustomNamedCurves.GetByOid(GMObjectIdentifiers.sm2p256v1) ?? GMNamedCurves.GetByName("sm2p256v1");

    internal static ECDomainParameters Domain { get; } = new(Curve.Curve, Curve.G, Curve.N, Curve.H, Curve.GetSeed());

    /// <summary>Computes the SM2 Z value of a public key and user ID.</summary>
    /// <param name="publicKey">The public key point, uncompressed (<c>04 ‖ x ‖ y</c>, 65 bytes).</param>
    /// <param name="userId">The user ID, as ASCII/UTF-8 text.</param>
    /// <returns>The 32-byte Z value.</returns>
    /// <exception cref="ArgumentException"><paramref name="publicKey"/> is not a point on the SM2 curve.</exception>
    public static byte[] ComputeZ(ReadOnlySpan<byte> publicKey, string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var point = DecodePoint(publicKey).Normalize();
        var id = Encoding.UTF8.GetBytes(userId);
        var digest = new SM3Digest();
        var bits = id.Length * 8;
        digest.Update((byte)(bits >> 8));
        digest.Update((byte)bits);
        digest.BlockUpdate(id, 0, id.Length);
        foreach (var element in new[] { Curve.Curve.A, Curve.Curve.B, Curve.G.AffineXCoord, Curve.G.AffineYCoord, point.AffineXCoord, point.AffineYCoord })
        {
            var bytes = element.GetEncoded();
            digest.BlockUpdate(bytes, 0, bytes.Length);
        }

        var z = new byte[32];
        digest.DoFinal(z, 0);
        return z;
    }

    /// <summary>Converts a raw 64-byte <c>r ‖ s</c> signature (what E-Port cards return) to DER <c>SEQUENCE { INTEGER r, INTEGER s }</c> (GM/T 0009, OpenSSL).</summary>
    /// <param name="raw">The 64-byte signature.</param>
    /// <returns>The DER encoding.</returns>
    /// <exception cref="FormatException"><paramref name="raw"/> is not 64 bytes.</exception>
    public static byte[] RawToDer(ReadOnlySpan<byte> raw)
    {
        if (raw.Length != 64)
        {
            throw new FormatException($"a raw SM2 signature is 64 bytes (r ‖ s), this one is {raw.Length}: pass the signature value, not its base64 text");
        }

        var r = new BigInteger(1, raw[..32].ToArray());
        var s = new BigInteger(1, raw[32..].ToArray());
        return new DerSequence(new DerInteger(r), new DerInteger(s)).GetDerEncoded();
    }

    /// <summary>Converts a DER <c>SEQUENCE { INTEGER r, INTEGER s }</c> SM2 signature to raw 64-byte <c>r ‖ s</c>.</summary>
    /// <param name="der">The DER signature.</param>
    /// <returns>The 64-byte signature.</returns>
    /// <exception cref="FormatException"><paramref name="der"/> is not a DER SM2 signature.</exception>
    public static byte[] DerToRaw(ReadOnlySpan<byte> der)
    {
        try
        {
            var values = StandardDsaEncoding.Instance.Decode(Domain.N, der.ToArray());
            return PlainDsaEncoding.Instance.Encode(Domain.N, values[0], values[1]);
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidCastException)
        {
            throw new FormatException("not a DER SM2 signature (SEQUENCE of two INTEGERs below the curve order): check the signature encoding of the profile", e);
        }
    }

    internal static Org.BouncyCastle.Math.EC.ECPoint DecodePoint(ReadOnlySpan<byte> publicKey)
    {
        try
        {
            return Curve.Curve.DecodePoint(publicKey.ToArray());
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new ArgumentException("not an SM2 public key point (expected 04 ‖ x ‖ y on the SM2 curve)", nameof(publicKey), e);
        }
    }

    internal static byte[] Sign(ECPrivateKeyParameters key, ReadOnlySpan<byte> data, string userId, SignatureValueEncoding encoding, SecureRandom? random = null)
    {
        var signer = new SM2Signer(encoding == SignatureValueEncoding.Raw ? PlainDsaEncoding.Instance : StandardDsaEncoding.Instance, new SM3Digest());
        signer.Init(true, new ParametersWithID(new ParametersWithRandom(key, random ?? new SecureRandom()), Encoding.UTF8.GetBytes(userId)));
        var bytes = data.ToArray();
        signer.BlockUpdate(bytes, 0, bytes.Length);
        return signer.GenerateSignature();
    }

    /// <summary>Verifies an SM2 signature given raw (64 bytes) or DER; the encodings cannot be confused.</summary>
    internal static bool Verify(ECPublicKeyParameters key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, string userId)
    {
        var signer = new SM2Signer(signature.Length == 64 ? PlainDsaEncoding.Instance : StandardDsaEncoding.Instance, new SM3Digest());
        signer.Init(false, new ParametersWithID(key, Encoding.UTF8.GetBytes(userId)));
        var bytes = data.ToArray();
        signer.BlockUpdate(bytes, 0, bytes.Length);
        try
        {
            return signer.VerifySignature(signature.ToArray());
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidCastException)
        {
            return false;
        }
    }

    internal static bool IsSm2(ECDomainParameters parameters) => parameters.Curve.Equals(Domain.Curve) && parameters.G.Equals(Domain.G);
}

/// <summary>Computes SM3 digests (GB/T 32905, GM/T 0004).</summary>
public static class Sm3
{
    /// <summary>Computes the 32-byte SM3 digest of <paramref name="data"/>.</summary>
    /// <param name="data">The data to hash.</param>
    /// <returns>The digest.</returns>
    public static byte[] HashData(ReadOnlySpan<byte> data)
    {
        var digest = new SM3Digest();
        var bytes = data.ToArray();
        digest.BlockUpdate(bytes, 0, bytes.Length);
        var result = new byte[32];
        digest.DoFinal(result, 0);
        return result;
    }
}
