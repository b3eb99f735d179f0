namespace Gateway.Sdk.Batch;

/// <summary>Records each filing of a batch durably, so that a batch stopped at any moment continues where it stopped and files nothing twice.</summary>
/// <remarks>
/// <see cref="BatchSubmitter"/> calls <see cref="PrepareAsync"/> before a message's first send and sends only after it
/// returns: an implementation must have made the record durable by then (the SQLite journal commits). It keeps the exact
/// bytes, because a message signed again differs (SM2 signatures are randomized) and the gateway would refuse the second
/// copy as a conflict. Implementations must be safe for concurrent calls with different keys.
/// </remarks>
public interface IBatchJournal
{
    /// <summary>Loads every entry.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries, one per key.</returns>
    Task<IReadOnlyList<BatchEntry>> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>Records a filing's id and bytes before its first send, in state <see cref="BatchFilingState.Prepared"/>.</summary>
    /// <param name="key">The filing's key.</param>
    /// <param name="messageId">The client-side id.</param>
    /// <param name="content">The exact bytes that will be sent.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once the record is durable.</returns>
    Task PrepareAsync(string key, string messageId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>Gets the bytes recorded for a filing.</summary>
    /// <param name="key">The filing's key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The bytes, or <see langword="null"/> when the key is not recorded.</returns>
    Task<ReadOnlyMemory<byte>?> ContentAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Records a filing's new state.</summary>
    /// <param name="key">The filing's key.</param>
    /// <param name="state">The state.</param>
    /// <param name="detail">The detail, such as the gateway's error.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once the record is durable.</returns>
    Task UpdateAsync(string key, BatchFilingState state, string? detail, CancellationToken cancellationToken = default);
}
