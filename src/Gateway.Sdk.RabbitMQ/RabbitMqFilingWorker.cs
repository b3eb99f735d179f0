using Gateway.Sdk.Transport;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Gateway.Sdk.RabbitMQ;

/// <summary>Takes filings off the queue, signs them, files them with the gateway and answers the batch that queued them (<c>gateway worker</c>).</summary>
/// <remarks>
/// <para>A filing is acknowledged to the broker only after the worker has answered it, so a worker stopped at any moment
/// leaves its unanswered filings to the others. Filing the same id again is safe: the gateway acknowledges a repeat as
/// already filed; on a redelivery, a <c>GW409</c> (same id, different signature bytes, as SM2 signatures are randomized)
/// is resolved by asking the gateway for the id, which holds the earlier copy. On a first delivery a <c>GW409</c> goes back
/// to the batch, which resolves it the same way only when it is sending a recorded filing again, so that a corrected
/// declaration under a used id is refused as when filed directly.</para>
/// <para>Workers keep no journal: the batch's journal is the record, and any number of workers may share a queue.</para>
/// </remarks>
public sealed class RabbitMqFilingWorker
{
    private readonly RabbitMqFilingOptions _options;
    private readonly IGatewayClient _gateway;
    private readonly Func<GatewayMessage, CancellationToken, Task<GatewayMessage>> _prepare;

    /// <summary>Initializes a new instance of the <see cref="RabbitMqFilingWorker"/> class.</summary>
    /// <param name="options">The queue's options; <see cref="RabbitMqFilingOptions.Prefetch"/> filings are worked on at once.</param>
    /// <param name="gateway">The client that files with the gateway.</param>
    /// <param name="prepare">Signs (or envelopes) a queued message before it is filed; it must keep the message's id.
    /// <see langword="null"/> files the messages as queued.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="gateway"/> is <see langword="null"/>.</exception>
    public RabbitMqFilingWorker(RabbitMqFilingOptions options, IGatewayClient gateway, Func<GatewayMessage, CancellationToken, Task<GatewayMessage>>? prepare = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gateway);
        (_options, _gateway, _prepare) = (options, gateway, prepare ?? (static (m, _) => Task.FromResult(m)));
    }

    /// <summary>Works until cancelled.</summary>
    /// <param name="progress">Receives each filing's outcome as answered; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the worker; filings it has not answered go back to the queue.</param>
    /// <returns>A task that completes when the worker has stopped.</returns>
    /// <exception cref="GatewayRequestException">The broker cannot be reached (<c>GW-QUEUE</c>).</exception>
    public async Task RunAsync(IProgress<FilingWorkOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        var (connection, channel, _) = await Broker.OpenAsync(_options, "gateway worker", _options.Prefetch, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        await using (channel.ConfigureAwait(false))
        {
            await channel.BasicQosAsync(0, _options.Prefetch, global: false, cancellationToken).ConfigureAwait(false);
            using var answer = new SemaphoreSlim(1, 1);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                var (headers, outcome) = await FileAsync(delivery, cancellationToken).ConfigureAwait(false);
                await answer.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    if (delivery.BasicProperties.ReplyTo is { Length: > 0 } replyTo)
                    {
                        var properties = new BasicProperties { CorrelationId = delivery.BasicProperties.CorrelationId, MessageId = delivery.BasicProperties.MessageId, Headers = headers };
                        await channel.BasicPublishAsync(string.Empty, replyTo, mandatory: false, properties, ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
                    }

                    await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    answer.Release();
                }

                progress?.Report(outcome);
            };
            await channel.BasicConsumeAsync(_options.QueueName, autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping is the normal end; unacknowledged filings return to the queue when the channel closes.
            }
        }
    }

    private async Task<(Dictionary<string, object?> Headers, FilingWorkOutcome Outcome)> FileAsync(BasicDeliverEventArgs delivery, CancellationToken cancellationToken)
    {
        var id = delivery.BasicProperties.MessageId ?? "(no id)";
        try
        {
            var message = await _prepare(GatewayMessage.FromXml(delivery.Body.ToArray()), cancellationToken).ConfigureAwait(false);
            id = message.Id;
            SubmissionResult result;
            try
            {
                result = await _gateway.SubmitAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (GatewayRequestException e) when (e.ErrorCode == "GW409" && delivery.Redelivered)
            {
                // A redelivery: a worker stopped after filing and before acknowledging, and this copy's signature differs.
                // A first delivery's GW409 goes back to the batch, which alone knows whether it is sending again.
                var filing = await _gateway.GetStatusAsync(message.Id, cancellationToken).ConfigureAwait(false);
                if (filing is null)
                {
                    throw;
                }

                result = new SubmissionResult(filing, AlreadyFiled: true, Attempts: 1, e.CorrelationId ?? string.Empty);
            }

            return (FilingReply.Filed(result), new FilingWorkOutcome(id, "filed", result.AlreadyFiled ? "already filed" : null));
        }
        catch (GatewayRequestException e)
        {
            return (FilingReply.Failed(e.ErrorCode, e.Message, e.StatusCode, e.IsTransient), new FilingWorkOutcome(id, e.IsTransient ? "pending" : "refused", $"{e.ErrorCode}: {e.Message}"));
        }
        catch (Exception e) when (e is GatewayException)
        {
            // The queued message cannot be read or signed: refuse it, like the gateway would.
            return (FilingReply.Failed(e is Gateway.Sdk.Signing.SigningException signing ? signing.Code : "MSG001", e.Message, null, transient: false), new FilingWorkOutcome(id, "refused", e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // This worker could not file it (a key or token failing, a bug): answer so the batch does not wait, and leave it
            // pending for the next run rather than holding it here.
            return (FilingReply.Failed("GW-WORKER", $"the worker could not file it: {e.Message}", null, transient: true), new FilingWorkOutcome(id, "pending", e.Message));
        }
    }
}

/// <summary>Represents what a worker did with one filing.</summary>
/// <param name="MessageId">The filing's id.</param>
/// <param name="Outcome"><c>filed</c>, <c>refused</c>, or <c>pending</c> (the gateway was unreachable; the batch sends it again).</param>
/// <param name="Detail">The error, or <c>already filed</c>.</param>
public sealed record FilingWorkOutcome(string MessageId, string Outcome, string? Detail);
