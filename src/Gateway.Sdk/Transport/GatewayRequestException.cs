namespace Gateway.Sdk.Transport;

/// <summary>Reports that delivering a message, or asking about it, failed; a rejection by customs is a receipt instead.</summary>
/// <remarks>
/// <see cref="ErrorCode"/> is stable: <c>GW4xx</c>/<c>GW5xx</c> are the gateway's own codes (docs/transport.md lists
/// them), <c>TRN001</c> connection failed, <c>TRN002</c> attempt timed out, <c>TRN003</c> overall deadline passed,
/// <c>TRN004</c> circuit breaker open, <c>TRN005</c> the response could not be read, <c>TRN006</c> the TLS connection failed.
/// When <see cref="MayHaveBeenFiled"/> is <see langword="true"/> the gateway may have stored the message: ask with
/// <see cref="IGatewayClient.GetStatusAsync"/>, or submit the same message again, which never files it twice.
/// </remarks>
public sealed class GatewayRequestException : GatewayException
{
    /// <summary>Initializes a new instance of the <see cref="GatewayRequestException"/> class.</summary>
    public GatewayRequestException()
        : this("TRN001", "the gateway request failed", null, false, false, null, null, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GatewayRequestException"/> class.</summary>
    /// <param name="message">The message.</param>
    public GatewayRequestException(string message)
        : this("TRN001", message, null, false, false, null, null, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GatewayRequestException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GatewayRequestException(string message, Exception innerException)
        : this("TRN001", message, null, false, false, null, null, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GatewayRequestException"/> class.</summary>
    /// <param name="errorCode">The stable error code.</param>
    /// <param name="message">One line: what failed and how to fix it.</param>
    /// <param name="statusCode">The HTTP status code, when a response arrived.</param>
    /// <param name="isTransient">Whether trying again later may succeed.</param>
    /// <param name="mayHaveBeenFiled">Whether the gateway may have stored the message.</param>
    /// <param name="messageId">The client-side id of the message.</param>
    /// <param name="correlationId">The correlation id of the request.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public GatewayRequestException(string errorCode, string message, int? statusCode, bool isTransient, bool mayHaveBeenFiled, string? messageId, string? correlationId, Exception? innerException)
        : base(message, innerException!)
    {
        ErrorCode = errorCode;
        StatusCode = statusCode;
        IsTransient = isTransient;
        MayHaveBeenFiled = mayHaveBeenFiled;
        MessageId = messageId;
        CorrelationId = correlationId;
    }

    /// <summary>Gets the stable error code, such as <c>GW409</c> or <c>TRN002</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>Gets the HTTP status code, or <see langword="null"/> when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>Gets a value indicating whether trying again later may succeed (timeouts, 429, 5xx, a broken connection).</summary>
    public bool IsTransient { get; }

    /// <summary>Gets a value indicating whether the gateway may have stored the message although no acknowledgement arrived.</summary>
    public bool MayHaveBeenFiled { get; }

    /// <summary>Gets the client-side id of the message concerned, when there is one.</summary>
    public string? MessageId { get; }

    /// <summary>Gets the correlation id sent as <c>X-Correlation-Id</c>, to quote to the gateway's operators.</summary>
    public string? CorrelationId { get; }
}
