namespace Gateway.Sdk.Transport;

/// <summary>Delivers messages to the single window and reads their receipts, whatever the connection mode.</summary>
/// <remarks>
/// <see cref="GatewayClient"/> speaks HTTP to a gateway (or <c>gateway simulate</c>); <see cref="FileDropClient"/>
/// uses the desktop client's OutBox/InBox folders. Both file a message at most once per client-side id.
/// </remarks>
public interface IGatewayClient
{
    /// <summary>Delivers a message, retrying transient failures with the same id until the gateway has it or the deadline passes.</summary>
    /// <param name="message">The message; its <see cref="GatewayMessage.Id"/> is the de-duplication key.</param>
    /// <param name="cancellationToken">Cancels waiting (an <see cref="OperationCanceledException"/>); a message already sent may still be filed: ask <see cref="GetStatusAsync"/>, or submit it again, which never files it twice.</param>
    /// <returns>The filing.</returns>
    /// <exception cref="GatewayRequestException">Delivery failed; <see cref="GatewayRequestException.IsTransient"/> says whether trying later may help.</exception>
    Task<SubmissionResult> SubmitAsync(GatewayMessage message, CancellationToken cancellationToken = default);

    /// <summary>Asks whether the gateway holds a message.</summary>
    /// <param name="id">The client-side id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The filing, or <see langword="null"/> when the gateway has no message with that id.</returns>
    /// <exception cref="GatewayRequestException">The gateway could not be asked.</exception>
    Task<Filing?> GetStatusAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets the receipts issued so far for a message, oldest first.</summary>
    /// <param name="id">The client-side id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The receipts; empty when none has been issued yet.</returns>
    /// <exception cref="GatewayRequestException">The gateway could not be asked, or has no message with that id (<c>GW404</c>).</exception>
    Task<IReadOnlyList<GatewayReceipt>> GetReceiptsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Yields a message's receipts as they arrive, ending after the first final one (<see cref="GatewayReceipt.IsFinal"/>).</summary>
    /// <param name="id">The client-side id.</param>
    /// <param name="cancellationToken">Stops watching.</param>
    /// <returns>The receipts in order, each once.</returns>
    /// <exception cref="GatewayRequestException">The gateway could not be asked.</exception>
    IAsyncEnumerable<GatewayReceipt> WatchAsync(string id, CancellationToken cancellationToken = default);
}
