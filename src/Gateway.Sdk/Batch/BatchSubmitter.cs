using Gateway.Sdk.Transport;

namespace Gateway.Sdk.Batch;

/// <summary>Files a batch with bounded parallelism and a journal, so that a batch stopped at any moment and run again continues where it stopped and files nothing twice.</summary>
/// <remarks>
/// <para>For each item: a filing the journal records as filed or refused is skipped; one recorded as prepared is sent
/// again with the recorded bytes (the gateway files a message once per id and acknowledges a repeat as already filed);
/// any other is prepared (<see cref="BatchItem.PrepareAsync"/>), recorded with its id and bytes, and only then sent. A
/// refusal (<see cref="GatewayRequestException.IsTransient"/> false) is recorded as <see cref="BatchFilingState.Refused"/>;
/// a transient failure that outlasts the client's retries leaves the filing prepared for the next run.</para>
/// <para>Use it without the command line: an ERP passes its own <see cref="IGatewayClient"/> and journal. Thread-safe
/// for one run at a time per journal.</para>
/// </remarks>
public sealed class BatchSubmitter
{
    private readonly IGatewayClient _client;
    private readonly IBatchJournal _journal;
    private readonly BatchSubmitterOptions _options;

    /// <summary>Initializes a new instance of the <see cref="BatchSubmitter"/> class.</summary>
    /// <param name="client">The client that files the messages.</param>
    /// <param name="journal">The journal.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> or <paramref name="journal"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BatchSubmitterOptions.MaxParallelism"/> is less than 1.</exception>
    public BatchSubmitter(IGatewayClient client, IBatchJournal journal, BatchSubmitterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(journal);
        _options = options ?? new BatchSubmitterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxParallelism, 1, nameof(options));
        (_client, _journal) = (client, journal);
    }

    /// <summary>Files the items that the journal does not record as filed or refused.</summary>
    /// <param name="items">The batch; keys must be unique.</param>
    /// <param name="progress">Receives the counts after each filing changes state; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the run; filings already prepared stay in the journal for the next run.</param>
    /// <returns>The journal's entries once the run ends.</returns>
    /// <exception cref="ArgumentException">Two items have the same key.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<IReadOnlyList<BatchEntry>> RunAsync(IReadOnlyList<BatchItem> items, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.GroupBy(static i => i.Key, StringComparer.Ordinal).FirstOrDefault(static g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"key {twice.Key} appears twice in the batch; keys identify filings in the journal and must be unique", nameof(items));
        }

        var known = (await _journal.LoadAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(static e => e.Key, StringComparer.Ordinal);
        var keys = items.Select(static i => i.Key).ToHashSet(StringComparer.Ordinal);
        var filed = known.Values.Count(e => keys.Contains(e.Key) && e.State == BatchFilingState.Filed);
        var refused = known.Values.Count(e => keys.Contains(e.Key) && e.State == BatchFilingState.Refused);
        var pending = 0;
        void Report() => progress?.Report(new BatchProgress(items.Count, Volatile.Read(ref filed), Volatile.Read(ref refused), Volatile.Read(ref pending)));
        Report();

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(items, parallel, async (item, token) =>
        {
            var entry = known.GetValueOrDefault(item.Key);
            if (entry is { State: not BatchFilingState.Prepared })
            {
                return;
            }

            ReadOnlyMemory<byte> content;
            if (entry is not null && await _journal.ContentAsync(item.Key, token).ConfigureAwait(false) is { } recorded)
            {
                content = recorded;
            }
            else
            {
                var message = await item.PrepareAsync(token).ConfigureAwait(false);
                await _journal.PrepareAsync(item.Key, message.Id, message.Content, token).ConfigureAwait(false);
                content = message.Content;
            }

            try
            {
                var result = await _client.SubmitAsync(GatewayMessage.FromXml(content), token).ConfigureAwait(false);
                await _journal.UpdateAsync(item.Key, BatchFilingState.Filed, result.Filing.AcceptedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), token).ConfigureAwait(false);
                Interlocked.Increment(ref filed);
            }
            catch (GatewayRequestException e) when (!e.IsTransient)
            {
                await _journal.UpdateAsync(item.Key, BatchFilingState.Refused, $"{e.ErrorCode}: {e.Message}", token).ConfigureAwait(false);
                Interlocked.Increment(ref refused);
            }
            catch (GatewayRequestException)
            {
                // Outlasted the client's retries: the filing stays prepared, and the next run sends the same bytes.
                Interlocked.Increment(ref pending);
            }

            Report();
        }).ConfigureAwait(false);

        return await _journal.LoadAsync(cancellationToken).ConfigureAwait(false);
    }
}
