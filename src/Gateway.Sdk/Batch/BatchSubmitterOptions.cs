namespace Gateway.Sdk.Batch;

/// <summary>Configures <see cref="BatchSubmitter"/>.</summary>
public sealed record BatchSubmitterOptions
{
    /// <summary>Gets how many filings are prepared and sent at once.</summary>
    /// <value>4.</value>
    public int MaxParallelism { get; init; } = 4;
}
