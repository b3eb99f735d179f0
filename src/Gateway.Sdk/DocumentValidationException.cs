using Gateway.Sdk.Validation;

namespace Gateway.Sdk;

/// <summary>Reports that a document has validation errors, when the caller asked for an exception rather than a report.</summary>
public sealed class DocumentValidationException : GatewayException
{
    /// <summary>Initializes a new instance of the <see cref="DocumentValidationException"/> class.</summary>
    public DocumentValidationException()
        : this(ValidationReport.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentValidationException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public DocumentValidationException(string message)
        : base(message)
    {
        Report = ValidationReport.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentValidationException"/> class with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Report = ValidationReport.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentValidationException"/> class from a report.</summary>
    /// <param name="report">The report with the errors.</param>
    public DocumentValidationException(ValidationReport report)
        : base(Describe(report))
    {
        Report = report;
    }

    /// <summary>Gets the report with every issue found.</summary>
    public ValidationReport Report { get; }

    private static string Describe(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = report.Errors.ToList();
        return errors.Count switch
        {
            0 => "The document is valid.",
            1 => errors[0].ToString(),
            _ => $"{errors[0]} (and {errors.Count - 1} more errors; see Report)",
        };
    }
}
