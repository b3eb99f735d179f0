using Gateway.Sdk.Transport;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Gateway.Sdk.RabbitMQ;

/// <summary>Opens the connection and channel both sides use, and words the broker's failures.</summary>
internal static class Broker
{
    /// <summary>Connects, opens a channel with publisher confirmations and declares the durable filing queue.</summary>
    /// <returns>The connection, the channel, and how many consumers (workers) the queue has.</returns>
    public static async Task<(IConnection Connection, IChannel Channel, uint Consumers)> OpenAsync(RabbitMqFilingOptions options, string name, ushort concurrency, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = options.Uri, ClientProvidedName = name, ConsumerDispatchConcurrency = concurrency };
        IConnection connection;
        try
        {
            connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BrokerUnreachableException e)
        {
            throw Unavailable(null, null, $"cannot reach RabbitMQ at {options.Uri.Host}:{(options.Uri.IsDefaultPort ? 5672 : options.Uri.Port)} ({e.InnerException?.Message ?? e.Message}); start the broker (Debian: apt-get install rabbitmq-server) or fix --queue", e);
        }

        try
        {
            var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, consumerDispatchConcurrency: concurrency), cancellationToken).ConfigureAwait(false);
            var queue = await channel.QueueDeclareAsync(options.QueueName, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (connection, channel, queue.ConsumerCount);
        }
        catch (OperationInterruptedException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw Unavailable(null, null, $"RabbitMQ refused queue {options.QueueName} ({e.Message}); the queue must be durable and not exclusive, or give another --queue-name", e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static GatewayRequestException Unavailable(string? messageId, string? correlationId, string message, Exception? inner) =>
        new("GW-QUEUE", message, null, isTransient: true, mayHaveBeenFiled: messageId is not null, messageId, correlationId, inner);
}
