using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents an inspection certificate the declarant requests (申请单证).</summary>
/// <remarks>Wire element <c>DecRequestCert</c> inside <c>DecRequestCerts</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record RequestedCertificate
{
    /// <summary>Gets the requested certificate code (申请单证代码).</summary>
    /// <remarks>Wire element <c>AppCertCode</c>. Required to save a draft and to submit.</remarks>
    public string? Code { get; init; }

    /// <summary>Gets the number of originals (申请单证正本数).</summary>
    /// <remarks>Wire element <c>ApplOri</c>. Optional.</remarks>
    public string? Originals { get; init; }

    /// <summary>Gets the number of copies (申请单证副本数).</summary>
    /// <remarks>Wire element <c>ApplCopyQuan</c>. Optional.</remarks>
    public string? Copies { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
