namespace Gateway.Sdk.Batch;

/// <summary>Says where one filing of a batch stands in the journal.</summary>
public enum BatchFilingState
{
    /// <summary>The message and its id are recorded, and it may have been sent: a resumed batch sends the same bytes again, which the gateway files at most once.</summary>
    Prepared = 0,

    /// <summary>The gateway acknowledged the filing; its final receipt has not arrived yet.</summary>
    Filed = 1,

    /// <summary>The gateway refused the message for good (invalid, or a conflicting id); <see cref="BatchEntry.Detail"/> says why.</summary>
    Refused = 2,

    /// <summary>The filing's final receipt arrived (<see cref="BatchReceipt.IsFinal"/>): released and closed, or rejected by customs; <see cref="BatchEntry.FinalReceipt"/> says which.</summary>
    Answered = 3,
}
