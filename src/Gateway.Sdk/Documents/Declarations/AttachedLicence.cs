using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents an attached licence or certificate (随附单证).</summary>
/// <remarks>Wire element <c>LicenseDocu</c> inside <c>DecLicenseDocus</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record AttachedLicence
{
    /// <summary>Gets the attached licence code, a 随附单证代码 (单证代码).</summary>
    /// <remarks>Wire element <c>DocuCode</c>. Required to save a draft and to submit.</remarks>
    public string? Code { get; init; }

    /// <summary>Gets the licence or certificate number (单证编号).</summary>
    /// <remarks>Wire element <c>CertCode</c>. Required to save a draft and to submit.</remarks>
    public string? Number { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
