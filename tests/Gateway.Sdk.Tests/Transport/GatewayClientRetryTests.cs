using System.Net;
using System.Security.Cryptography;
using System.Text;
using Gateway.Sdk.Transport;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.Transport;

/// <summary>The client's retry policy on a fake clock: every delay is observed, nothing sleeps.</summary>
public class GatewayClientRetryTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromHours(1);
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromHours(10);
    private static readonly GatewayMessage Message = new() { Id = "EXP0001", Family = "declaration", MessageType = "DECMSG", Content = "<DecMessage/>"u8.ToArray() };

    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)));

    private GatewayClientOptions Options => new()
    {
        Endpoint = new Uri("http://127.0.0.1:9/"),
        ApiKey = "k",
        AttemptTimeout = AttemptTimeout,
        TotalTimeout = TotalTimeout,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(5),
        UseJitter = false,
        MaxRetries = 6,
        BreakerMinimumThroughput = 100,
        TimeProvider = _time,
    };

    [Fact]
    public async Task SubmitAsync_GatewayReturns503Twice_SucceedsOnThirdAttemptAfterExponentialDelays()
    {
        var handler = new ScriptedHandler(Status(503), Status(503), Filed());
        using var client = Client(handler);

        var submit = client.SubmitAsync(Message);
        var delays = await RunDelaysAsync(submit);

        (await submit).Attempts.ShouldBe(3);
        delays.ShouldBe([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]);
        handler.Requests.ShouldBe(["POST /api/messages", "POST /api/messages", "POST /api/messages"]);
    }

    [Fact]
    public async Task SubmitAsync_BackOff_DoublesUntilMaxDelayThenStops()
    {
        var handler = new ScriptedHandler(Enumerable.Repeat(Status(503), 7).ToArray());
        using var client = Client(handler);

        var submit = client.SubmitAsync(Message);
        var delays = await RunDelaysAsync(submit);

        var error = await Should.ThrowAsync<GatewayRequestException>(submit);
        error.ErrorCode.ShouldBe("GW503");
        error.IsTransient.ShouldBeTrue();
        delays.ShouldBe(new[] { 1, 2, 4, 5, 5, 5 }.Select(s => TimeSpan.FromSeconds(s)));
        handler.Requests.Count.ShouldBe(7);
    }

    [Fact]
    public async Task SubmitAsync_WithJitter_EveryDelayIsPositiveAndWithinMaxDelay()
    {
        var handler = new ScriptedHandler(Enumerable.Repeat(Status(503), 7).ToArray());
        using var client = Client(handler, Options with { UseJitter = true, MaxDelay = TimeSpan.FromSeconds(3) });

        var submit = client.SubmitAsync(Message);
        var delays = await RunDelaysAsync(submit);

        await Should.ThrowAsync<GatewayRequestException>(submit);
        delays.Count.ShouldBe(6);
        delays.ShouldAllBe(d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData(429, 4)]
    [InlineData(503, 3)]
    public async Task SubmitAsync_RetryAfterHeader_IsHonoured(int status, int seconds)
    {
        var handler = new ScriptedHandler(Status(status, retryAfter: seconds), Filed());
        using var client = Client(handler);

        var submit = client.SubmitAsync(Message);
        var delays = await RunDelaysAsync(submit);

        (await submit).Attempts.ShouldBe(2);
        delays.ShouldBe([TimeSpan.FromSeconds(seconds)]);
    }

    [Fact]
    public async Task SubmitAsync_RetryAfterLongerThanMaxDelay_WaitsMaxDelay()
    {
        var handler = new ScriptedHandler(Status(503, retryAfter: 3600), Filed());
        using var client = Client(handler);

        var submit = client.SubmitAsync(Message);
        var delays = await RunDelaysAsync(submit);

        await submit;
        delays.ShouldBe([TimeSpan.FromSeconds(5)]);
    }

    [Theory]
    [InlineData(400, "GW400")]
    [InlineData(401, "GW401")]
    [InlineData(409, "GW409")]
    [InlineData(422, "GW422")]
    public async Task SubmitAsync_NonTransient4xx_IsNotRetried(int status, string code)
    {
        var handler = new ScriptedHandler(Status(status));
        using var client = Client(handler);

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(Message));

        error.ErrorCode.ShouldBe(code);
        error.StatusCode.ShouldBe(status);
        error.IsTransient.ShouldBeFalse();
        error.MayHaveBeenFiled.ShouldBeFalse();
        handler.Requests.Count.ShouldBe(1);
        _time.Started.Where(IsDelay).ShouldBeEmpty();
    }

    [Fact]
    public async Task SubmitAsync_CancelledDuringBackOff_StopsWithoutAnotherAttempt()
    {
        var handler = new ScriptedHandler(Status(503), Filed());
        using var client = Client(handler);
        using var cancellation = new CancellationTokenSource();

        var submit = client.SubmitAsync(Message, cancellation.Token);
        await _time.PendingAsync(IsDelay);
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(submit);
        _time.Advance(TimeSpan.FromMinutes(1));
        handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task SubmitAsync_ConnectionDroppedAfterSending_AsksForStatusAndDoesNotSendAgain()
    {
        var handler = new ScriptedHandler(_ => throw new HttpRequestException("response ended prematurely"), Filed(HttpStatusCode.OK));
        using var client = Client(handler);

        var submit = client.SubmitAsync(Message);
        await RunDelaysAsync(submit);

        var result = await submit;
        result.AlreadyFiled.ShouldBeTrue();
        handler.Requests.ShouldBe(["POST /api/messages", "GET /api/messages/EXP0001"]);
    }

    [Fact]
    public async Task SubmitAsync_AttemptTimedOutAndGatewayHasNoRecord_SendsAgain()
    {
        var hang = new TaskCompletionSource<HttpResponseMessage>();
        var handler = new ScriptedHandler(_ => hang.Task, Status(404), Filed());
        using var client = Client(handler, Options with { AttemptTimeout = TimeSpan.FromSeconds(30) });

        var submit = client.SubmitAsync(Message);
        _time.Advance(await _time.PendingAsync(d => d == TimeSpan.FromSeconds(30)));
        await RunDelaysAsync(submit);

        var result = await submit;
        result.AlreadyFiled.ShouldBeFalse();
        result.Attempts.ShouldBe(2);
        handler.Requests.ShouldBe(["POST /api/messages", "GET /api/messages/EXP0001", "POST /api/messages"]);
    }

    [Fact]
    public async Task SubmitAsync_GatewayHoldsDifferentPayloadUnderTheId_ReportsConflict()
    {
        var handler = new ScriptedHandler(Filed(sha: new string('0', 64)));
        using var client = Client(handler);

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(Message));

        error.ErrorCode.ShouldBe("GW409");
        error.IsTransient.ShouldBeFalse();
    }

    [Fact]
    public async Task SubmitAsync_BreakerOpens_FailsFastWithTrn004()
    {
        var handler = new ScriptedHandler(Enumerable.Repeat(Status(500), 50).ToArray());
        using var client = Client(handler, Options with { BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5, MaxRetries = 1, BreakerBreakDuration = TimeSpan.FromMinutes(10) });
        var breakerMetric = new List<int>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GatewayTelemetry.Name && instrument.Name == "gateway.breaker.open")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => breakerMetric.Add(value));
        listener.Start();

        var first = client.SubmitAsync(Message);
        await RunDelaysAsync(first);
        await Should.ThrowAsync<GatewayRequestException>(first);
        client.BreakerState.ShouldBe(Polly.CircuitBreaker.CircuitState.Open);
        var sent = handler.Requests.Count;

        var second = client.SubmitAsync(Message with { Id = "EXP0002" });
        await RunDelaysAsync(second);
        var error = await Should.ThrowAsync<GatewayRequestException>(second);

        error.ErrorCode.ShouldBe("TRN004");
        error.IsTransient.ShouldBeTrue();
        handler.Requests.Count.ShouldBe(sent);
        breakerMetric.ShouldBe([1], "gateway.breaker.open counts this client once while its breaker is open");
    }

    [Fact]
    public async Task SubmitAsync_AmbiguousAttemptThenDefiniteFailures_StillSaysItMayHaveBeenFiled()
    {
        // A slow first request may be stored after the status query said 404: the failure must not deny it.
        var handler = new ScriptedHandler(_ => throw new HttpRequestException("reset"), Status(404), Status(503), Status(503));
        using var client = Client(handler, Options with { MaxRetries = 2 });

        var submit = client.SubmitAsync(Message);
        await RunDelaysAsync(submit);

        var error = await Should.ThrowAsync<GatewayRequestException>(submit);
        (error.ErrorCode, error.IsTransient, error.MayHaveBeenFiled).ShouldBe(("GW503", true, true));
    }

    [Fact]
    public async Task SubmitAsync_AcceptedButBodyUnreadable_SaysItMayHaveBeenFiled()
    {
        var handler = new ScriptedHandler(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent("<html>proxy</html>") }));
        using var client = Client(handler);

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(Message));

        (error.ErrorCode, error.MayHaveBeenFiled).ShouldBe(("TRN005", true));
    }

    [Fact]
    public async Task SubmitAsync_MaxRetriesZero_MakesOneAttempt()
    {
        var handler = new ScriptedHandler(Status(503), Filed());
        using var client = Client(handler, Options with { MaxRetries = 0 });

        (await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(Message))).ErrorCode.ShouldBe("GW503");
        handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task SubmitAsync_TlsFailure_IsNotRetriedAndNotFiled()
    {
        var handler = new ScriptedHandler(_ => throw new HttpRequestException(HttpRequestError.SecureConnectionError, "The remote certificate is invalid"));
        using var client = Client(handler);

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(Message));

        (error.ErrorCode, error.IsTransient, error.MayHaveBeenFiled).ShouldBe(("TRN006", false, false));
        handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public void ToString_HidesTheApiKey() =>
        (Options with { ApiKey = "TopSecretKey" }).ToString().ShouldNotContain("TopSecretKey");

    [Fact]
    public void Constructor_InvalidOptions_ReportsEveryProblemTogether()
    {
        var options = new GatewayClientOptions { AttemptTimeout = TimeSpan.Zero, MaxRetries = -1, BreakerFailureRatio = 2 };

        var error = Should.Throw<ArgumentException>(() => new GatewayClient(options));

        error.Message.ShouldContain("Endpoint is not set");
        error.Message.ShouldContain("AttemptTimeout");
        error.Message.ShouldContain("MaxRetries");
        error.Message.ShouldContain("BreakerFailureRatio");
    }

    [Fact]
    public void Validate_Defaults_WithEndpoint_HasNoProblems() =>
        new GatewayClientOptions { Endpoint = new Uri("https://gateway.example/") }.Validate().ShouldBeEmpty();

    private static bool IsDelay(TimeSpan d) => d != AttemptTimeout && d != TotalTimeout && d != TimeSpan.FromSeconds(30);

    /// <summary>Lets every back-off delay elapse until the call ends; returns the delays in order.</summary>
    private async Task<List<TimeSpan>> RunDelaysAsync(Task call)
    {
        var delays = new List<TimeSpan>();
        while (true)
        {
            var pending = _time.PendingAsync(IsDelay);
            if (await Task.WhenAny(call, pending) == call)
            {
                return delays;
            }

            var delay = await pending;
            delays.Add(delay);
            _time.Advance(delay);
        }
    }

    private GatewayClient Client(ScriptedHandler handler, GatewayClientOptions? options = null) => new(new HttpClient(handler), options ?? Options);

    private static Func<HttpRequestMessage, Task<HttpResponseMessage>> Status(int status, int? retryAfter = null) => _ =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent($$"""{"error":"GW{{status}}","message":"scripted {{status}}"}""") };
        if (retryAfter is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return Task.FromResult(response);
    };

    private static Func<HttpRequestMessage, Task<HttpResponseMessage>> Filed(HttpStatusCode status = HttpStatusCode.Accepted, string? sha = null) => _ =>
    {
        var hash = sha ?? Convert.ToHexStringLower(SHA256.HashData(Message.Content.Span));
        var json = $$"""{"id":"{{Message.Id}}","family":"declaration","messageType":"DECMSG","acceptedAt":"2026-11-22T10:00:00+08:00","presented":1,"sha256":"{{hash}}","replayed":false}""";
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    };

    /// <summary>Answers requests from a script, one step per request, and records them.</summary>
    private sealed class ScriptedHandler(params Func<HttpRequestMessage, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
    {
        private int _next;

        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            }

            var step = Interlocked.Increment(ref _next) - 1;
            return step < steps.Length ? steps[step](request).WaitAsync(cancellationToken) : throw new InvalidOperationException($"unscripted request {request.Method} {request.RequestUri}");
        }
    }
}
