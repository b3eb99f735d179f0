using System.Security.Cryptography;

namespace Gateway.Sdk.Signing;

/// <summary>Computes the digests profiles name.</summary>
internal static class Digests
{
    public static byte[] Compute(DigestAlgorithm algorithm, ReadOnlySpan<byte> data) => algorithm switch
    {
        DigestAlgorithm.Sm3 => Sm3.HashData(data),
        _ => CryptographicOperations.HashData(Name(algorithm), data),
    };

    public static HashAlgorithmName Name(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Sha1 => HashAlgorithmName.SHA1,
        DigestAlgorithm.Sha256 => HashAlgorithmName.SHA256,
        DigestAlgorithm.Sha384 => HashAlgorithmName.SHA384,
        DigestAlgorithm.Sha512 => HashAlgorithmName.SHA512,
        _ => throw new SigningException("SIG004", $"{algorithm} cannot be used with RSA: choose SHA-1, SHA-256, SHA-384 or SHA-512"),
    };
}
