using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gateway.Sdk.Transport;

/// <summary>Holds the SDK's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>Gateway.Sdk</c>, so OpenTelemetry can collect them by name.</summary>
/// <remarks>
/// Instruments: <c>gateway.submissions</c> (tag <c>outcome</c>: <c>filed</c>, <c>already_filed</c> or an error code),
/// <c>gateway.attempts</c>, <c>gateway.retries</c> (tag <c>reason</c>: a status code, <c>timeout</c>,
/// <c>connection</c>, <c>breaker_open</c>), <c>gateway.breaker.opened</c>, <c>gateway.breaker.open</c> (clients whose
/// breaker is not closed now) and <c>gateway.receipt.latency</c> (seconds
/// from a receipt's issue to this client seeing it, tag <c>status</c>). Activities: <c>gateway.submit</c> with tags
/// <c>gateway.message.id</c> and <c>gateway.message.type</c>. No payload, key or PIN is ever recorded.
/// </remarks>
public static class GatewayTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "Gateway.Sdk";

    /// <summary>Gets the activity source.</summary>
    public static ActivitySource Source { get; } = new(Name, typeof(GatewayTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Gets the meter.</summary>
    public static Meter Meter { get; } = new(Name, typeof(GatewayTelemetry).Assembly.GetName().Version?.ToString());

    internal static Counter<long> Submissions { get; } = Meter.CreateCounter<long>("gateway.submissions", description: "Submissions finished, by outcome.");

    internal static Counter<long> Attempts { get; } = Meter.CreateCounter<long>("gateway.attempts", description: "Attempts made by submissions, status queries included.");

    internal static Counter<long> Retries { get; } = Meter.CreateCounter<long>("gateway.retries", description: "Retries of gateway calls, by reason.");

    internal static Counter<long> BreakerOpened { get; } = Meter.CreateCounter<long>("gateway.breaker.opened", description: "Times the circuit breaker opened.");

    internal static UpDownCounter<int> BreakersOpen { get; } = Meter.CreateUpDownCounter<int>("gateway.breaker.open", description: "Clients whose circuit breaker is open or half-open.");

    internal static Histogram<double> ReceiptLatency { get; } = Meter.CreateHistogram<double>("gateway.receipt.latency", unit: "s", description: "Seconds from a receipt's issue to the client seeing it.");
}
