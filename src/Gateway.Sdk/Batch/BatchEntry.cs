namespace Gateway.Sdk.Batch;

/// <summary>Represents one filing in a batch journal.</summary>
/// <param name="Key">The filing's key in its batch, such as the workbook's <c>报关单序号</c>.</param>
/// <param name="MessageId">The client-side id the message is filed under, fixed before its first send.</param>
/// <param name="State">Where the filing stands.</param>
/// <param name="UpdatedAt">When the state was recorded.</param>
/// <param name="Detail">The gateway's error code and message for a refusal, or the filing time for a filed one.</param>
public sealed record BatchEntry(string Key, string MessageId, BatchFilingState State, DateTimeOffset UpdatedAt, string? Detail = null);
