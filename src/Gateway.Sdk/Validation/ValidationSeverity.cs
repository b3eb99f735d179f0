namespace Gateway.Sdk.Validation;

/// <summary>Says how serious a <see cref="ValidationIssue"/> is.</summary>
public enum ValidationSeverity
{
    /// <summary>Information only; the document is acceptable.</summary>
    Info = 0,

    /// <summary>The document can be filed, but something should be checked (for example a code the SDK's partial table does not know).</summary>
    Warning = 1,

    /// <summary>The single window would reject the document, or the SDK cannot process it.</summary>
    Error = 2,
}
