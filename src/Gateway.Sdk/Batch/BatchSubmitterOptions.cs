namespace Gateway.Sdk.Batch;

/// <summary>Configures <see cref="BatchSubmitter"/>.</summary>
public sealed record BatchSubmitterOptions
{
    /// <summary>Gets how many filings are prepared and sent, or asked for receipts, at once.</summary>
    /// <value>4.</value>
    public int MaxParallelism { get; init; } = 4;

    /// <summary>Gets how long, once every filing is sent, the run keeps asking for receipts of filings that have no final one;
    /// <see cref="TimeSpan.Zero"/> asks once. Filings still unanswered stay <see cref="BatchFilingState.Filed"/>, and a later
    /// run with the same journal asks again.</summary>
    /// <value><see cref="TimeSpan.Zero"/>.</value>
    public TimeSpan ReceiptWatch { get; init; } = TimeSpan.Zero;

    /// <summary>Gets the pause between two rounds of receipt requests.</summary>
    /// <value>5 seconds.</value>
    public TimeSpan ReceiptPollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets the clock for receipt times and the pauses between rounds.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
