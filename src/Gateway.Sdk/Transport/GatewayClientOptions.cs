namespace Gateway.Sdk.Transport;

/// <summary>Configures <see cref="GatewayClient"/>: where to send, how long to wait and how to retry.</summary>
/// <remarks>
/// Defaults follow the .NET standard resilience handler, with two differences for filings: a retry never files twice
/// (the id is fixed before the first attempt and, after an ambiguous failure, the client asks for the id's status
/// before sending again), and the retry count is higher because a filing must get through. docs/transport.md has
/// the table. <see cref="Validate"/> reports every problem at once; the client calls it when it is created.
/// </remarks>
public sealed record GatewayClientOptions
{
    /// <summary>Gets the gateway's base address, such as <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Gets the API key sent as <c>X-Api-Key</c>; never logged.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Gets the limit on one attempt, request to response.</summary>
    /// <value>10 seconds.</value>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the overall deadline of one call, all attempts and delays included.</summary>
    /// <value>2 minutes.</value>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets how many times a failed attempt is retried (so up to this plus one attempts); 0 turns retries off.</summary>
    /// <value>6.</value>
    public int MaxRetries { get; init; } = 6;

    /// <summary>Gets the first retry delay; later ones double (exponential back-off), with jitter when <see cref="UseJitter"/>.</summary>
    /// <value>1 second.</value>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the longest delay between attempts, also the most a <c>Retry-After</c> header can ask for.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets a value indicating whether delays are randomised (decorrelated jitter) so callers do not retry in step.</summary>
    /// <value><see langword="true"/>.</value>
    public bool UseJitter { get; init; } = true;

    /// <summary>Gets the share of failed attempts, within <see cref="BreakerSamplingDuration"/>, that opens the circuit breaker.</summary>
    /// <value>0.5.</value>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>Gets how many attempts the breaker must see in the sampling window before it may open.</summary>
    /// <value>20.</value>
    public int BreakerMinimumThroughput { get; init; } = 20;

    /// <summary>Gets the breaker's sampling window.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets how long the breaker stays open before it lets one trial attempt through.</summary>
    /// <value>5 seconds.</value>
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets how often <see cref="IGatewayClient.WatchAsync"/> asks for new receipts.</summary>
    /// <value>2 seconds.</value>
    public TimeSpan ReceiptPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets the clock for timeouts, delays and receipt times; tests pass a fake one.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Describes the options with the API key hidden, so logging them leaks no secret.</summary>
    /// <returns>The options as text.</returns>
    public override string ToString() =>
        $"GatewayClientOptions {{ Endpoint = {Endpoint}, ApiKey = {(ApiKey is null ? "none" : "(hidden)")}, AttemptTimeout = {AttemptTimeout}, TotalTimeout = {TotalTimeout}, MaxRetries = {MaxRetries}, BaseDelay = {BaseDelay}, MaxDelay = {MaxDelay}, UseJitter = {UseJitter}, BreakerFailureRatio = {BreakerFailureRatio}, BreakerMinimumThroughput = {BreakerMinimumThroughput}, BreakerSamplingDuration = {BreakerSamplingDuration}, BreakerBreakDuration = {BreakerBreakDuration}, ReceiptPollInterval = {ReceiptPollInterval} }}";

    /// <summary>Lists every problem with these options.</summary>
    /// <returns>One line per problem; empty when the options are usable.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Endpoint is null)
        {
            problems.Add("Endpoint is not set: give the gateway's base address, such as http://127.0.0.1:5080/");
        }
        else if (!Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttp && Endpoint.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"Endpoint '{Endpoint}' is not an absolute http or https address");
        }

        Positive(problems, nameof(AttemptTimeout), AttemptTimeout);
        Positive(problems, nameof(TotalTimeout), TotalTimeout);
        Positive(problems, nameof(BaseDelay), BaseDelay);
        Positive(problems, nameof(MaxDelay), MaxDelay);
        Positive(problems, nameof(BreakerSamplingDuration), BreakerSamplingDuration);
        Positive(problems, nameof(BreakerBreakDuration), BreakerBreakDuration);
        Positive(problems, nameof(ReceiptPollInterval), ReceiptPollInterval);
        if (TotalTimeout > TimeSpan.Zero && AttemptTimeout > TotalTimeout)
        {
            problems.Add($"AttemptTimeout ({AttemptTimeout}) is longer than TotalTimeout ({TotalTimeout}); one attempt must fit in the deadline");
        }

        if (MaxDelay > TimeSpan.Zero && BaseDelay > MaxDelay)
        {
            problems.Add($"BaseDelay ({BaseDelay}) is longer than MaxDelay ({MaxDelay})");
        }

        if (MaxRetries is < 0 or > 100)
        {
            problems.Add($"MaxRetries is {MaxRetries}; use 0 to 100");
        }

        if (BreakerFailureRatio is <= 0 or > 1 || double.IsNaN(BreakerFailureRatio))
        {
            problems.Add($"BreakerFailureRatio is {BreakerFailureRatio}; use a value above 0 and at most 1");
        }

        if (BreakerMinimumThroughput < 2)
        {
            problems.Add($"BreakerMinimumThroughput is {BreakerMinimumThroughput}; use 2 or more");
        }

        Within(problems, nameof(BreakerSamplingDuration), BreakerSamplingDuration, TimeSpan.FromMilliseconds(500));
        Within(problems, nameof(BreakerBreakDuration), BreakerBreakDuration, TimeSpan.FromMilliseconds(500));
        Within(problems, nameof(AttemptTimeout), AttemptTimeout, TimeSpan.FromMilliseconds(10));
        Within(problems, nameof(TotalTimeout), TotalTimeout, TimeSpan.FromMilliseconds(10));

        if (TimeProvider is null)
        {
            problems.Add("TimeProvider is null; leave it at TimeProvider.System");
        }

        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds problems, listing all of them.</summary>
    /// <exception cref="ArgumentException">The options have problems.</exception>
    public void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"gateway client options: {string.Join("; ", problems)}", "options");
        }
    }

    private static void Within(List<string> problems, string name, TimeSpan value, TimeSpan least)
    {
        if (value > TimeSpan.Zero && (value < least || value > TimeSpan.FromDays(1)))
        {
            problems.Add($"{name} is {value}; use {least.TotalSeconds:0.###} s to 1 day");
        }
    }

    private static void Positive(List<string> problems, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{name} is {value}; it must be positive");
        }
    }
}
