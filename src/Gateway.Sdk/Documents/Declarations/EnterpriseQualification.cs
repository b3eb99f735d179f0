using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents an enterprise qualification the goods require (企业资质).</summary>
/// <remarks>Wire element <c>DecCopLimit</c> inside <c>DecCopLimits</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record EnterpriseQualification
{
    /// <summary>Gets the enterprise qualification number (企业资质编号).</summary>
    /// <remarks>Wire element <c>EntQualifNo</c>. Optional.</remarks>
    public string? Number { get; init; }

    /// <summary>Gets the enterprise qualification type code (企业资质类别代码).</summary>
    /// <remarks>Wire element <c>EntQualifTypeCode</c>. Required to submit.</remarks>
    public string? TypeCode { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
