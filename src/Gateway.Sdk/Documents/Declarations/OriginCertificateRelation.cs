using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents the link of a goods line to a certificate of origin line (原产地证书对应关系).</summary>
/// <remarks>Wire element <c>EcoRelation</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record OriginCertificateRelation
{
    /// <summary>Gets the Y plus the agreement code (such as Y03) for a certificate of origin (单证代码).</summary>
    /// <remarks>Wire element <c>CertType</c>. Required to save a draft and to submit.</remarks>
    public string? CertificateType { get; init; }

    /// <summary>Gets the declaration line number (报关单商品项号).</summary>
    /// <remarks>Wire element <c>DecGNo</c>. Required to save a draft and to submit.</remarks>
    public string? DeclarationItemNumber { get; init; }

    /// <summary>Gets the C (certificate) or D (declaration) followed by the certificate number (单证编号).</summary>
    /// <remarks>Wire element <c>EcoCertNo</c>. Required to save a draft and to submit.</remarks>
    public string? CertificateNumber { get; init; }

    /// <summary>Gets the line number on the certificate (对应随附单证商品项号).</summary>
    /// <remarks>Wire element <c>EcoGNo</c>. Required to save a draft and to submit.</remarks>
    public string? CertificateItemNumber { get; init; }

    /// <summary>Gets the extension field (扩展字段); the element name's misspelling is official.</summary>
    /// <remarks>Wire element <c>ExtendFiled</c>. Optional.</remarks>
    public string? Extension { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
