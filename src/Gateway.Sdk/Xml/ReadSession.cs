using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Xml;

/// <summary>Collects what a reader finds: issues, and optionally where each element was, to place later rule issues.</summary>
internal sealed class ReadSession(XmlLimits limits, bool recordPositions)
{
    public XmlLimits Limits { get; } = limits;

    public List<ValidationIssue> Issues { get; } = [];

    public Dictionary<string, (int Line, int Column)>? Positions { get; } = recordPositions ? new(StringComparer.Ordinal) : null;

    public void Record(string xpath, int line, int column) => Positions?.TryAdd(xpath, (line, column));

    public void Add(string code, ValidationSeverity severity, string message, string? xpath, string? propertyPath, int line, int column) =>
        Issues.Add(new ValidationIssue(code, severity, message, new IssueLocation { XPath = xpath, PropertyPath = propertyPath, Line = line, Column = column }));
}
