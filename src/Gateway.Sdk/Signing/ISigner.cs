using System.Security.Cryptography.X509Certificates;

namespace Gateway.Sdk.Signing;

/// <summary>Signs bytes with a key the SDK never sees: a local key file, an E-Port IC card or UKey bridge, or a hardware security module.</summary>
/// <remarks>
/// Implement it to plug in hardware: return the certificate, and sign what <see cref="SignAsync"/> is given
/// with the profile's algorithm (hash included: SHA1withRSA, SHA256withRSA or SM3withSM2 with the profile's
/// user ID) in the profile's encoding (<see cref="Sm2.RawToDer"/> and <see cref="Sm2.DerToRaw"/> convert).
/// <see cref="LocalSigner"/> is the implementation for key files.
/// </remarks>
public interface ISigner
{
    /// <summary>Gets the signing certificate.</summary>
    X509Certificate2 Certificate { get; }

    /// <summary>Signs <paramref name="data"/> as <paramref name="profile"/> requires.</summary>
    /// <param name="data">The octets to sign (canonical <c>SignedInfo</c>, or the <c>DecSign</c> content); the signer hashes them.</param>
    /// <param name="profile">The profile naming the algorithm, hash, SM2 user ID and encoding.</param>
    /// <param name="cancellationToken">Cancels a signer that waits on a device or a network.</param>
    /// <returns>The signature value.</returns>
    ValueTask<byte[]> SignAsync(ReadOnlyMemory<byte> data, SignatureProfile profile, CancellationToken cancellationToken = default);
}
