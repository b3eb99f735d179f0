using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents a licence that covers a goods line (许可证信息).</summary>
/// <remarks>Wire element <c>DecGoodsLimit</c> inside <c>DecGoodsLimits</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record GoodsLicence
{
    /// <summary>Gets the line number the licence applies to (商品序号).</summary>
    /// <remarks>Wire element <c>GoodsNo</c>. Required to save a draft and to submit.</remarks>
    public int? ItemNumber { get; init; }

    /// <summary>Gets the licence type code (许可证类别代码).</summary>
    /// <remarks>Wire element <c>LicTypeCode</c>. Required to submit.</remarks>
    public string? LicenceType { get; init; }

    /// <summary>Gets the licence number (许可证编号).</summary>
    /// <remarks>Wire element <c>LicenceNo</c>. Required to submit.</remarks>
    public string? LicenceNumber { get; init; }

    /// <summary>Gets the licence write-off detail number (许可证核销明细序号).</summary>
    /// <remarks>Wire element <c>LicWrtofDetailNo</c>. Optional.</remarks>
    public string? WriteOffDetailNumber { get; init; }

    /// <summary>Gets the licence write-off quantity (许可证核销数量).</summary>
    /// <remarks>Wire element <c>LicWrtofQty</c>. Optional.</remarks>
    public string? WriteOffQuantity { get; init; }

    /// <summary>Gets the licence write-off unit (许可证核销数量单位).</summary>
    /// <remarks>Wire element <c>LicWrtofQtyUnit</c>. Optional.</remarks>
    public string? WriteOffUnit { get; init; }

    /// <summary>Gets the vehicles (VINs) under this licence (DecGoodsLimitVin).</summary>
    public IReadOnlyList<LicenceVehicle> Vehicles { get; init => field = EquatableList.From(value); } = EquatableList<LicenceVehicle>.Empty;

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
