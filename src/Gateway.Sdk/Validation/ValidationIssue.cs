namespace Gateway.Sdk.Validation;

/// <summary>Describes one problem found in a document: where, what, and how to fix it.</summary>
/// <param name="Code">The stable code of the rule, such as <c>DEC010</c>; see <c>docs/validation-rules.md</c>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Message">A one-line message that says what is wrong and how to fix it.</param>
/// <param name="Location">Where the problem is.</param>
public sealed record ValidationIssue(string Code, ValidationSeverity Severity, string Message, IssueLocation Location)
{
    /// <summary>Formats the issue as <c>location: severity CODE: message</c>.</summary>
    /// <returns>The one-line form used by the <c>gateway</c> tool.</returns>
    public override string ToString()
    {
        var where = Location.ToString();
        var severity = Severity.ToString().ToLowerInvariant();
        return where.Length == 0 ? $"{severity} {Code}: {Message}" : $"{where}: {severity} {Code}: {Message}";
    }
}
