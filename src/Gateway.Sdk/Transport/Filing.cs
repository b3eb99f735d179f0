namespace Gateway.Sdk.Transport;

/// <summary>Represents a message the gateway has stored: what its ledger says about one client-side id.</summary>
/// <param name="Id">The client-side id.</param>
/// <param name="Family">The family, such as <c>declaration</c>.</param>
/// <param name="MessageType">The message type, such as <c>DECMSG</c>.</param>
/// <param name="AcceptedAt">When the gateway first accepted it.</param>
/// <param name="TimesPresented">How many times it has been presented, retries and duplicates included.</param>
public sealed record Filing(string Id, string Family, string MessageType, DateTimeOffset AcceptedAt, int TimesPresented);

/// <summary>Represents the outcome of <see cref="IGatewayClient.SubmitAsync"/>: the message is filed, exactly once.</summary>
/// <param name="Filing">The filing.</param>
/// <param name="AlreadyFiled">Whether the gateway already held this message (an earlier attempt, or an earlier run, got through).</param>
/// <param name="Attempts">How many attempts the call made, status queries included.</param>
/// <param name="CorrelationId">The correlation id sent as <c>X-Correlation-Id</c>.</param>
public sealed record SubmissionResult(Filing Filing, bool AlreadyFiled, int Attempts, string CorrelationId);
