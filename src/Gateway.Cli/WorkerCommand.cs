using System.CommandLine;
using Gateway.Sdk.RabbitMQ;
using Gateway.Sdk.Signing;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway worker --queue URL --endpoint URL</c>: take filings a <c>gateway batch --queue</c> put on a RabbitMQ queue, sign and file them, until stopped.</summary>
internal static class WorkerCommand
{
    public static Command Create(TextWriter output)
    {
        var queue = QueueOption(required: true);
        var queueName = QueueNameOption();
        var prefetch = new Option<int>("--prefetch") { Description = "How many filings this worker works on at once.", DefaultValueFactory = _ => 8 };
        var key = new Option<string?>("--key") { Description = "Sign each filing with this private key (PEM or PKCS#12) before filing it." };
        var cert = new Option<string?>("--cert") { Description = "Certificate (PEM or DER) when the key file does not hold it." };
        var profile = new Option<string?>("--profile") { Description = $"Signature profile: {string.Join(", ", SignatureProfiles.Names)}." };
        var connection = TransportCommands.NewConnection();
        var command = new Command("worker", "Sign and file the filings a 'gateway batch --queue' puts on a RabbitMQ queue, printing a line per filing, until stopped (Ctrl+C or SIGTERM); any number of workers may share a queue. Exit 0 stopped, 2 usage, broker or I/O error.")
        {
            queue, queueName, prefetch, key, cert, profile,
        };
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var signer = parse.GetValue(key) is { } keyPath ? LocalSigner.FromFiles(keyPath, parse.GetValue(cert), Environment.GetEnvironmentVariable("GATEWAY_KEY_PASSWORD")) : null;
            var chosen = TransportCommands.Profile(parse.GetValue(profile));
            using var client = TransportCommands.Client(parse, connection);
            var options = Options(parse, queue, queueName) with { Prefetch = (ushort)Math.Clamp(parse.GetValue(prefetch), 1, ushort.MaxValue) };
            var worker = new RabbitMqFilingWorker(options, client, signer is null ? null : (m, ct) => TransportCommands.Prepare(m.Content.ToArray(), null, signer, chosen, ct));
            var gate = new Lock();
            output.WriteLine($"worker: taking filings from {options.QueueName} at {options.Uri.Host}:{options.Uri.Port}");
            await worker.RunAsync(new SyncProgress<FilingWorkOutcome>(o =>
            {
                lock (gate)
                {
                    output.WriteLine($"{o.MessageId}: {o.Outcome}{(o.Detail is null ? string.Empty : " " + GatewayCommand.OneLine(o.Detail))}");
                }
            }), cancellationToken).ConfigureAwait(false);
            return GatewayCommand.Ok;
        });
        return command;
    }

    internal static Option<string?> QueueOption(bool required) => new("--queue")
    {
        Description = required ? "The RabbitMQ broker, such as amqp://guest:guest@127.0.0.1:5672/." : "Put the filings on a RabbitMQ queue at this broker (amqp://…) for 'gateway worker' processes to sign and file, instead of filing them from here.",
        Required = required,
    };

    internal static Option<string> QueueNameOption() => new("--queue-name") { Description = "The durable queue's name; batch and workers must agree.", DefaultValueFactory = _ => "gateway.filings" };

    internal static RabbitMqFilingOptions Options(ParseResult parse, Option<string?> queue, Option<string> queueName) =>
        new() { Uri = Uri.TryCreate(parse.GetValue(queue), UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps" ? uri : throw new ArgumentException($"--queue {parse.GetValue(queue)}: not an amqp:// or amqps:// address"), QueueName = parse.GetValue(queueName)! };
}
