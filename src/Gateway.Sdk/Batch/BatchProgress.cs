namespace Gateway.Sdk.Batch;

/// <summary>Counts a batch's filings by state, reported after each filing changes state.</summary>
/// <param name="Total">The filings in the batch.</param>
/// <param name="Filed">Acknowledged by the gateway, in this run or an earlier one, answered ones included.</param>
/// <param name="Refused">Refused by the gateway for good.</param>
/// <param name="Pending">Prepared but not acknowledged: a transient failure outlasted the retries; the next run sends them again.</param>
public sealed record BatchProgress(int Total, int Filed, int Refused, int Pending)
{
    /// <summary>Gets the filed filings whose final receipt has arrived.</summary>
    public int Answered { get; init; }

    /// <summary>Gets the answered filings that customs rejected (a final receipt with <see cref="ReceiptStatus.Rejected"/>).</summary>
    public int Rejected { get; init; }

    /// <summary>Gets the filings not yet sent in this run.</summary>
    public int Waiting => Total - Filed - Refused - Pending;
}
