using Gateway.Sdk.Transport;

namespace Gateway.Sdk.Batch;

/// <summary>Represents one filing to make in a batch: its key and how to make its message (sign it, wrap it) when it is first needed.</summary>
/// <param name="Key">The filing's key, unique in the batch, such as the workbook's <c>报关单序号</c>.</param>
/// <param name="PrepareAsync">Makes the message; called at most once per key over all runs of a journal, since a resumed batch sends the recorded bytes.</param>
public sealed record BatchItem(string Key, Func<CancellationToken, Task<GatewayMessage>> PrepareAsync)
{
    /// <summary>Gets labels the journal keeps with the filing for reports, such as <c>rcep</c> for a declaration that claims RCEP origin (<see cref="BatchLabels"/>).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];
}
