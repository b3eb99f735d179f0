using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Xml;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Transport;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Simulator;

/// <summary>Runs a local single-window gateway on 127.0.0.1: the HTTP API of docs/simulator.md, backed by a ledger that tests can count.</summary>
/// <remarks>
/// <para>It authenticates callers by API key, identifies each message (DXP envelope or bare business message) by its
/// client-side id, validates it with the SDK's schemas and rules, verifies its signature when the signer is
/// registered, stores it once per id and issues the family's receipts over simulated time. The same id with the
/// same bytes gets the original acknowledgement again; with other bytes it is refused (<c>GW409</c>).</para>
/// <para>Faults are drawn from a seeded sequence (<see cref="SimulatorOptions.FaultRate"/>, <see cref="SimulatorOptions.Seed"/>).</para>
/// </remarks>
public sealed class GatewaySimulator : IAsyncDisposable
{
    private const long MaxBody = 16L * 1024 * 1024;
    private const string BodyKey = "gateway.body";
    private const string LoseKey = "gateway.lose";
    private readonly WebApplication _app;
    private readonly Ledger _ledger;
    private readonly SimulatorOptions _options;
    private readonly FaultInjector _faults;
    private readonly byte[][] _keys;
    private readonly DocumentValidator _validator = new();

    /// <summary>Writes Chinese text and XML in receipts as they are, not as \u escapes, so curl output is readable (the API is JSON, never embedded in HTML).</summary>
    private static readonly WireJson ReadableJson = new(new JsonSerializerOptions(WireJson.Default.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private GatewaySimulator(WebApplication app, Ledger ledger, SimulatorOptions options, string apiKey)
    {
        _app = app;
        _ledger = ledger;
        _options = options;
        _faults = new FaultInjector(options);
        ApiKey = apiKey;
        _keys = [.. options.ApiKeys.DefaultIfEmpty(apiKey).Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>Gets the base address, such as <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Gets the HTTPS certificate, or <see langword="null"/> when the simulator speaks plain HTTP; clients pin it.</summary>
    public X509Certificate2? ServerCertificate { get; private init; }

    /// <summary>Gets the first accepted API key (the generated one when none was configured).</summary>
    public string ApiKey { get; }

    /// <summary>Gets the address of the ledger, <c>/admin/ledger</c>.</summary>
    public Uri LedgerAddress => new(BaseAddress, "admin/ledger");

    /// <summary>Gets or sets the share of <c>/api</c> requests that meet a fault; set it to 1 and back to simulate an outage.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 0 and 1.</exception>
    public double FaultRate
    {
        get => _faults.Rate;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 0);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1);
            _faults.Rate = value;
        }
    }

    /// <summary>Gets how many filings the ledger holds.</summary>
    public int FilingCount => _ledger.Count;

    /// <summary>Starts a simulator.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults (free port, in memory, no faults).</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    /// <returns>The running simulator; dispose it to stop.</returns>
    /// <exception cref="IOException">The port is in use.</exception>
    /// <exception cref="InvalidDataException">The ledger file in <see cref="SimulatorOptions.DataDirectory"/> is damaged.</exception>
    public static async Task<GatewaySimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FaultRate, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.FaultRate, 1, nameof(options));
        var apiKey = options.ApiKeys.Count > 0 ? options.ApiKeys[0] : "sim-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var serverCertificate = options.ClientCertificates.Count == 0 ? options.ServerCertificate : options.ServerCertificate ?? SelfSigned();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port, listen =>
            {
                if (serverCertificate is not null)
                {
                    listen.UseHttps(new HttpsConnectionAdapterOptions
                    {
                        ServerCertificate = serverCertificate,
                        ClientCertificateMode = ClientCertificateMode.AllowCertificate,
                        ClientCertificateValidation = static (_, _, _) => true, // checked against the registered list per request
                    });
                }
            });
            k.Limits.MaxRequestBodySize = MaxBody;
        });
        var app = builder.Build();
        var ledger = default(Ledger);
        try
        {
            ledger = new Ledger(options.DataDirectory);
            var simulator = new GatewaySimulator(app, ledger, options, apiKey) { ServerCertificate = serverCertificate };
            simulator.Map(app);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            simulator.BaseAddress = new Uri(address.TrimEnd('/') + "/");
            return simulator;
        }
        catch
        {
            ledger?.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the simulator and closes its ledger.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _ledger.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/api/messages", context => Authenticated(context, c => Faulted(c, Submit)));
        app.MapGet("/api/messages/{id}", context => Authenticated(context, c => Faulted(c, Status)));
        app.MapGet("/api/messages/{id}/receipts", context => Authenticated(context, c => Faulted(c, Receipts)));
        app.MapGet("/admin/ledger", context => Authenticated(context, LedgerList));
    }

    /// <summary>Draws a fault for an authenticated <c>/api</c> request and applies it around the handler.</summary>
    private async Task Faulted(HttpContext context, Func<HttpContext, Task> handler)
    {
        var fault = _faults.Next();
        switch (fault)
        {
            case SimulatedFault.Unavailable or SimulatedFault.Throttled:
                context.Response.Headers.RetryAfter = ((int)_options.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await (fault == SimulatedFault.Unavailable
                    ? Error(context, 503, "GW503", "the single window is temporarily unavailable (simulated): retry after the Retry-After delay")
                    : Error(context, 429, "GW429", "too many requests (simulated): retry after the Retry-After delay")).ConfigureAwait(false);
                return;
            case SimulatedFault.Reset:
                context.Abort();
                return;
        }

        // The body is read before any delay, so a slow or lost response still files the message: the ambiguous cases.
        if (HttpMethods.IsPost(context.Request.Method))
        {
            try
            {
                using var buffer = new MemoryStream();
                await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
                context.Items[BodyKey] = buffer.ToArray();
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await Error(context, 413, "GW413", $"the message is larger than {MaxBody / (1024 * 1024)} MiB; split it").ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is BadHttpRequestException or IOException or OperationCanceledException)
            {
                context.Abort();
                return;
            }
        }

        if (fault == SimulatedFault.Slow)
        {
            // Not cancelled when the caller gives up (the point of the fault), only when the simulator stops.
            try
            {
                await Task.Delay(_options.SlowResponse, _options.TimeProvider, _app.Lifetime.ApplicationStopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                context.Abort();
                return;
            }
        }

        context.Items[LoseKey] = fault == SimulatedFault.LostResponse;
        await handler(context).ConfigureAwait(false);
    }

    private async Task Authenticated(HttpContext context, Func<HttpContext, Task> handler)
    {
        Correlate(context);
        var presented = Encoding.UTF8.GetBytes(context.Request.Headers["X-Api-Key"].FirstOrDefault() ?? string.Empty);
        var certificate = context.Connection.ClientCertificate?.RawData ?? [];
        if (!_keys.Any(k => CryptographicOperations.FixedTimeEquals(k, presented))
            && !_options.ClientCertificates.Any(c => CryptographicOperations.FixedTimeEquals(c.RawData, certificate)))
        {
            await Error(context, 401, "GW401", "no valid X-Api-Key header or registered client certificate: pass the key gateway simulate printed (--api-key)").ConfigureAwait(false);
            return;
        }

        await handler(context).ConfigureAwait(false);
    }

    private async Task Submit(HttpContext context)
    {
        var body = (byte[])context.Items[BodyKey]!;
        var identified = GatewayMessage.Identify(body, XmlLimits.Default);
        if (identified.Value is not { } message)
        {
            await Error(context, 400, "GW400", "the body is not a message the gateway can file", identified.Report).ConfigureAwait(false);
            return;
        }

        var sha256 = message.PayloadHash();
        try
        {
            if (_ledger.Represent(message.Id, sha256) is { } known)
            {
                await Filed(context, known, replayed: true).ConfigureAwait(false);
                return;
            }

            var business = message.Payload;
            var scenario = Scenario.Parse(Encoding.UTF8.GetString(business.Span), out var scenarioProblem);
            var problem = Check(message) ?? (scenarioProblem is null ? null : ("GW422", scenarioProblem, null));
            if (problem is { } refused)
            {
                await Error(context, 422, refused.Code, refused.Message, refused.Report).ConfigureAwait(false);
                return;
            }

            var (entry, replayed) = _ledger.Add(
                sequence => new LedgerLine(message.Id, sha256, false, message.Family, message.MessageType, _options.TimeProvider.GetUtcNow(), sequence, scenario.Tokens, message.BusinessId, Office(business), message.Family == "manifest" ? ManifestFacts.From(business) : null),
                message.Id,
                sha256);
            await Filed(context, entry, replayed).ConfigureAwait(false);
        }
        catch (LedgerConflictException conflict)
        {
            await Error(context, 409, "GW409", $"id {message.Id} was filed at {conflict.Entry.Line.AcceptedAt:O} with a different payload; a corrected message needs a new id").ConfigureAwait(false);
        }
    }

    /// <summary>Validates the business message and checks its signatures; returns the reason to refuse it, if any.</summary>
    private (string Code, string Message, ValidationReport? Report)? Check(GatewayMessage message)
    {
        var business = message.Payload;
        if (message.IsEnveloped && Verify(message.Content, "envelope") is { } envelopeProblem)
        {
            return envelopeProblem;
        }

        using (var stream = new MemoryStream(business.ToArray(), writable: false))
        {
            var report = _validator.Validate(stream).Report;
            if (!report.IsValid)
            {
                return ("GW422", $"the {message.Family} is invalid ({report.Errors.Count()} errors)", report);
            }
        }

        if (message.Family == "declaration" && _options.RegisteredSigners.Count > 0
            && new DeclarationXmlReader().Read(business.ToArray()).Value is { Sign.Signature.Length: > 0 } declaration
            && !_options.RegisteredSigners.Any(c => DeclarationSigner.Verify(declaration, c)))
        {
            return ("GW422", "DecSign/Sign does not verify with any registered signer's certificate: the declaration was changed after signing, or the signer is not registered", null);
        }

        return Verify(business, message.Family);
    }

    private (string Code, string Message, ValidationReport? Report)? Verify(ReadOnlyMemory<byte> xml, string what)
    {
        if (_options.RegisteredSigners.Count == 0 || xml.Span.IndexOf("http://www.w3.org/2000/09/xmldsig#"u8) < 0)
        {
            return null;
        }

        var document = XmlInput.LoadDocument(xml, XmlLimits.Default);
        if (document.DocumentElement!.ChildNodes.OfType<XmlElement>().All(e => e.LocalName != "Signature" || e.NamespaceURI != XmlDsig.Namespace))
        {
            return null;
        }

        var result = XmlSignatureVerifier.Verify(document, new SignatureVerificationOptions
        {
            Trusted = [.. _options.RegisteredSigners.Select(TrustedSigner.Certificate)],
            TimeProvider = _options.TimeProvider,
        });
        return result.IsValid ? null : ("GW422", $"the {what}'s signature does not verify: {result.Code} {result.Message}", null);
    }

    private async Task Status(HttpContext context)
    {
        var id = RouteId(context);
        if (_ledger.Find(id) is { } entry)
        {
            await Filed(context, entry, replayed: false, status: 200).ConfigureAwait(false);
            return;
        }

        await Error(context, 404, "GW404", $"no message with id {id} has been filed").ConfigureAwait(false);
    }

    private async Task Receipts(HttpContext context)
    {
        var id = RouteId(context);
        if (_ledger.Find(id) is not { } entry)
        {
            await Error(context, 404, "GW404", $"no message with id {id} has been filed").ConfigureAwait(false);
            return;
        }

        _ = int.TryParse(context.Request.Query["after"].FirstOrDefault(), out var after);
        var receipts = ReceiptScript.Due(entry.Line, _options.ReceiptInterval, _options.TimeProvider.GetUtcNow())
            .Where(r => r.Sequence > after)
            .Select(r => new WireReceipt(r.Sequence, r.IssuedAt, r.Xml))
            .ToList();
        await Json(context, 200, new WireReceipts(id, receipts), ReadableJson.WireReceipts).ConfigureAwait(false);
    }

    private Task LedgerList(HttpContext context) =>
        Json(context, 200, [.. _ledger.Snapshot().Select(e => new WireLedgerEntry(e.Line.Id, e.Line.Family!, e.Line.MessageType!, e.Line.AcceptedAt, e.Presented, e.Line.Sha256))], ReadableJson.ListWireLedgerEntry);

    /// <summary>Reads the id from the route; routing decodes every escape but <c>%2F</c>, which ids may contain.</summary>
    private static string RouteId(HttpContext context) => ((string)context.Request.RouteValues["id"]!).Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static void Correlate(HttpContext context) =>
        context.Response.Headers.TryAdd("X-Correlation-Id", context.Request.Headers["X-Correlation-Id"].FirstOrDefault() ?? Guid.NewGuid().ToString("N"));

    private static Task Filed(HttpContext context, LedgerEntry entry, bool replayed, int? status = null)
    {
        context.Response.Headers.Location = $"/api/messages/{Uri.EscapeDataString(entry.Line.Id)}";
        var filing = new WireFiling(entry.Line.Id, entry.Line.Family!, entry.Line.MessageType!, entry.Line.AcceptedAt, entry.Presented, entry.Line.Sha256, replayed);
        return Json(context, status ?? (replayed ? 200 : 202), filing, ReadableJson.WireFiling);
    }

    private static Task Error(HttpContext context, int status, string code, string message, ValidationReport? report = null)
    {
        var issues = report?.Issues.Select(i => new WireIssue(i.Code, i.Severity.ToString().ToLowerInvariant(), i.Message, i.Location.XPath ?? (i.Location.Line > 0 ? $"{i.Location.Line}:{i.Location.Column}" : null))).ToList();
        return Json(context, status, new WireError(code, message, issues), ReadableJson.WireError);
    }

    private static async Task Json<T>(HttpContext context, int status, T value, JsonTypeInfo<T> type)
    {
        if (context.Items[LoseKey] is true)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        try
        {
            await JsonSerializer.SerializeAsync(context.Response.Body, value, type, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The caller went away (a slow response past its timeout); what was done stays done.
        }
    }

    private static X509Certificate2 SelfSigned()
    {
        var key = KeyGenerator.Create(SignatureKeyAlgorithm.Rsa, "CN=127.0.0.1, O=Gateway.Simulator");
        using var ephemeral = X509Certificate2.CreateFromPem(key.CertificatePem, key.PrivateKeyPem);
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
    }

    private static string? Office(ReadOnlyMemory<byte> business)
    {
        var text = Encoding.UTF8.GetString(business.Span);
        var start = text.IndexOf("<CustomMaster>", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("</CustomMaster>", start, StringComparison.Ordinal);
        var office = end < 0 ? null : text[(start + "<CustomMaster>".Length)..end].Trim();
        return office is { Length: 4 } && office.All(char.IsAsciiDigit) ? office : null;
    }
}
