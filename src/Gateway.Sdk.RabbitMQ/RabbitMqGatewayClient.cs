using System.Collections.Concurrent;
using Gateway.Sdk.Transport;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Gateway.Sdk.RabbitMQ;

/// <summary>Files messages through a RabbitMQ queue instead of sending them itself: each <see cref="SubmitAsync"/> puts the
/// message on the queue and waits for the worker that filed it (<see cref="RabbitMqFilingWorker"/>) to answer.</summary>
/// <remarks>
/// <para>Pass it to <see cref="Batch.BatchSubmitter"/> as the client: the journal stays with the batch, which records each
/// filing's id and bytes before it goes on the queue, exactly as when it sends them itself. Workers keep no state.</para>
/// <para>Exactly once: a filing's id is fixed before it is queued, and the gateway files an id at most once. A worker killed
/// after filing but before acknowledging leaves the message to the broker, which gives it to another worker; that one
/// files it again under the same id and the gateway answers "already filed" (or, when the new signature differs,
/// <c>GW409</c>, which the worker resolves by asking the gateway for the id). A batch stopped while filings are on the
/// queue puts them on again when it resumes, with the same result.</para>
/// <para>Status and receipts are not queued: <see cref="GetStatusAsync"/>, <see cref="GetReceiptsAsync"/> and
/// <see cref="WatchAsync"/> go to the client given to <see cref="ConnectAsync"/>. Thread-safe.</para>
/// </remarks>
public sealed class RabbitMqGatewayClient : IGatewayClient, IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly IGatewayClient _gateway;
    private readonly RabbitMqFilingOptions _options;
    private const string DirectReplyTo = "amq.rabbitmq.reply-to";

    private readonly ConcurrentDictionary<string, TaskCompletionSource<SubmissionResult>> _waiting = new(StringComparer.Ordinal);

    private RabbitMqGatewayClient(IConnection connection, IChannel channel, IGatewayClient gateway, RabbitMqFilingOptions options) =>
        (_connection, _channel, _gateway, _options) = (connection, channel, gateway, options);

    /// <summary>Gets how many workers were taking filings from the queue when the client connected; with none, filings wait on the queue for one.</summary>
    public uint WorkerCount { get; private init; }

    /// <summary>Connects to the broker, declares the durable filing queue and a private reply queue.</summary>
    /// <param name="options">The queue's options.</param>
    /// <param name="gateway">The client for status and receipt requests.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connected queue.</returns>
    /// <exception cref="GatewayRequestException">The broker cannot be reached (<c>GW-QUEUE</c>).</exception>
    public static async Task<RabbitMqGatewayClient> ConnectAsync(RabbitMqFilingOptions options, IGatewayClient gateway, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gateway);
        var (connection, channel, workers) = await Broker.OpenAsync(options, "gateway batch", concurrency: 1, cancellationToken).ConfigureAwait(false);
        var queue = new RabbitMqGatewayClient(connection, channel, gateway, options) { WorkerCount = workers };
        try
        {
            // Direct reply-to: answers come straight back on this channel, with no reply queue to lose when the connection recovers.
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += queue.OnReplyAsync;
            await channel.BasicConsumeAsync(DirectReplyTo, autoAck: true, consumer, cancellationToken).ConfigureAwait(false);
            return queue;
        }
        catch
        {
            await queue.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Puts a message on the queue and waits for a worker to file it.</summary>
    /// <param name="message">The message, as the worker should sign and file it.</param>
    /// <param name="cancellationToken">Stops waiting; the message stays on the queue.</param>
    /// <returns>The worker's filing.</returns>
    /// <exception cref="GatewayRequestException">The worker's refusal, or a transient <c>GW-QUEUE</c> failure when the broker is
    /// unreachable or no worker answered within <see cref="RabbitMqFilingOptions.ResultTimeout"/>.</exception>
    public async Task<SubmissionResult> SubmitAsync(GatewayMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var correlation = Guid.NewGuid().ToString("N");
        var answer = new TaskCompletionSource<SubmissionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[correlation] = answer;
        try
        {
            var properties = new BasicProperties { Persistent = true, MessageId = message.Id, CorrelationId = correlation, ReplyTo = DirectReplyTo, ContentType = "application/xml" };
            // Concurrent publishes share the channel: the client serializes the frames and tracks each confirmation, so
            // one filing's wait for the broker's fsync does not hold up the others.
            await _channel.BasicPublishAsync(string.Empty, _options.QueueName, mandatory: true, properties, message.Content, cancellationToken).ConfigureAwait(false);

            return await answer.Task.WaitAsync(_options.ResultTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw Broker.Unavailable(message.Id, correlation, $"no worker answered within {_options.ResultTimeout}; the filing stays on queue {_options.QueueName} and the next run puts it on again", null);
        }
        catch (Exception e) when (e is PublishException or AlreadyClosedException or OperationInterruptedException)
        {
            throw Broker.Unavailable(message.Id, correlation, $"queue {_options.QueueName} did not take the filing ({e.Message}); the next run puts it on again", e);
        }
        finally
        {
            _waiting.TryRemove(correlation, out _);
        }
    }

    /// <inheritdoc/>
    public Task<Filing?> GetStatusAsync(string id, CancellationToken cancellationToken = default) => _gateway.GetStatusAsync(id, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<GatewayReceipt>> GetReceiptsAsync(string id, CancellationToken cancellationToken = default) => _gateway.GetReceiptsAsync(id, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<GatewayReceipt> WatchAsync(string id, CancellationToken cancellationToken = default) => _gateway.WatchAsync(id, cancellationToken);

    /// <summary>Closes the channel and the connection; answers still on the way are dropped (a resumed batch asks again).</summary>
    /// <returns>A task that completes when closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private Task OnReplyAsync(object sender, BasicDeliverEventArgs delivery)
    {
        // A reply for a filing no longer awaited (a second worker's answer after a redelivery, or after a timeout) is dropped.
        if (delivery.BasicProperties.CorrelationId is { } correlation && _waiting.TryGetValue(correlation, out var answer))
        {
            try
            {
                answer.TrySetResult(FilingReply.Read(delivery.BasicProperties.Headers, delivery.BasicProperties.MessageId ?? string.Empty, correlation));
            }
            catch (GatewayRequestException e)
            {
                answer.TrySetException(e);
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                answer.TrySetException(Broker.Unavailable(delivery.BasicProperties.MessageId, correlation, $"a worker's answer could not be read ({e.Message}); run workers and batch of the same version", e));
            }
        }

        return Task.CompletedTask;
    }
}
