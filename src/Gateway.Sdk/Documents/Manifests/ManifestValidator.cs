using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Checks a <see cref="CargoManifest"/> against the manifest rules: required fields per message type, code shapes and cross-field consistency.</summary>
/// <remarks>
/// Rules and codes are listed in docs/validation-rules.md: <c>MAN001</c> required field, <c>MAN004</c> code shape,
/// <c>MAN010</c> ISO 6346 container number, <c>MAN011</c> IMO check digit, <c>MAN012</c> UN/LOCODE, <c>MAN013</c> gross
/// masses, <c>MAN014</c> item container not in the consignment, <c>MAN015</c> bill repeated, <c>MAN016</c> message id shape,
/// <c>MAN017</c> item numbering, <c>MAN018</c> container repeated. Original and pre-stowage manifests (<c>MT1xxx</c>,
/// <c>MT2xxx</c>) need the full consignment data unless they delete (function <c>3</c>); arrival reports (<c>MT3xxx</c>)
/// need the office, the place and the containers or bills; other types need the voyage and a bill or a container.
/// Every issue carries the XPath the writer would produce and the model property path. Thread-safe.
/// </remarks>
public sealed class ManifestValidator
{
    private readonly ManifestValidationOptions _options;

    /// <summary>Initializes a new instance of the <see cref="ManifestValidator"/> class.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ManifestValidationOptions.Default"/>.</param>
    public ManifestValidator(ManifestValidationOptions? options = null) => _options = options ?? ManifestValidationOptions.Default;

    /// <summary>Checks a manifest.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <returns>The problems found; <see cref="ValidationReport.IsValid"/> when there are no errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(CargoManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var run = new ManifestRules(_options);
        run.Check(manifest);
        return new ValidationReport(run.Issues);
    }
}
