using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Validation;

/// <summary>Configures <see cref="DocumentValidator"/>.</summary>
public sealed record DocumentValidatorOptions
{
    /// <summary>Gets the default options.</summary>
    public static DocumentValidatorOptions Default { get; } = new();

    /// <summary>Gets the schemas documents are checked against.</summary>
    /// <value><see cref="SchemaCatalog.Default"/>, the SDK's own XSDs; use <see cref="SchemaCatalog.FromDirectory"/> for official ones.</value>
    public SchemaCatalog Schemas { get; init; } = SchemaCatalog.Default;

    /// <summary>Gets the limits that protect against hostile input.</summary>
    /// <value><see cref="XmlLimits.Default"/>.</value>
    public XmlLimits Limits { get; init; } = XmlLimits.Default;

    /// <summary>Gets the options of the customs declaration rules.</summary>
    /// <value><see cref="DeclarationValidationOptions.Default"/>.</value>
    public DeclarationValidationOptions Declarations { get; init; } = DeclarationValidationOptions.Default;

    /// <summary>Gets the options of the cargo manifest rules.</summary>
    /// <value><see cref="ManifestValidationOptions.Default"/>.</value>
    public ManifestValidationOptions Manifests { get; init; } = ManifestValidationOptions.Default;

    /// <summary>Gets the options of the certificate of origin rules.</summary>
    /// <value><see cref="Documents.Origin.OriginValidationOptions.Default"/>.</value>
    public Documents.Origin.OriginValidationOptions Origin { get; init; } = Documents.Origin.OriginValidationOptions.Default;
}
