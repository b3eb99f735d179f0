using Gateway.Sdk.Transport;

namespace Gateway.Sdk.Batch;

/// <summary>Keeps a batch journal in memory: for tests, and for an ERP that records the states in its own database through <see cref="LoadAsync"/>.</summary>
/// <remarks>Nothing survives the process; use the SQLite journal (<c>Gateway.Sdk.Sqlite</c>) to resume after a crash. Thread-safe.</remarks>
public sealed class InMemoryBatchJournal : IBatchJournal
{
    private readonly Dictionary<string, (BatchEntry Entry, byte[] Content)> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="InMemoryBatchJournal"/> class.</summary>
    /// <param name="timeProvider">The clock for <see cref="BatchEntry.UpdatedAt"/>; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    public InMemoryBatchJournal(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc/>
    public Task<IReadOnlyList<BatchEntry>> LoadAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<BatchEntry>>([.. _entries.Values.Select(static e => e.Entry)]);
        }
    }

    /// <inheritdoc/>
    public Task PrepareAsync(string key, string messageId, ReadOnlyMemory<byte> content, IReadOnlyList<string> labels, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentNullException.ThrowIfNull(labels);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            _entries[key] = (new BatchEntry(key, messageId, BatchFilingState.Prepared, now) { PreparedAt = now, Labels = [.. labels] }, content.ToArray());
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<ReadOnlyMemory<byte>?> ContentAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.TryGetValue(key, out var e) ? (ReadOnlyMemory<byte>?)e.Content : null);
        }
    }

    /// <inheritdoc/>
    public Task FiledAsync(string key, Filing filing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return Change(key, e => e with { State = BatchFilingState.Filed, FiledAt = filing.AcceptedAt, Family = filing.Family });
    }

    /// <inheritdoc/>
    public Task RefusedAsync(string key, string detail, CancellationToken cancellationToken = default) =>
        Change(key, e => e with { State = BatchFilingState.Refused, Detail = detail });

    /// <inheritdoc/>
    public Task ReceiptAsync(string key, BatchReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return Change(key, e => e.Receipts.Any(r => r.Sequence == receipt.Sequence) ? e : e with
        {
            Receipts = [.. e.Receipts.Append(receipt).OrderBy(static r => r.Sequence)],
            State = receipt.IsFinal ? BatchFilingState.Answered : e.State,
        });
    }

    private Task Change(string key, Func<BatchEntry, BatchEntry> change)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var e))
            {
                return Task.FromException(new InvalidOperationException($"filing {key} was never prepared; prepare it before updating it"));
            }

            var changed = change(e.Entry);
            _entries[key] = (ReferenceEquals(changed, e.Entry) ? changed : changed with { UpdatedAt = _time.GetUtcNow() }, e.Content);
        }

        return Task.CompletedTask;
    }
}
