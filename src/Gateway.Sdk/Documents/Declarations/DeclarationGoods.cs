using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents one goods line of a customs declaration (报关单表体).</summary>
/// <remarks>Wire element <c>DecList</c> inside <c>DecLists</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record DeclarationGoods
{
    /// <summary>Gets the classification mark (归类标志).</summary>
    /// <remarks>Wire element <c>ClassMark</c>. Optional.</remarks>
    public string? ClassificationMark { get; init; }

    /// <summary>Gets the 10-digit commodity code (商品编号).</summary>
    /// <remarks>Wire element <c>CodeTS</c>. Required to save a draft and to submit.</remarks>
    public HsCode? HsCode { get; init; }

    /// <summary>Gets the item number in the processing-trade manual or account book (备案序号).</summary>
    /// <remarks>Wire element <c>ContrItem</c>. Optional.</remarks>
    public long? RecordItemNumber { get; init; }

    /// <summary>Gets the declared unit price (申报单价).</summary>
    /// <remarks>Wire element <c>DeclPrice</c>. Required to submit.</remarks>
    public decimal? UnitPrice { get; init; }

    /// <summary>Gets the declared total price (申报总价).</summary>
    /// <remarks>Wire element <c>DeclTotal</c>. Required to submit.</remarks>
    public decimal? TotalPrice { get; init; }

    /// <summary>Gets the duty mode such as 1 full duty or 3 exempt (征减免税方式).</summary>
    /// <remarks>Wire element <c>DutyMode</c>. Required to submit.</remarks>
    public string? DutyMode { get; init; }

    /// <summary>Gets the finished product or part number (货号).</summary>
    /// <remarks>Wire element <c>ExgNo</c>. Optional.</remarks>
    public string? ExgNumber { get; init; }

    /// <summary>Gets the finished product version (版本号).</summary>
    /// <remarks>Wire element <c>ExgVersion</c>. Optional.</remarks>
    public int? ExgVersion { get; init; }

    /// <summary>Gets the factor from the declared unit to the legal unit (申报计量单位与法定单位比例因子).</summary>
    /// <remarks>Wire element <c>Factor</c>. Optional.</remarks>
    public decimal? UnitFactor { get; init; }

    /// <summary>Gets the first legal unit of measure (第一计量单位).</summary>
    /// <remarks>Wire element <c>FirstUnit</c>. Required to submit.</remarks>
    public string? FirstUnit { get; init; }

    /// <summary>Gets the quantity in the first legal unit (第一法定数量).</summary>
    /// <remarks>Wire element <c>FirstQty</c>. Required to submit.</remarks>
    public decimal? FirstQuantity { get; init; }

    /// <summary>Gets the declared (transaction) unit of measure (成交计量单位).</summary>
    /// <remarks>Wire element <c>GUnit</c>. Required to submit.</remarks>
    public string? DeclaredUnit { get; init; }

    /// <summary>Gets the declaration elements (申报要素), |-separated as the classification catalogue prescribes (规格型号).</summary>
    /// <remarks>Wire element <c>GModel</c>. Optional.</remarks>
    public string? Specification { get; init; }

    /// <summary>Gets the goods name (商品名称).</summary>
    /// <remarks>Wire element <c>GName</c>. Required to submit.</remarks>
    public string? GoodsName { get; init; }

    /// <summary>Gets the line number, 1 to 50 and consecutive (商品序号).</summary>
    /// <remarks>Wire element <c>GNo</c>. Required to save a draft and to submit.</remarks>
    public int? ItemNumber { get; init; }

    /// <summary>Gets the declared (transaction) quantity (成交数量).</summary>
    /// <remarks>Wire element <c>GQty</c>. Required to submit.</remarks>
    public decimal? DeclaredQuantity { get; init; }

    /// <summary>Gets the country of origin; the writer puts it in OriginCountry for imports and DestinationCountry for exports (原产国).</summary>
    /// <remarks>Wire element <c>OriginCountry</c>. On imports, required to submit. On exports the requirement of the other wire element applies.</remarks>
    public CountryCode? OriginCountry { get; init; }

    /// <summary>Gets the second legal unit of measure (第二计量单位).</summary>
    /// <remarks>Wire element <c>SecondUnit</c>. Optional.</remarks>
    public string? SecondUnit { get; init; }

    /// <summary>Gets the quantity in the second legal unit (第二法定数量).</summary>
    /// <remarks>Wire element <c>SecondQty</c>. Optional.</remarks>
    public decimal? SecondQuantity { get; init; }

    /// <summary>Gets the transaction currency (成交币制).</summary>
    /// <remarks>Wire element <c>TradeCurr</c>. Required to submit.</remarks>
    public CurrencyCode? Currency { get; init; }

    /// <summary>Gets the use (用途).</summary>
    /// <remarks>Wire element <c>UseTo</c>. Optional.</remarks>
    public string? Use { get; init; }

    /// <summary>Gets the processing fee in US dollars (工缴费).</summary>
    /// <remarks>Wire element <c>WorkUsd</c>. Optional.</remarks>
    public decimal? ProcessingFeeUsd { get; init; }

    /// <summary>Gets the final destination country; the writer puts it in DestinationCountry for imports and OriginCountry for exports (最终目的国).</summary>
    /// <remarks>Wire element <c>DestinationCountry</c>. On imports, required to save a draft and to submit. On exports the requirement of the other wire element applies.</remarks>
    public CountryCode? DestinationCountry { get; init; }

    /// <summary>Gets the inspection category code (检验检疫编码).</summary>
    /// <remarks>Wire element <c>CiqCode</c>. Optional.</remarks>
    public string? InspectionCategory { get; init; }

    /// <summary>Gets the goods name in English (商品英文名称).</summary>
    /// <remarks>Wire element <c>DeclGoodsEname</c>. Optional.</remarks>
    public string? GoodsEnglishName { get; init; }

    /// <summary>Gets the origin region code (原产地区代码).</summary>
    /// <remarks>Wire element <c>OrigPlaceCode</c>. Optional.</remarks>
    public string? OriginRegion { get; init; }

    /// <summary>Gets the purpose code (用途代码).</summary>
    /// <remarks>Wire element <c>Purpose</c>. Optional.</remarks>
    public string? Purpose { get; init; }

    /// <summary>Gets the product expiry date, yyyyMMdd (产品有效期).</summary>
    /// <remarks>Wire element <c>ProdValidDt</c>. Optional.</remarks>
    public string? ExpiryDate { get; init; }

    /// <summary>Gets the shelf life in months or days (产品保质期).</summary>
    /// <remarks>Wire element <c>ProdQgp</c>. Optional.</remarks>
    public string? ShelfLife { get; init; }

    /// <summary>Gets the goods attribute codes, comma-separated (货物属性代码).</summary>
    /// <remarks>Wire element <c>GoodsAttr</c>. Optional.</remarks>
    public string? GoodsAttributes { get; init; }

    /// <summary>Gets the composition or raw materials (成份/原料/组份).</summary>
    /// <remarks>Wire element <c>Stuff</c>. Optional.</remarks>
    public string? Composition { get; init; }

    /// <summary>Gets the UN dangerous goods number (UN编码).</summary>
    /// <remarks>Wire element <c>Uncode</c>. Optional.</remarks>
    public string? UnNumber { get; init; }

    /// <summary>Gets the dangerous goods name (危险货物名称).</summary>
    /// <remarks>Wire element <c>DangName</c>. Optional.</remarks>
    public string? DangerousGoodsName { get; init; }

    /// <summary>Gets the dangerous goods packing group (危包类别).</summary>
    /// <remarks>Wire element <c>DangPackType</c>. Optional.</remarks>
    public string? DangerousPackingGroup { get; init; }

    /// <summary>Gets the dangerous goods packing specification (危包规格).</summary>
    /// <remarks>Wire element <c>DangPackSpec</c>. Optional.</remarks>
    public string? DangerousPackingSpecification { get; init; }

    /// <summary>Gets the overseas manufacturer name (境外生产企业名称).</summary>
    /// <remarks>Wire element <c>EngManEntCnm</c>. Optional.</remarks>
    public string? OverseasManufacturer { get; init; }

    /// <summary>Gets the not-a-hazardous-chemical flag (非危险化学品).</summary>
    /// <remarks>Wire element <c>NoDangFlag</c>. Optional.</remarks>
    public string? NotHazardousChemical { get; init; }

    /// <summary>Gets the domestic destination code (目的地代码).</summary>
    /// <remarks>Wire element <c>DestCode</c>. Optional.</remarks>
    public string? DestinationCode { get; init; }

    /// <summary>Gets the goods specification for inspection (检验检疫货物规格).</summary>
    /// <remarks>Wire element <c>GoodsSpec</c>. Optional.</remarks>
    public string? InspectionSpecification { get; init; }

    /// <summary>Gets the goods model (货物型号).</summary>
    /// <remarks>Wire element <c>GoodsModel</c>. Optional.</remarks>
    public string? GoodsModel { get; init; }

    /// <summary>Gets the goods brand (货物品牌).</summary>
    /// <remarks>Wire element <c>GoodsBrand</c>. Optional.</remarks>
    public string? GoodsBrand { get; init; }

    /// <summary>Gets the production dates, yyyyMMdd separated by ; (生产日期).</summary>
    /// <remarks>Wire element <c>ProduceDate</c>. Optional.</remarks>
    public string? ProductionDates { get; init; }

    /// <summary>Gets the production batch numbers (生产批号).</summary>
    /// <remarks>Wire element <c>ProdBatchNo</c>. Optional.</remarks>
    public string? ProductionBatchNumbers { get; init; }

    /// <summary>Gets the domestic destination (import) or source (export) district (境内目的地/境内货源地).</summary>
    /// <remarks>Wire element <c>DistrictCode</c>. Required to submit.</remarks>
    public string? DistrictCode { get; init; }

    /// <summary>Gets the inspection category name (检验检疫名称).</summary>
    /// <remarks>Wire element <c>CiqName</c>. Optional.</remarks>
    public string? InspectionCategoryName { get; init; }

    /// <summary>Gets the registered manufacturer number, exports (生产单位注册号).</summary>
    /// <remarks>Wire element <c>MnufctrRegNo</c>. Optional.</remarks>
    public string? ManufacturerRegistrationNumber { get; init; }

    /// <summary>Gets the registered manufacturer name, exports (生产单位名称).</summary>
    /// <remarks>Wire element <c>MnufctrRegName</c>. Optional.</remarks>
    public string? ManufacturerName { get; init; }

    /// <summary>Gets the origin under a preferential trade agreement such as RCEP (优惠贸易协定项下原产地).</summary>
    /// <remarks>Wire element <c>RcepOrigPlaceCode</c>. Optional.</remarks>
    public CountryCode? PreferentialOriginCountry { get; init; }

    /// <summary>Gets the prohibition and restriction control code (禁限管制识别码).</summary>
    /// <remarks>Wire element <c>ControlExplainCode</c>. Optional.</remarks>
    public string? ControlExplanationCode { get; init; }

    /// <summary>Gets the licences that cover this line (DecGoodsLimits/DecGoodsLimit).</summary>
    public IReadOnlyList<GoodsLicence> Licences { get; init => field = EquatableList.From(value); } = EquatableList<GoodsLicence>.Empty;

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
