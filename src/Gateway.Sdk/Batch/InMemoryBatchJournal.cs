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
    public Task PrepareAsync(string key, string messageId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        lock (_lock)
        {
            _entries[key] = (new BatchEntry(key, messageId, BatchFilingState.Prepared, _time.GetUtcNow()), content.ToArray());
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
    public Task UpdateAsync(string key, BatchFilingState state, string? detail, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var e))
            {
                return Task.FromException(new InvalidOperationException($"filing {key} was never prepared; prepare it before updating it"));
            }

            _entries[key] = (e.Entry with { State = state, Detail = detail, UpdatedAt = _time.GetUtcNow() }, e.Content);
        }

        return Task.CompletedTask;
    }
}
