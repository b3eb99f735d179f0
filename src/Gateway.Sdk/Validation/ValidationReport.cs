namespace Gateway.Sdk.Validation;

/// <summary>Holds every problem that validation found in a document.</summary>
/// <remarks>
/// Validation never stops at the first problem: a report lists everything found, in document order
/// where the document has one. A document is valid when no issue has <see cref="ValidationSeverity.Error"/>.
/// </remarks>
public sealed class ValidationReport
{
    /// <summary>Gets a report with no issues.</summary>
    public static ValidationReport Empty { get; } = new([]);

    /// <summary>Initializes a new instance of the <see cref="ValidationReport"/> class.</summary>
    /// <param name="issues">The issues found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> is <see langword="null"/>.</exception>
    public ValidationReport(IEnumerable<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        Issues = [.. issues];
    }

    /// <summary>Gets every issue found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Gets a value indicating whether the document has no errors (warnings are allowed).</summary>
    public bool IsValid => !Issues.Any(static i => i.Severity == ValidationSeverity.Error);

    /// <summary>Gets the issues with <see cref="ValidationSeverity.Error"/>.</summary>
    public IEnumerable<ValidationIssue> Errors => Issues.Where(static i => i.Severity == ValidationSeverity.Error);

    /// <summary>Gets the issues with <see cref="ValidationSeverity.Warning"/>.</summary>
    public IEnumerable<ValidationIssue> Warnings => Issues.Where(static i => i.Severity == ValidationSeverity.Warning);

    /// <summary>Combines this report with another one.</summary>
    /// <param name="other">The report to append.</param>
    /// <returns>A report with the issues of both, this report's first.</returns>
    public ValidationReport Concat(ValidationReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Issues.Count == 0 ? this : Issues.Count == 0 ? other : new ValidationReport(Issues.Concat(other.Issues));
    }

    /// <summary>Throws when the report has errors.</summary>
    /// <exception cref="DocumentValidationException">The report has at least one error.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new DocumentValidationException(this);
        }
    }

    /// <summary>Lists the issues one per line.</summary>
    /// <returns>The report as text, or <c>valid</c> when it has no issues.</returns>
    public override string ToString() => Issues.Count == 0 ? "valid" : string.Join(Environment.NewLine, Issues);
}
