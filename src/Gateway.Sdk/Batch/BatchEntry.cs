namespace Gateway.Sdk.Batch;

/// <summary>Represents one filing in a batch journal.</summary>
/// <param name="Key">The filing's key in its batch, such as the workbook's <c>报关单序号</c>.</param>
/// <param name="MessageId">The client-side id the message is filed under, fixed before its first send.</param>
/// <param name="State">Where the filing stands.</param>
/// <param name="UpdatedAt">When the state was recorded.</param>
/// <param name="Detail">The gateway's error code and message for a refusal.</param>
public sealed record BatchEntry(string Key, string MessageId, BatchFilingState State, DateTimeOffset UpdatedAt, string? Detail = null)
{
    /// <summary>Gets when the filing was prepared: its id and bytes recorded, just before its first send.</summary>
    public DateTimeOffset PreparedAt { get; init; }

    /// <summary>Gets when the gateway accepted the filing (its ledger's time), once it is filed.</summary>
    public DateTimeOffset? FiledAt { get; init; }

    /// <summary>Gets the family the gateway filed it under, such as <c>declaration</c>, once it is filed.</summary>
    public string? Family { get; init; }

    /// <summary>Gets the labels given when it was prepared (<see cref="BatchItem.Labels"/>), such as <c>rcep</c>.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Gets the receipts recorded so far, oldest first.</summary>
    public IReadOnlyList<BatchReceipt> Receipts { get; init; } = [];

    /// <summary>Gets the customs entry id (报关单号) from the latest receipt that carries one.</summary>
    public string? EntryId => Receipts.LastOrDefault(static r => r.EntryId is not null)?.EntryId;

    /// <summary>Gets the filing's answer: its first final receipt (<see cref="BatchReceipt.IsFinal"/>), or <see langword="null"/> while it has none.</summary>
    public BatchReceipt? FinalReceipt => Receipts.FirstOrDefault(static r => r.IsFinal);

    /// <summary>Gets the filing's result in a word: the final receipt's status for an answered filing (<c>Closed</c>, <c>Rejected</c> …), else <c>Filed</c>, <c>Refused</c> or <c>Pending</c>.</summary>
    public string Result => State switch
    {
        BatchFilingState.Answered => FinalReceipt!.Status.ToString(),
        BatchFilingState.Filed => "Filed",
        BatchFilingState.Refused => "Refused",
        _ => "Pending",
    };

    /// <summary>Gets the latest receipt, or <see langword="null"/> when none has been recorded.</summary>
    public BatchReceipt? LastReceipt => Receipts.Count == 0 ? null : Receipts[^1];

    /// <inheritdoc/>
    public bool Equals(BatchEntry? other) =>
        other is not null && Key == other.Key && MessageId == other.MessageId && State == other.State && UpdatedAt == other.UpdatedAt && Detail == other.Detail
        && PreparedAt == other.PreparedAt && FiledAt == other.FiledAt && Family == other.Family && Labels.SequenceEqual(other.Labels) && Receipts.SequenceEqual(other.Receipts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Key, MessageId, State, UpdatedAt);
}
