using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents one vehicle (VIN) under a goods-line licence (许可证VIN信息).</summary>
/// <remarks>Wire element <c>DecGoodsLimitVin</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record LicenceVehicle
{
    /// <summary>Gets the licence number (许可证编号).</summary>
    /// <remarks>Wire element <c>LicenceNo</c>. Required to save a draft and to submit.</remarks>
    public string? LicenceNumber { get; init; }

    /// <summary>Gets the licence type code (许可证类别代码).</summary>
    /// <remarks>Wire element <c>LicTypeCode</c>. Required to save a draft and to submit.</remarks>
    public string? LicenceType { get; init; }

    /// <summary>Gets the VIN sequence number (VIN序号).</summary>
    /// <remarks>Wire element <c>VinNo</c>. Optional.</remarks>
    public string? VinSequence { get; init; }

    /// <summary>Gets the bill of lading date (提/运单日期).</summary>
    /// <remarks>Wire element <c>BillLadDate</c>. Optional.</remarks>
    public DateOnly? BillOfLadingDate { get; init; }

    /// <summary>Gets the quality warranty period (质量保质期).</summary>
    /// <remarks>Wire element <c>QualityQgp</c>. Optional.</remarks>
    public string? WarrantyPeriod { get; init; }

    /// <summary>Gets the engine or motor number (发动机号或电机号).</summary>
    /// <remarks>Wire element <c>MotorNo</c>. Optional.</remarks>
    public string? MotorNumber { get; init; }

    /// <summary>Gets the vehicle identification number (车辆识别代码).</summary>
    /// <remarks>Wire element <c>VinCode</c>. Optional.</remarks>
    public string? Vin { get; init; }

    /// <summary>Gets the chassis number (底盘(车架)号).</summary>
    /// <remarks>Wire element <c>ChassisNo</c>. Optional.</remarks>
    public string? ChassisNumber { get; init; }

    /// <summary>Gets the quantity on the invoice (发票所列数量).</summary>
    /// <remarks>Wire element <c>InvoiceNum</c>. Optional.</remarks>
    public decimal? InvoiceQuantity { get; init; }

    /// <summary>Gets the product name in Chinese (品名(中文名称)).</summary>
    /// <remarks>Wire element <c>ProdCnnm</c>. Optional.</remarks>
    public string? ProductChineseName { get; init; }

    /// <summary>Gets the product name in English (品名(英文名称)).</summary>
    /// <remarks>Wire element <c>ProdEnnm</c>. Optional.</remarks>
    public string? ProductEnglishName { get; init; }

    /// <summary>Gets the model in English (型号(英文)).</summary>
    /// <remarks>Wire element <c>ModelEn</c>. Optional.</remarks>
    public string? ModelEnglish { get; init; }

    /// <summary>Gets the unit price as text (单价).</summary>
    /// <remarks>Wire element <c>PricePerUnit</c>. Optional.</remarks>
    public string? UnitPrice { get; init; }

    /// <summary>Gets the invoice number (发票号).</summary>
    /// <remarks>Wire element <c>InvoiceNo</c>. Optional.</remarks>
    public string? InvoiceNumber { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
