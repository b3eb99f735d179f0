namespace Gateway.Sdk.Validation;

/// <summary>Holds what a reader made of a document and every problem it met, like NodaTime's <c>ParseResult</c>.</summary>
/// <typeparam name="T">The document type.</typeparam>
/// <param name="Value">The document, or <see langword="null"/> when the input could not be read at all.</param>
/// <param name="Report">The problems found while reading; values that could not be read are left unset and reported here.</param>
public sealed record ReadResult<T>(T? Value, ValidationReport Report)
    where T : class
{
    /// <summary>Returns the document, or throws when it could not be read or has errors.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentValidationException">The input has errors.</exception>
    public T GetValueOrThrow()
    {
        Report.ThrowIfInvalid();
        return Value ?? throw new DocumentValidationException(Report);
    }
}
