namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents the answer of <see cref="ManifestConfirmation.Check"/>: the state, a one-line explanation, and the bill's latest result.</summary>
/// <param name="State">Where the manifest stands.</param>
/// <param name="Message">One line saying why, naming the bill and the receipt.</param>
/// <param name="Bill">The bill's latest result, when a receipt mentions the bill.</param>
public sealed record ManifestConfirmationResult(ManifestConfirmationState State, string Message, ManifestBillResult? Bill = null)
{
    /// <summary>Gets a value indicating whether the manifest is confirmed, the precondition of inspection and release for an advance declaration (提前申报).</summary>
    public bool IsConfirmed => State == ManifestConfirmationState.Confirmed;
}
