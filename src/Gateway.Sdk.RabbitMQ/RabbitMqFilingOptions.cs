namespace Gateway.Sdk.RabbitMQ;

/// <summary>Configures the filing queue, for the batch that puts filings on it (<see cref="RabbitMqGatewayClient"/>) and the workers that take them off (<see cref="RabbitMqFilingWorker"/>).</summary>
public sealed record RabbitMqFilingOptions
{
    /// <summary>Gets the broker's address, such as <c>amqp://guest:guest@127.0.0.1:5672/</c>.</summary>
    public required Uri Uri { get; init; }

    /// <summary>Gets the durable queue the filings go on; the batch and its workers must name the same one.</summary>
    /// <value><c>gateway.filings</c>.</value>
    public string QueueName { get; init; } = "gateway.filings";

    /// <summary>Gets how long the batch waits for a worker's answer to one filing before leaving it pending for the next run.</summary>
    /// <value>10 minutes.</value>
    public TimeSpan ResultTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets how many filings one worker holds and works on at once.</summary>
    /// <value>8.</value>
    public ushort Prefetch { get; init; } = 8;
}
