using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents;

/// <summary>Is what <see cref="DocumentValidator"/> needs from a filing family: how to recognise, read and check its XML.</summary>
/// <remarks>Adding a family means adding a folder with one of these and registering it in <see cref="All"/>.</remarks>
internal abstract class DocumentFamily
{
    public static IReadOnlyList<DocumentFamily> All { get; } = [new Declarations.DeclarationFamily()];

    /// <summary>Gets the family's name as shown to users, such as <c>declaration</c>.</summary>
    public abstract string Name { get; }

    public abstract string RootElement { get; }

    public abstract string Namespace { get; }

    /// <summary>Gets the elements that repeat under their parent and so carry an index in XPaths.</summary>
    public abstract IReadOnlySet<string> RepeatedElements { get; }

    /// <summary>Reads the document, leaving reading issues in the session, and returns the issues of the family's rules.</summary>
    public abstract IReadOnlyList<ValidationIssue> ReadAndValidate(Stream utf8Xml, ReadSession session, ValidationLevel? level, DocumentValidatorOptions options);
}
