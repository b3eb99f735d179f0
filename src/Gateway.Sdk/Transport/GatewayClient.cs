using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Gateway.Sdk.Transport;

/// <summary>Delivers messages to a single-window gateway over HTTP, retrying without ever filing a message twice.</summary>
/// <remarks>
/// <para>Every call runs through one Polly pipeline: overall deadline, then retries (exponential back-off with jitter,
/// honouring <c>Retry-After</c> up to <see cref="GatewayClientOptions.MaxDelay"/>), then a circuit breaker shared by
/// all calls of this client, then the per-attempt timeout. Retried: connection failures, timeouts, 408, 429 and 5xx.
/// Not retried: other 4xx (the message or the credentials are wrong) and cancellation.</para>
/// <para>A submission's id is read from the message before the first attempt and every attempt sends the same bytes.
/// When an attempt fails in a way that leaves open whether the gateway stored the message (a timeout, a broken
/// connection, a 500/502/504), the next attempt first asks for the id's status and sends again only when the gateway
/// does not have it. The gateway's de-duplication by id makes the remaining races harmless.</para>
/// <para>Logs go through <see cref="ILogger"/> without payloads or keys; traces and metrics through the
/// <c>Gateway.Sdk</c> <see cref="ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>. Thread-safe.</para>
/// </remarks>
public sealed partial class GatewayClient : IGatewayClient, IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly GatewayClientOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly CircuitBreakerStateProvider _breakerState = new();
    private int _breakerNotClosed;

    /// <summary>Initializes a new instance of the <see cref="GatewayClient"/> class that owns its <see cref="HttpClient"/>.</summary>
    /// <param name="options">The options; validated now, every problem reported together.</param>
    /// <param name="logger">The logger; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The options have problems.</exception>
    public GatewayClient(GatewayClientOptions options, ILogger<GatewayClient>? logger = null)
        : this(new HttpClient(), options, logger)
    {
        _ownsHttp = true;
    }

    /// <summary>Initializes a new instance of the <see cref="GatewayClient"/> class over an existing <see cref="HttpClient"/> (from <c>IHttpClientFactory</c>, say).</summary>
    /// <param name="http">The HTTP client; its own <see cref="HttpClient.Timeout"/> should be longer than <see cref="GatewayClientOptions.TotalTimeout"/>.</param>
    /// <param name="options">The options; validated now, every problem reported together.</param>
    /// <param name="logger">The logger; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The options have problems.</exception>
    public GatewayClient(HttpClient http, GatewayClientOptions options, ILogger<GatewayClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _http = http;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _pipeline = BuildPipeline(options);
    }

    /// <summary>Gets the current state of the circuit breaker: <c>Closed</c>, <c>Open</c>, <c>HalfOpen</c> or <c>Isolated</c>.</summary>
    public CircuitState BreakerState => _breakerState.CircuitState;

    /// <inheritdoc/>
    public async Task<SubmissionResult> SubmitAsync(GatewayMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var activity = GatewayTelemetry.Source.StartActivity("gateway.submit", ActivityKind.Client);
        activity?.SetTag("gateway.message.id", message.Id);
        activity?.SetTag("gateway.message.type", message.MessageType);
        var correlationId = Guid.NewGuid().ToString("N");
        var sha256 = message.PayloadHash();
        var attempts = 0;
        var mayHaveArrived = false; // the last attempt may have been stored: query before sending again
        var mayHaveBeenFiled = false; // some attempt may have been stored: what a failure must admit
        var foundByQuery = default(WireFiling);
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async ct =>
                {
                    attempts++;
                    GatewayTelemetry.Attempts.Add(1);
                    if (mayHaveArrived)
                    {
                        var status = await SendAsync(HttpMethod.Get, $"api/messages/{Uri.EscapeDataString(message.Id)}", null, correlationId, ct).ConfigureAwait(false);
                        if (status.StatusCode == HttpStatusCode.OK)
                        {
                            try
                            {
                                foundByQuery = await ReadAsync(status, WireJson.Default.WireFiling, message.Id, correlationId, true, ct).ConfigureAwait(false);
                            }
                            catch
                            {
                                status.Dispose();
                                throw;
                            }

                            LogFoundByQuery(_logger, message.Id, attempts);
                            return status;
                        }

                        if (status.StatusCode != HttpStatusCode.NotFound)
                        {
                            return status;
                        }

                        status.Dispose();
                    }

                    mayHaveArrived = false;
                    try
                    {
                        var response = await SendAsync(HttpMethod.Post, "api/messages", message.Content, correlationId, ct).ConfigureAwait(false);
                        mayHaveArrived = (int)response.StatusCode is 500 or 502 or 504;
                        mayHaveBeenFiled |= mayHaveArrived || response.IsSuccessStatusCode;
                        return response;
                    }
                    catch (Exception e) when (e is HttpRequestException { HttpRequestError: not HttpRequestError.SecureConnectionError } or OperationCanceledException)
                    {
                        mayHaveArrived = true;
                        mayHaveBeenFiled = true;
                        throw;
                    }
                },
                cancellationToken).ConfigureAwait(false);

            var filing = foundByQuery ?? (response.IsSuccessStatusCode
                ? await ReadAsync(response, WireJson.Default.WireFiling, message.Id, correlationId, true, cancellationToken).ConfigureAwait(false)
                : throw await ErrorAsync(response, message.Id, correlationId, mayHaveBeenFiled, cancellationToken).ConfigureAwait(false));
            if (filing.Sha256 != sha256)
            {
                throw new GatewayRequestException("GW409", $"the gateway holds other content under id {message.Id} (a changed message, or one re-signed with a randomised signature such as SM2 DecSign/Sign): for the same filing ask for its status instead of sending it again; a corrected message needs a new id", 409, false, false, message.Id, correlationId, null);
            }

            GatewayTelemetry.Submissions.Add(1, new KeyValuePair<string, object?>("outcome", foundByQuery is not null || filing.Replayed ? "already_filed" : "filed"));
            LogSubmitted(_logger, message.Id, attempts, filing.Replayed || foundByQuery is not null);
            return new SubmissionResult(ToFiling(filing), foundByQuery is not null || filing.Replayed, attempts, correlationId);
        }
        catch (Exception e) when (Translate(e, message.Id, correlationId, mayHaveBeenFiled, cancellationToken) is { } translated)
        {
            GatewayTelemetry.Submissions.Add(1, new KeyValuePair<string, object?>("outcome", translated.ErrorCode));
            activity?.SetStatus(ActivityStatusCode.Error, translated.ErrorCode);
            LogFailed(_logger, message.Id, attempts, translated.ErrorCode, translated.StatusCode, translated.MayHaveBeenFiled);
            throw translated;
        }
    }

    /// <inheritdoc/>
    public async Task<Filing?> GetStatusAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var correlationId = Guid.NewGuid().ToString("N");
        try
        {
            using var response = await _pipeline.ExecuteAsync(async ct => await SendAsync(HttpMethod.Get, $"api/messages/{Uri.EscapeDataString(id)}", null, correlationId, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.NotFound ? null
                : response.IsSuccessStatusCode ? ToFiling(await ReadAsync(response, WireJson.Default.WireFiling, id, correlationId, false, cancellationToken).ConfigureAwait(false))
                : throw await ErrorAsync(response, id, correlationId, false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e, id, correlationId, false, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<GatewayReceipt>> GetReceiptsAsync(string id, CancellationToken cancellationToken = default) => ReceiptsAsync(id, 0, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<GatewayReceipt> WatchAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return ReceiptWatcher.WatchAsync((after, ct) => ReceiptsAsync(id, after, ct), _options.ReceiptPollInterval, _options.TimeProvider, cancellationToken);
    }

    /// <summary>Releases the <see cref="HttpClient"/> when this client created it.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _breakerNotClosed, 0) == 1)
        {
            GatewayTelemetry.BreakersOpen.Add(-1);
        }

        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<IReadOnlyList<GatewayReceipt>> ReceiptsAsync(string id, int after, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var correlationId = Guid.NewGuid().ToString("N");
        try
        {
            using var response = await _pipeline.ExecuteAsync(async ct => await SendAsync(HttpMethod.Get, $"api/messages/{Uri.EscapeDataString(id)}/receipts?after={after}", null, correlationId, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await ErrorAsync(response, id, correlationId, false, cancellationToken).ConfigureAwait(false);
            }

            var body = await ReadAsync(response, WireJson.Default.WireReceipts, id, correlationId, false, cancellationToken).ConfigureAwait(false);
            var now = _options.TimeProvider.GetUtcNow();
            return [.. body.Receipts.Where(r => r.Sequence > after).Select(r => GatewayReceipts.Parse(r.Xml, id, r.Sequence, r.IssuedAt, now))];
        }
        catch (Exception e) when (Translate(e, id, correlationId, false, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, ReadOnlyMemory<byte>? body, string correlationId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_options.Endpoint!, path));
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", correlationId);
        if (_options.ApiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", _options.ApiKey);
        }

        if (body is { } content)
        {
            request.Content = new ReadOnlyMemoryContent(content);

            // A large body waits for the gateway's go-ahead, so a refusal (413, 401) arrives as an answer, not a broken pipe.
            request.Headers.ExpectContinue = content.Length > 1024 * 1024;
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "utf-8" };
        }

        return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string id, string correlationId, bool mayHaveBeenFiled, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var value = await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false);
                return value is null or WireFiling { Sha256: null } or WireReceipts { Receipts: null } ? throw new JsonException("a required field is missing") : value;
            }
        }
        catch (JsonException e)
        {
            throw new GatewayRequestException("TRN005", $"the gateway's answer ({(int)response.StatusCode}) is not the JSON the API documents: {e.Message}; is the endpoint a single-window gateway?", (int)response.StatusCode, false, mayHaveBeenFiled, id, correlationId, e);
        }
    }

    private static async Task<GatewayRequestException> ErrorAsync(HttpResponseMessage response, string id, string correlationId, bool mayHaveBeenFiled, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        WireError? error = null;
        try
        {
            error = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), WireJson.Default.WireError);
        }
        catch (JsonException)
        {
        }

        var transient = IsTransient(status);
        var code = error?.Error ?? $"GW{status}";
        var text = error?.Message ?? $"the gateway answered {status} {response.ReasonPhrase}";
        if (error?.Issues is { Count: > 0 } issues)
        {
            text += ": " + string.Join("; ", issues.Take(5).Select(i => $"{i.Code} {i.Location} {i.Message}".Replace("  ", " ", StringComparison.Ordinal))) + (issues.Count > 5 ? $"; and {issues.Count - 5} more" : string.Empty);
        }

        return new GatewayRequestException(code, text, status, transient, mayHaveBeenFiled, id, correlationId, null);
    }

    private GatewayRequestException? Translate(Exception e, string id, string correlationId, bool mayHaveBeenFiled, CancellationToken cancellationToken) => e switch
    {
        GatewayRequestException g => g,
        _ when cancellationToken.IsCancellationRequested => null,
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } h => new GatewayRequestException("TRN006", $"the TLS connection failed: {h.InnerException?.Message ?? h.Message}; check the server certificate you trust (--server-cert) and your client certificate", null, false, false, id, correlationId, h),
        HttpRequestException h => new GatewayRequestException("TRN001", $"cannot reach the gateway: {h.Message}; check the endpoint and the network", null, true, mayHaveBeenFiled, id, correlationId, h),
        TimeoutRejectedException t when t.Timeout == _options.TotalTimeout => new GatewayRequestException("TRN003", $"no acknowledgement within the overall deadline of {t.Timeout.TotalSeconds:0.###} s; ask for the message's status or submit it again (it will not be filed twice)", null, true, mayHaveBeenFiled, id, correlationId, t),
        TimeoutRejectedException t => new GatewayRequestException("TRN002", $"the gateway did not answer within {t.Timeout.TotalSeconds:0.###} s after all retries; ask for the message's status or submit it again (it will not be filed twice)", null, true, mayHaveBeenFiled, id, correlationId, t),
        BrokenCircuitException b => new GatewayRequestException("TRN004", $"the circuit breaker is open after repeated failures; the gateway is being given time to recover: try again in {b.RetryAfter?.TotalSeconds ?? 0:0.#} s", null, true, mayHaveBeenFiled, id, correlationId, b),
        OperationCanceledException o => new GatewayRequestException("TRN002", "the HTTP client gave up waiting (HttpClient.Timeout); make it longer than TotalTimeout", null, true, mayHaveBeenFiled, id, correlationId, o),
        _ => null,
    };

    private static Filing ToFiling(WireFiling filing) => new(filing.Id, filing.Family, filing.MessageType, filing.AcceptedAt, filing.Presented);

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(GatewayClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider }.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = Transient().Handle<BrokenCircuitException>(),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                UseJitter = options.UseJitter,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options)),
                OnRetry = args =>
                {
                    GatewayTelemetry.Retries.Add(1, new KeyValuePair<string, object?>("reason", Reason(args.Outcome)));
                    LogRetry(_logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, Reason(args.Outcome));
                    return default;
                },
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = Transient(),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                StateProvider = _breakerState,
                OnOpened = args =>
                {
                    GatewayTelemetry.BreakerOpened.Add(1);
                    if (Interlocked.Exchange(ref _breakerNotClosed, 1) == 0)
                    {
                        GatewayTelemetry.BreakersOpen.Add(1);
                    }

                    LogBreaker(_logger, "opened", args.BreakDuration.TotalSeconds);
                    return default;
                },
                OnClosed = _ =>
                {
                    if (Interlocked.Exchange(ref _breakerNotClosed, 0) == 1)
                    {
                        GatewayTelemetry.BreakersOpen.Add(-1);
                    }

                    LogBreaker(_logger, "closed", 0);
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>Matches what trying again may cure: a broken connection, a timeout, 408, 429 and 5xx.</summary>
    private static PredicateBuilder<HttpResponseMessage> Transient() => new PredicateBuilder<HttpResponseMessage>()
        .Handle<HttpRequestException>(e => e.HttpRequestError != HttpRequestError.SecureConnectionError)
        .Handle<TimeoutRejectedException>()
        .Handle<OperationCanceledException>(e => e.InnerException is TimeoutException)
        .HandleResult(r => IsTransient((int)r.StatusCode));

    private static bool IsTransient(int status) => status is 408 or 429 or >= 500;

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, GatewayClientOptions options)
    {
        if (response?.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var delay = header.Delta ?? (header.Date is { } date ? date - options.TimeProvider.GetUtcNow() : TimeSpan.Zero);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > options.MaxDelay ? options.MaxDelay : delay;
    }

    private static string Reason(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        null => ((int?)outcome.Result?.StatusCode)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
        TimeoutRejectedException => "timeout",
        BrokenCircuitException => "breaker_open",
        HttpRequestException => "connection",
        var e => e.GetType().Name,
    };

    [LoggerMessage(1, LogLevel.Debug, "Retrying gateway call, attempt {Attempt} after {DelayMs} ms ({Reason})")]
    private static partial void LogRetry(ILogger logger, int attempt, double delayMs, string reason);

    [LoggerMessage(2, LogLevel.Information, "Message {MessageId} filed after {Attempts} attempt(s), already filed: {AlreadyFiled}")]
    private static partial void LogSubmitted(ILogger logger, string messageId, int attempts, bool alreadyFiled);

    [LoggerMessage(3, LogLevel.Information, "Message {MessageId} found by status query at attempt {Attempt}; not sent again")]
    private static partial void LogFoundByQuery(ILogger logger, string messageId, int attempt);

    [LoggerMessage(4, LogLevel.Warning, "Message {MessageId} not delivered after {Attempts} attempt(s): {ErrorCode} (HTTP {StatusCode}), may have been filed: {MayHaveBeenFiled}")]
    private static partial void LogFailed(ILogger logger, string messageId, int attempts, string errorCode, int? statusCode, bool mayHaveBeenFiled);

    [LoggerMessage(5, LogLevel.Warning, "Gateway circuit breaker {State} (break {BreakSeconds} s)")]
    private static partial void LogBreaker(ILogger logger, string state, double breakSeconds);
}
