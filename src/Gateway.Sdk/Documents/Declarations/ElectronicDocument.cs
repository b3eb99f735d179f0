using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents an electronic attached document (the element name's misspelling is official) (电子随附单据).</summary>
/// <remarks>Wire element <c>EdocRealation</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record ElectronicDocument
{
    /// <summary>Gets the file name or document number (文件名、随附单据编号).</summary>
    /// <remarks>Wire element <c>EdocID</c>. Required to save a draft and to submit.</remarks>
    public string? Id { get; init; }

    /// <summary>Gets the document kind such as 00000001 invoice (随附单证类别).</summary>
    /// <remarks>Wire element <c>EdocCode</c>. Required to save a draft and to submit.</remarks>
    public string? Code { get; init; }

    /// <summary>Gets the format: S structured, US unstructured (随附单据格式类型); the element name's misspelling is official.</summary>
    /// <remarks>Wire element <c>EdocFomatType</c>. Required to save a draft and to submit.</remarks>
    public string? Format { get; init; }

    /// <summary>Gets the operation note, such as a re-upload reason (操作说明).</summary>
    /// <remarks>Wire element <c>OpNote</c>. Optional.</remarks>
    public string? OperationNote { get; init; }

    /// <summary>Gets the enterprise's file name (随附单据文件企业名).</summary>
    /// <remarks>Wire element <c>EdocCopId</c>. Optional.</remarks>
    public string? EnterpriseFileName { get; init; }

    /// <summary>Gets the owning unit's customs code (所属单位海关编号).</summary>
    /// <remarks>Wire element <c>EdocOwnerCode</c>. Optional.</remarks>
    public string? OwnerCode { get; init; }

    /// <summary>Gets the signing unit code (签名单位代码).</summary>
    /// <remarks>Wire element <c>SignUnit</c>. Optional.</remarks>
    public string? SigningUnit { get; init; }

    /// <summary>Gets the signing time, yyyyMMdd hh:mm:ss (签名时间).</summary>
    /// <remarks>Wire element <c>SignTime</c>. Optional.</remarks>
    public string? SigningTime { get; init; }

    /// <summary>Gets the owning unit's name (所属单位名称).</summary>
    /// <remarks>Wire element <c>EdocOwnerName</c>. Optional.</remarks>
    public string? OwnerName { get; init; }

    /// <summary>Gets the file size (随附单据文件大小).</summary>
    /// <remarks>Wire element <c>EdocSize</c>. Optional.</remarks>
    public string? Size { get; init; }

    /// <summary>Gets the related line numbers, comma-separated (商品项号关系).</summary>
    /// <remarks>Wire element <c>GNoStr</c>. Optional.</remarks>
    public string? ItemNumbers { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
