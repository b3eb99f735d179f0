using Gateway.Sdk.Transport;

namespace Gateway.Sdk.Batch;

/// <summary>Files a batch with bounded parallelism and a journal, so that a batch stopped at any moment and run again continues where it stopped and files nothing twice.</summary>
/// <remarks>
/// <para>For each item: a filing the journal records as filed or refused is skipped; one recorded as prepared is sent
/// again with the recorded bytes (the gateway files a message once per id and acknowledges a repeat as already filed);
/// any other is prepared (<see cref="BatchItem.PrepareAsync"/>), recorded with its id and bytes, and only then sent. A
/// refusal (<see cref="GatewayRequestException.IsTransient"/> false) is recorded as <see cref="BatchFilingState.Refused"/>;
/// a transient failure that outlasts the client's retries leaves the filing prepared for the next run.</para>
/// <para>Then it asks for the receipts of every filed filing without a final one, recording each receipt once, in rounds
/// <see cref="BatchSubmitterOptions.ReceiptPollInterval"/> apart until all have their answer or
/// <see cref="BatchSubmitterOptions.ReceiptWatch"/> runs out; a later run with the same journal goes on collecting them.</para>
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

    /// <summary>Files the items that the journal does not record as filed or refused, then collects the receipts of filed ones until each has its final receipt or <see cref="BatchSubmitterOptions.ReceiptWatch"/> runs out.</summary>
    /// <param name="items">The batch; keys must be unique.</param>
    /// <param name="progress">Receives the counts after each filing changes state; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the run; filings already prepared stay in the journal for the next run.</param>
    /// <returns>The journal's entries for the batch's keys once the run ends.</returns>
    /// <exception cref="ArgumentException">Two items have the same key.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<IReadOnlyList<BatchEntry>> RunAsync(IReadOnlyList<BatchItem> items, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.GroupBy(static i => i.Key, StringComparer.Ordinal).FirstOrDefault(static g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"key {twice.Key} appears twice in the batch; keys identify filings in the journal and must be unique", nameof(items));
        }

        var keys = items.Select(static i => i.Key).ToHashSet(StringComparer.Ordinal);
        var known = (await _journal.LoadAsync(cancellationToken).ConfigureAwait(false)).Where(e => keys.Contains(e.Key)).ToDictionary(static e => e.Key, StringComparer.Ordinal);
        var counts = new Counts(items.Count, progress);
        foreach (var entry in known.Values)
        {
            counts.Recorded(entry);
        }

        counts.Report();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(items, parallel, async (item, token) =>
        {
            if (known.GetValueOrDefault(item.Key) is { State: not BatchFilingState.Prepared })
            {
                return;
            }

            await SubmitAsync(item, known.ContainsKey(item.Key), counts, token).ConfigureAwait(false);
            counts.Report();
        }).ConfigureAwait(false);

        await WatchAsync(keys, counts, parallel, cancellationToken).ConfigureAwait(false);
        return [.. (await _journal.LoadAsync(cancellationToken).ConfigureAwait(false)).Where(e => keys.Contains(e.Key))];
    }

    private async Task SubmitAsync(BatchItem item, bool recorded, Counts counts, CancellationToken token)
    {
        ReadOnlyMemory<byte> content;
        if (recorded && await _journal.ContentAsync(item.Key, token).ConfigureAwait(false) is { } bytes)
        {
            content = bytes;
        }
        else
        {
            var message = await item.PrepareAsync(token).ConfigureAwait(false);
            await _journal.PrepareAsync(item.Key, message.Id, message.Content, item.Labels, token).ConfigureAwait(false);
            content = message.Content;
        }

        var sent = GatewayMessage.FromXml(content);
        try
        {
            var result = await _client.SubmitAsync(sent, token).ConfigureAwait(false);
            await _journal.FiledAsync(item.Key, result.Filing, token).ConfigureAwait(false);
            Interlocked.Increment(ref counts.Filed);
        }
        catch (GatewayRequestException e) when (!e.IsTransient)
        {
            // Sending a recorded filing again through a client that signs on its side (RabbitMQ workers), the new signature
            // differs and the gateway answers GW409: it holds the earlier copy under the same id. A first send's GW409 is a refusal.
            if (e.ErrorCode == "GW409" && recorded && await _client.GetStatusAsync(sent.Id, token).ConfigureAwait(false) is { } filing)
            {
                await _journal.FiledAsync(item.Key, filing, token).ConfigureAwait(false);
                Interlocked.Increment(ref counts.Filed);
                return;
            }

            await _journal.RefusedAsync(item.Key, $"{e.ErrorCode}: {e.Message}", token).ConfigureAwait(false);
            Interlocked.Increment(ref counts.Refused);
        }
        catch (GatewayRequestException)
        {
            // Outlasted the client's retries: the filing stays prepared, and the next run sends the same bytes.
            Interlocked.Increment(ref counts.Pending);
        }
    }

    /// <summary>Asks for the receipts of every filed filing without a final one, in rounds, until none is left or the watch runs out.</summary>
    private async Task WatchAsync(HashSet<string> keys, Counts counts, ParallelOptions parallel, CancellationToken cancellationToken)
    {
        var time = _options.TimeProvider;
        var deadline = time.GetUtcNow() + _options.ReceiptWatch;
        while (true)
        {
            var open = (await _journal.LoadAsync(cancellationToken).ConfigureAwait(false)).Where(e => e.State == BatchFilingState.Filed && keys.Contains(e.Key)).ToList();
            var answered = 0;
            await Parallel.ForEachAsync(open, parallel, async (entry, token) =>
            {
                IReadOnlyList<GatewayReceipt> receipts;
                try
                {
                    receipts = await _client.GetReceiptsAsync(entry.MessageId, token).ConfigureAwait(false);
                }
                catch (GatewayRequestException)
                {
                    return; // the next round, or the next run, asks again
                }

                foreach (var receipt in receipts.Where(r => r.Sequence > (entry.LastReceipt?.Sequence ?? 0)))
                {
                    var record = BatchReceipt.From(receipt, time.GetUtcNow());
                    await _journal.ReceiptAsync(entry.Key, record, token).ConfigureAwait(false);
                    if (record.IsFinal)
                    {
                        Interlocked.Increment(ref answered);
                        counts.Answer(record);
                        counts.Report();
                        break;
                    }
                }
            }).ConfigureAwait(false);

            if (answered == open.Count || time.GetUtcNow() >= deadline)
            {
                return;
            }

            await Task.Delay(_options.ReceiptPollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts the batch's states across the parallel workers and reports them.</summary>
    private sealed class Counts(int total, IProgress<BatchProgress>? progress)
    {
        public int Filed;
        public int Refused;
        public int Pending;
        private int _answered;
        private int _rejected;

        public void Recorded(BatchEntry entry)
        {
            switch (entry.State)
            {
                case BatchFilingState.Filed:
                    Filed++;
                    break;
                case BatchFilingState.Refused:
                    Refused++;
                    break;
                case BatchFilingState.Answered:
                    Filed++;
                    Answer(entry.FinalReceipt!);
                    break;
            }
        }

        public void Answer(BatchReceipt receipt)
        {
            Interlocked.Increment(ref _answered);
            if (receipt.Status == ReceiptStatus.Rejected)
            {
                Interlocked.Increment(ref _rejected);
            }
        }

        public void Report() => progress?.Report(new BatchProgress(total, Volatile.Read(ref Filed), Volatile.Read(ref Refused), Volatile.Read(ref Pending))
        {
            Answered = Volatile.Read(ref _answered),
            Rejected = Volatile.Read(ref _rejected),
        });
    }
}
