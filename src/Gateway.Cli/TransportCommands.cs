using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Gateway.Sdk;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Transport;
using Gateway.Simulator;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway simulate</c>, <c>gateway submit</c> and <c>gateway receipts</c>.</summary>
internal static class TransportCommands
{
    public static Command Simulate(TextWriter output)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1; 0 picks a free one.", DefaultValueFactory = _ => 5080 };
        var data = new Option<string?>("--data") { Description = "Folder for the ledger (ledger.jsonl), kept across restarts; without it the ledger lives in memory." };
        var faultRate = new Option<double>("--fault-rate") { Description = "Share of API requests that meet a fault (503, 429, slow, reset, lost response), 0 to 1." };
        var seed = new Option<int>("--seed") { Description = "Seed of the fault sequence, for reproducible runs.", DefaultValueFactory = _ => 1 };
        var apiKey = new Option<string?>("--api-key") { Description = "The API key callers must send as X-Api-Key; without it one is made and printed." };
        var interval = new Option<double>("--receipt-interval") { Description = "Seconds between one receipt and the next.", DefaultValueFactory = _ => 2 };
        var signers = new Option<string[]>("--signer-cert") { Description = "Certificate of a registered signer (PEM/DER), repeatable: signed messages from it are verified.", AllowMultipleArgumentsPerToken = true };
        var clients = new Option<string[]>("--client-cert") { Description = "Certificate (PEM/DER) a caller may present instead of an API key, repeatable; switches to HTTPS.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("simulate", "Run the local single window on 127.0.0.1 until stopped (Ctrl+C).")
        {
            port, data, faultRate, seed, apiKey, interval, signers, clients,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var rate = parse.GetValue(faultRate);
            if (rate is < 0 or > 1)
            {
                throw new ArgumentException($"--fault-rate {rate} is not between 0 and 1");
            }

            var options = new SimulatorOptions
            {
                Port = parse.GetValue(port),
                DataDirectory = parse.GetValue(data),
                FaultRate = rate,
                Seed = parse.GetValue(seed),
                ApiKeys = parse.GetValue(apiKey) is { } key ? [key] : [],
                ReceiptInterval = TimeSpan.FromSeconds(parse.GetValue(interval)),
                RegisteredSigners = [.. (parse.GetValue(signers) ?? []).Select(LocalSigner.LoadCertificate)],
                ClientCertificates = [.. (parse.GetValue(clients) ?? []).Select(LocalSigner.LoadCertificate)],
            };
            await using var simulator = await GatewaySimulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"gateway simulator listening on {simulator.BaseAddress}");
            output.WriteLine($"api key: {simulator.ApiKey}");
            output.WriteLine($"ledger:  {simulator.LedgerAddress} (send the X-Api-Key header)");
            if (simulator.ServerCertificate is { } server)
            {
                var path = Path.Combine(options.DataDirectory ?? Directory.CreateTempSubdirectory("gateway-simulator-").FullName, "gateway-simulator-https.pem");
                await File.WriteAllTextAsync(path, server.ExportCertificatePem(), cancellationToken).ConfigureAwait(false);
                output.WriteLine($"https:   certificate {path} (pass it to submit/receipts as --server-cert)");
            }

            output.WriteLine($"faults:  {rate:P0} of API requests (seed {options.Seed}); ledger {(options.DataDirectory is null ? "in memory" : "in " + Path.GetFullPath(options.DataDirectory))}; Ctrl+C stops");
            output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            output.WriteLine($"stopped; the ledger holds {simulator.FilingCount} filings");
            return GatewayCommand.Ok;
        });
        return command;
    }

    public static Command Submit(TextWriter output)
    {
        var files = new Argument<string[]>("FILE") { Description = "Messages to file: DXP envelopes or business messages (UTF-8 XML).", Arity = ArgumentArity.OneOrMore };
        var connection = NewConnection();
        var key = new Option<string?>("--key") { Description = "Sign each message with this private key (PEM or PKCS#12) before sending." };
        var cert = new Option<string?>("--cert") { Description = "Certificate (PEM or DER) when the key file does not hold it." };
        var profile = new Option<string?>("--profile") { Description = $"Signature profile: {string.Join(", ", SignatureProfiles.Names)}; default sm2-chinaport for SM2 keys, rsa-sha1-ceb for RSA keys." };
        var sender = new Option<string?>("--sender") { Description = "Wrap each business message in a DXP envelope from this node id (DXPENT…); the envelope is what gets signed." };
        var command = new Command("submit", "File messages, retrying without ever filing one twice; prints one line per file. Exit 0 all filed, 1 some refused, 2 error.")
        {
            files, key, cert, profile, sender,
        };
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var signer = parse.GetValue(key) is { } keyPath ? LocalSigner.FromFiles(keyPath, parse.GetValue(cert), Environment.GetEnvironmentVariable("GATEWAY_KEY_PASSWORD")) : null;
            var chosen = Profile(parse.GetValue(profile));
            using var client = Client(parse, connection);
            var worst = GatewayCommand.Ok;
            foreach (var file in parse.GetValue(files)!)
            {
                var message = default(GatewayMessage);
                try
                {
                    message = await Prepare(File.ReadAllBytes(file), parse.GetValue(sender), signer, chosen, cancellationToken).ConfigureAwait(false);
                    var result = await client.SubmitAsync(message, cancellationToken).ConfigureAwait(false);
                    output.WriteLine($"{file}  {message.Id}  {(result.AlreadyFiled ? "already filed" : "filed")} {result.Filing.AcceptedAt:yyyy-MM-dd HH:mm:ss zzz} ({result.Attempts} attempt{(result.Attempts == 1 ? string.Empty : "s")})");
                }
                catch (Exception e) when (e is GatewayException or IOException or UnauthorizedAccessException)
                {
                    var refused = e is DocumentValidationException || e is GatewayRequestException { IsTransient: false, ErrorCode: not "GW401" };
                    var code = e switch
                    {
                        GatewayRequestException g => g.ErrorCode,
                        SigningException s => s.Code,
                        DocumentValidationException d => d.Report.Errors.FirstOrDefault()?.Code ?? "GW400",
                        _ => "IO",
                    };
                    output.WriteLine($"{file}  {message?.Id ?? "-"}  {(refused ? "refused" : "error")} {code}: {GatewayCommand.OneLine(e.Message)}");
                    worst = Math.Max(worst, refused ? GatewayCommand.Invalid : GatewayCommand.UsageOrIoError);
                }
            }

            return worst;
        });
        return command;
    }

    public static Command Receipts(TextWriter output)
    {
        var id = new Argument<string>("ID") { Description = "The message's client-side id (CopMsgId, ClientSeqNo …)." };
        var connection = NewConnection();
        var watch = new Option<bool>("--watch") { Description = "Keep printing receipts as they arrive until a final one (rejected, closed …)." };
        var command = new Command("receipts", "Print a message's receipts, one line each (time, code, status, text). Exit 0 ok, 1 the last receipt is a rejection, 2 error.")
        {
            id, watch,
        };
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var client = Client(parse, connection);
            var messageId = parse.GetValue(id)!;
            var last = default(GatewayReceipt);
            var receipts = parse.GetValue(watch) ? client.WatchAsync(messageId, cancellationToken) : (await client.GetReceiptsAsync(messageId, cancellationToken).ConfigureAwait(false)).ToAsyncEnumerable();
            await foreach (var receipt in receipts.ConfigureAwait(false))
            {
                output.WriteLine(receipt);
                output.Flush();
                last = receipt;
            }

            if (last is null)
            {
                output.WriteLine($"{messageId}: filed, no receipt yet");
            }

            return last?.Status is ReceiptStatus.Rejected or ReceiptStatus.Failed ? GatewayCommand.Invalid : GatewayCommand.Ok;
        });
        return command;
    }

    /// <summary>Makes the message to file: a bare declaration gets its card signature (<c>DecSign</c>), any other bare message an
    /// enveloped XML signature, and with a sender the message is wrapped in a DXP envelope that is signed, its id derived from
    /// the sender and the business id so that running the command again files nothing twice. The profile is
    /// the one the user named, or null for the defaults (DecSign: sm2-w3 or rsa-sha1-ceb; XML signatures: sm2-chinaport or rsa-sha1-ceb).</summary>
    internal static async Task<GatewayMessage> Prepare(byte[] xml, string? sender, LocalSigner? signer, SignatureProfile? profile, CancellationToken cancellationToken)
    {
        var message = GatewayMessage.FromXml(xml);
        if (sender is not null)
        {
            return await GatewayMessage.EnvelopeAsync(message.Payload, sender, signer: signer, profile: profile, copMsgId: NameBasedId($"{sender}/{message.Family}/{message.Id}"), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (signer is null)
        {
            return message;
        }

        if (message.Family == "declaration" && !message.IsEnveloped)
        {
            // The declaration schema has no place for an enveloped ds:Signature: a bare declaration is signed in DecSign.
            var declaration = new DeclarationXmlReader().Read(xml).GetValueOrThrow();
            var signed = await DeclarationSigner.SignAsync(declaration, signer, new DeclarationSigningOptions { Profile = profile }, cancellationToken).ConfigureAwait(false);
            return GatewayMessage.FromXml(new DeclarationXmlWriter().Write(signed));
        }

        profile ??= signer.KeyAlgorithm == SignatureKeyAlgorithm.Sm2 ? SignatureProfiles.Sm2ChinaPort : SignatureProfiles.RsaSha1Ceb;
        return GatewayMessage.FromXml(await XmlSigner.SignAsync(xml, profile, signer, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Gets the profile the user named with <c>--profile</c>, or <see langword="null"/> for the defaults.</summary>
    internal static SignatureProfile? Profile(string? name) => name is null ? null : SignatureProfiles.Get(name);

    private static string NameBasedId(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D").ToUpperInvariant();
    }

    internal static Connection NewConnection(bool endpointRequired = true) => new(
        new Option<string>("--endpoint") { Description = "The gateway's base address, such as http://127.0.0.1:5080/.", Required = endpointRequired },
        new Option<string?>("--api-key") { Description = "API key sent as X-Api-Key (or set GATEWAY_API_KEY)." },
        new Option<double>("--timeout") { Description = "Seconds each call may take, retries included.", DefaultValueFactory = _ => 120 },
        new Option<int>("--retries") { Description = "How many times a failed attempt is retried, with exponential back-off (0 to 100).", DefaultValueFactory = _ => new GatewayClientOptions().MaxRetries },
        new Option<string?>("--client-cert") { Description = "Client certificate for mutual TLS: PKCS#12, or PEM with --client-key." },
        new Option<string?>("--client-key") { Description = "Private key (PEM) of a PEM --client-cert." },
        new Option<string?>("--server-cert") { Description = "Trust exactly this server certificate (PEM/DER), such as the simulator's." });

    internal static GatewayClient Client(ParseResult parse, Connection connection)
    {
        var endpoint = parse.GetValue(connection.Endpoint)!;
        var total = TimeSpan.FromSeconds(parse.GetValue(connection.Timeout));
        var defaults = new GatewayClientOptions();
        var handler = new SocketsHttpHandler();
        if (parse.GetValue(connection.ClientCertificate) is { } clientPath)
        {
            var keyPath = parse.GetValue(connection.ClientKey);
            using var loaded = keyPath is null ? X509CertificateLoader.LoadPkcs12FromFile(clientPath, Environment.GetEnvironmentVariable("GATEWAY_KEY_PASSWORD")) : X509Certificate2.CreateFromPemFile(clientPath, keyPath);
            handler.SslOptions.ClientCertificates = [X509CertificateLoader.LoadPkcs12(loaded.Export(X509ContentType.Pkcs12), null)];
        }

        if (parse.GetValue(connection.ServerCertificate) is { } serverPath)
        {
            var pinned = LocalSigner.LoadCertificate(serverPath).RawData;
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(pinned);
        }

        return new(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, new GatewayClientOptions
        {
            Endpoint = Uri.TryCreate(endpoint.EndsWith('/') ? endpoint : endpoint + "/", UriKind.Absolute, out var uri) ? uri : throw new ArgumentException($"--endpoint '{endpoint}' is not an absolute http or https address"),
            ApiKey = parse.GetValue(connection.ApiKey) ?? Environment.GetEnvironmentVariable("GATEWAY_API_KEY"),
            TotalTimeout = total,
            MaxRetries = parse.GetValue(connection.Retries),
            AttemptTimeout = total < defaults.AttemptTimeout ? total : defaults.AttemptTimeout,
            BaseDelay = total < TimeSpan.FromSeconds(10) ? TimeSpan.FromMilliseconds(100) : defaults.BaseDelay,
            ReceiptPollInterval = TimeSpan.FromSeconds(1),
        });
    }

    /// <summary>Holds the options every command that talks to a gateway shares.</summary>
    internal sealed record Connection(Option<string> Endpoint, Option<string?> ApiKey, Option<double> Timeout, Option<int> Retries, Option<string?> ClientCertificate, Option<string?> ClientKey, Option<string?> ServerCertificate)
    {
        public void AddTo(Command command)
        {
            foreach (Option option in new Option[] { Endpoint, ApiKey, Timeout, Retries, ClientCertificate, ClientKey, ServerCertificate })
            {
                command.Options.Add(option);
            }
        }
    }
}
