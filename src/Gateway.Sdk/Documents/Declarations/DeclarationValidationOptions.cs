using Gateway.Sdk.Codes;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Configures <see cref="DeclarationValidator"/>.</summary>
public sealed record DeclarationValidationOptions
{
    /// <summary>Gets the default options.</summary>
    public static DeclarationValidationOptions Default { get; } = new();

    /// <summary>Gets the code tables that codes are checked against.</summary>
    /// <value><see cref="CodeTables.Default"/>, the tables embedded in the SDK.</value>
    public CodeTables CodeTables { get; init; } = CodeTables.Default;

    /// <summary>Gets the attached-document policy profile (rule <c>DEC018</c>), or <see langword="null"/> to skip that rule.</summary>
    /// <value><see cref="AttachedDocumentPolicy.National"/>, the SDK's baseline assumption.</value>
    public AttachedDocumentPolicy? AttachedDocumentPolicy { get; init; } = AttachedDocumentPolicy.National;

    /// <summary>Gets a value indicating whether the fields filled by signing (<c>DecSign/Sign</c>, <c>SignDate</c>) must be present to submit.</summary>
    /// <value><see langword="false"/>: validation comes before signing in the pipeline. Set it to check a final, signed message.</value>
    public bool RequireSignature { get; init; }

    /// <summary>Gets the smallest difference between a line's total and unit price × quantity that is reported (rule <c>DEC013</c>).</summary>
    /// <value>0.01, one cent. The rounding of a 4-decimal unit price (0.00005 × quantity) is always allowed on top.</value>
    public decimal TotalPriceTolerance { get; init; } = 0.01m;
}
