using Gateway.Sdk.Transport;

namespace Gateway.Sdk.Batch;

/// <summary>Represents one receipt of a batch filing as the journal keeps it: enough for a results workbook and a clearance-time report.</summary>
/// <param name="Sequence">The receipt's position among the filing's receipts, from 1.</param>
/// <param name="Code">The raw code, such as <c>P</c> for a released declaration.</param>
/// <param name="Status">The normalized status.</param>
/// <param name="IsFinal">Whether the filing had its answer with this receipt (<see cref="GatewayReceipt.IsFinal"/>).</param>
/// <param name="IssuedAt">When the gateway issued it, when known.</param>
/// <param name="ReceivedAt">When the batch first saw it.</param>
/// <param name="Description">The code's meaning (Chinese), or an empty string.</param>
/// <param name="Note">The receipt's text, such as the reason for a rejection.</param>
/// <param name="EntryId">The customs entry id (报关单号) or other reference the receipt assigns, when it has one.</param>
public sealed record BatchReceipt(int Sequence, string Code, ReceiptStatus Status, bool IsFinal, DateTimeOffset? IssuedAt, DateTimeOffset ReceivedAt, string Description, string? Note, string? EntryId)
{
    /// <summary>Gets the time that counts for the receipt: when it was issued, else when it was received.</summary>
    public DateTimeOffset At => IssuedAt ?? ReceivedAt;

    /// <summary>Formats the receipt as one timeline line, as <see cref="GatewayReceipt.ToString"/> does.</summary>
    /// <returns>A line such as <c>2026-11-22 10:00:03.250 +08:00  P  Released  放行</c>.</returns>
    public override string ToString() => GatewayReceipt.Line(At, Code, Status, Description, Note);

    /// <summary>Makes the journal's record of a receipt read from the gateway.</summary>
    /// <param name="receipt">The receipt.</param>
    /// <param name="receivedAt">When it was received, if the receipt does not say.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipt"/> is <see langword="null"/>.</exception>
    public static BatchReceipt From(GatewayReceipt receipt, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var entryId = receipt.Declaration?.EntryId ?? receipt.Declaration?.SeqNo;
        return new BatchReceipt(receipt.Sequence, receipt.Code, receipt.Status, receipt.IsFinal, receipt.IssuedAt, receipt.ReceivedAt ?? receivedAt, receipt.Description, receipt.Note, string.IsNullOrEmpty(entryId) ? null : entryId);
    }
}
