namespace Gateway.Sdk.Validation;

/// <summary>Holds the outcome of <see cref="DocumentValidator.Validate"/>.</summary>
/// <param name="Family">The filing family recognised from the root element (such as <c>declaration</c>), or <see langword="null"/> when none was.</param>
/// <param name="Report">Every issue found: XML and schema problems first, then reading and business rules.</param>
public sealed record DocumentValidationResult(string? Family, ValidationReport Report);
