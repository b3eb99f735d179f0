using System.Security.Cryptography.X509Certificates;

namespace Gateway.Simulator;

/// <summary>Configures a <see cref="GatewaySimulator"/>.</summary>
public sealed record SimulatorOptions
{
    /// <summary>Gets the port on 127.0.0.1; 0 picks a free one.</summary>
    /// <value>0.</value>
    public int Port { get; init; }

    /// <summary>Gets the folder where the ledger is kept (<c>ledger.jsonl</c>), so a restart loses nothing acknowledged; <see langword="null"/> keeps it in memory.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Gets the share of <c>/api</c> requests that meet an injected fault, from 0 to 1.</summary>
    /// <value>0.</value>
    public double FaultRate { get; init; }

    /// <summary>Gets the kinds of fault to inject; each faulted request gets one of them, chosen at random.</summary>
    /// <value>All kinds.</value>
    public IReadOnlyList<SimulatedFault> Faults { get; init; } = Enum.GetValues<SimulatedFault>();

    /// <summary>Gets the seed of the fault sequence; the same seed and the same requests give the same faults.</summary>
    /// <value>1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the API keys callers may send as <c>X-Api-Key</c>; when empty, the simulator makes one (<see cref="GatewaySimulator.ApiKey"/>).</summary>
    public IReadOnlyList<string> ApiKeys { get; init; } = [];

    /// <summary>Gets the client certificates a caller may present instead of an API key (mutual TLS). When any is given,
    /// the simulator listens on HTTPS with <see cref="ServerCertificate"/>. TLS in .NET carries RSA and ECDSA
    /// certificates, not SM2 ones (TLCP is not supported).</summary>
    public IReadOnlyList<X509Certificate2> ClientCertificates { get; init; } = [];

    /// <summary>Gets the HTTPS certificate, with its private key; <see langword="null"/> makes a self-signed RSA one for
    /// 127.0.0.1 when HTTPS is needed (clients pin it: <see cref="GatewaySimulator.ServerCertificate"/>).</summary>
    public X509Certificate2? ServerCertificate { get; init; }

    /// <summary>Gets the signers' certificates. When any is registered, every signature in a message (the envelope's
    /// <c>ds:Signature</c>, a business <c>ds:Signature</c>, a declaration's <c>DecSign/Sign</c>) must verify with one of
    /// them, or the message is refused; when none is, signatures are not checked.</summary>
    public IReadOnlyList<X509Certificate2> RegisteredSigners { get; init; } = [];

    /// <summary>Gets the simulated time between one receipt and the next.</summary>
    /// <value>2 seconds.</value>
    public TimeSpan ReceiptInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets the <c>Retry-After</c> of injected 429 and 503 responses, in whole seconds.</summary>
    /// <value>1 second.</value>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets how long an injected slow response takes; set it past the client's attempt timeout.</summary>
    /// <value>15 seconds (the client's default attempt timeout is 10).</value>
    public TimeSpan SlowResponse { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets the clock for acceptance and receipt times.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>Names a fault the simulator can inject.</summary>
public enum SimulatedFault
{
    /// <summary>503 Service Unavailable with <c>Retry-After</c>; nothing stored.</summary>
    Unavailable = 0,

    /// <summary>429 Too Many Requests with <c>Retry-After</c>; nothing stored.</summary>
    Throttled = 1,

    /// <summary>The request is read, then handled and answered only after <see cref="SimulatorOptions.SlowResponse"/>: a caller that gave up may find the message filed later.</summary>
    Slow = 2,

    /// <summary>The connection is dropped before the request is handled; nothing stored.</summary>
    Reset = 3,

    /// <summary>The request is handled and the message stored, then the connection is dropped instead of answering: the case that makes naive retries file twice.</summary>
    LostResponse = 4,
}
