using Gateway.Sdk.Transport;

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
    /// <param name="labels">Labels for reports (<see cref="BatchItem.Labels"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once the record is durable.</returns>
    Task PrepareAsync(string key, string messageId, ReadOnlyMemory<byte> content, IReadOnlyList<string> labels, CancellationToken cancellationToken = default);

    /// <summary>Gets the bytes recorded for a filing.</summary>
    /// <param name="key">The filing's key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The bytes, or <see langword="null"/> when the key is not recorded.</returns>
    Task<ReadOnlyMemory<byte>?> ContentAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Records that the gateway filed a filing: state <see cref="BatchFilingState.Filed"/>, with the gateway's time and family.</summary>
    /// <param name="key">The filing's key.</param>
    /// <param name="filing">What the gateway's ledger says of it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once the record is durable.</returns>
    /// <exception cref="InvalidOperationException">The key was never prepared.</exception>
    Task FiledAsync(string key, Filing filing, CancellationToken cancellationToken = default);

    /// <summary>Records that the gateway refused a filing for good: state <see cref="BatchFilingState.Refused"/>.</summary>
    /// <param name="key">The filing's key.</param>
    /// <param name="detail">The gateway's error code and message.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once the record is durable.</returns>
    /// <exception cref="InvalidOperationException">The key was never prepared.</exception>
    Task RefusedAsync(string key, string detail, CancellationToken cancellationToken = default);

    /// <summary>Records a receipt, once per sequence number (recording it again changes nothing); a final one moves the
    /// filing to <see cref="BatchFilingState.Answered"/>.</summary>
    /// <param name="key">The filing's key.</param>
    /// <param name="receipt">The receipt.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once the record is durable.</returns>
    /// <exception cref="InvalidOperationException">The key was never prepared.</exception>
    Task ReceiptAsync(string key, BatchReceipt receipt, CancellationToken cancellationToken = default);
}
