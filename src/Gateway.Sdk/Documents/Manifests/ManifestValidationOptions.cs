namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Configures <see cref="ManifestValidator"/>.</summary>
public sealed record ManifestValidationOptions
{
    /// <summary>Gets the default options.</summary>
    public static ManifestValidationOptions Default { get; } = new();

    /// <summary>Gets how far, in kilograms, a consignment's total gross mass may differ from the sum of its items' (<c>MAN013</c>).</summary>
    /// <value>0.01 kg.</value>
    public decimal GrossMassTolerance { get; init; } = 0.01m;

    /// <summary>Gets a value indicating whether original and pre-stowage manifests must name the consignee and the consignor.</summary>
    /// <value><see langword="true"/>: current rules require both (the date the rule took effect is not verified).</value>
    public bool RequireParties { get; init; } = true;
}
