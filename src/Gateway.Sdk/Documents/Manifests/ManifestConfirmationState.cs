namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Says where the manifest of a declaration's bill of lading stands (see <see cref="ManifestConfirmation"/>).</summary>
public enum ManifestConfirmationState
{
    /// <summary>The declaration names no bill of lading (<c>DecHead/BillNo</c>), so there is nothing to look up.</summary>
    NoBill = 0,

    /// <summary>No receipt given mentions the bill (on the declaration's voyage, when both name one).</summary>
    NotFound = 1,

    /// <summary>The bill's latest result is manual review (02): not confirmed yet.</summary>
    Pending = 2,

    /// <summary>The bill's latest result is accepted (01) or released (11): the manifest is confirmed (确报).</summary>
    Confirmed = 3,

    /// <summary>The bill's latest result is rejected (03): the manifest must be corrected and filed again.</summary>
    Rejected = 4,

    /// <summary>The bill's latest result is a customs hold: loading refused (12) or discharge prohibited (13).</summary>
    Held = 5,
}
