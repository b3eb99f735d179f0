using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents the header of a customs declaration (报关单表头).</summary>
/// <remarks>Wire element <c>DecHead</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record DeclarationHead
{
    /// <summary>Gets the declaring agent's customs code (申报单位代码).</summary>
    /// <remarks>Wire element <c>AgentCode</c>. Required to save a draft and to submit.</remarks>
    public CustomsCode? AgentCode { get; init; }

    /// <summary>Gets the declaring agent's name (申报单位名称).</summary>
    /// <remarks>Wire element <c>AgentName</c>. Required to save a draft and to submit.</remarks>
    public string? AgentName { get; init; }

    /// <summary>Gets the approval number, in practice the foreign-exchange verification number (批准文号).</summary>
    /// <remarks>Wire element <c>ApprNo</c>. Optional.</remarks>
    public string? ApprovalNumber { get; init; }

    /// <summary>Gets the bill of lading or waybill number that links the declaration to its manifest (提单号).</summary>
    /// <remarks>Wire element <c>BillNo</c>. Optional.</remarks>
    public string? BillOfLadingNumber { get; init; }

    /// <summary>Gets the contract or agreement number (合同协议号).</summary>
    /// <remarks>Wire element <c>ContrNo</c>. Optional.</remarks>
    public string? ContractNumber { get; init; }

    /// <summary>Gets the data-entry unit's 9-character organisation code (录入单位代码).</summary>
    /// <remarks>Wire element <c>CopCode</c>. Required to save a draft and to submit.</remarks>
    public string? EntryUnitCode { get; init; }

    /// <summary>Gets the data-entry unit's name (录入单位名称).</summary>
    /// <remarks>Wire element <c>CopName</c>. Required to save a draft and to submit.</remarks>
    public string? EntryUnitName { get; init; }

    /// <summary>Gets the declaring customs office, a 关区 code (申报地海关).</summary>
    /// <remarks>Wire element <c>CustomMaster</c>. Required to save a draft and to submit.</remarks>
    public string? DeclarationCustoms { get; init; }

    /// <summary>Gets the nature of levy or exemption, a 征免性质 code (征免性质).</summary>
    /// <remarks>Wire element <c>CutMode</c>. Optional.</remarks>
    public string? LevyKind { get; init; }

    /// <summary>Gets the positional extension flags: 1 mask standard, 3 item split, 5 smart declaration (扩展字段).</summary>
    /// <remarks>Wire element <c>DataSource</c>. Optional.</remarks>
    public string? DataSource { get; init; }

    /// <summary>Gets the declaration/transit relation: 0 declaration only, 1 declaration with transit (报关/转关关系标志).</summary>
    /// <remarks>Wire element <c>DeclTrnRel</c>. Required to save a draft and to submit.</remarks>
    public string? DeclarationTransitRelation { get; init; }

    /// <summary>Gets the port of destination (export) or of loading/transit (import), a customs port code (经停港/指运港).</summary>
    /// <remarks>Wire element <c>DistinatePort</c>. Required to submit.</remarks>
    public string? DestinationPort { get; init; }

    /// <summary>Gets the declaration flag: 1 ordinary, 3/5 transit in advance north/south, 6 H2000 direct transit (报关标志).</summary>
    /// <remarks>Wire element <c>EdiId</c>. Required to submit.</remarks>
    public string? EdiId { get; init; }

    /// <summary>Gets the 18-digit customs declaration number returned by customs (海关编号).</summary>
    /// <remarks>Wire element <c>EntryId</c>. Optional.</remarks>
    public string? EntryId { get; init; }

    /// <summary>Gets the form type: 0 ordinary, L with list, W paperless, D list and paperless, M paperless clearance (报关单类型).</summary>
    /// <remarks>Wire element <c>EntryType</c>. Required to submit.</remarks>
    public string? EntryType { get; init; }

    /// <summary>Gets the freight currency (运费币制).</summary>
    /// <remarks>Wire element <c>FeeCurr</c>. Optional.</remarks>
    public CurrencyCode? FreightCurrency { get; init; }

    /// <summary>Gets the freight mark: 1 rate, 2 unit price, 3 total (运费标记).</summary>
    /// <remarks>Wire element <c>FeeMark</c>. Optional.</remarks>
    public string? FreightMark { get; init; }

    /// <summary>Gets the freight rate, unit price or total per the freight mark (运费/率).</summary>
    /// <remarks>Wire element <c>FeeRate</c>. Optional.</remarks>
    public decimal? FreightRate { get; init; }

    /// <summary>Gets the gross weight in kilograms (毛重).</summary>
    /// <remarks>Wire element <c>GrossWet</c>. Required to submit.</remarks>
    public decimal? GrossWeight { get; init; }

    /// <summary>Gets the import or export date; usually blank on export (进出口日期).</summary>
    /// <remarks>Wire element <c>IEDate</c>. Optional.</remarks>
    public DateOnly? ImportExportDate { get; init; }

    /// <summary>Gets the import (I) or export (E) (进出口标志).</summary>
    /// <remarks>Wire element <c>IEFlag</c>. Required to save a draft and to submit.</remarks>
    public TradeDirection? Direction { get; init; }

    /// <summary>Gets the customs office of entry or exit, a 关区 code (进出境关别).</summary>
    /// <remarks>Wire element <c>IEPort</c>. Required to submit.</remarks>
    public string? ImportExportPort { get; init; }

    /// <summary>Gets the data-entry clerk's name (录入员名称).</summary>
    /// <remarks>Wire element <c>InputerName</c>. Required to save a draft and to submit.</remarks>
    public string? InputerName { get; init; }

    /// <summary>Gets the insurance currency (保险费币制).</summary>
    /// <remarks>Wire element <c>InsurCurr</c>. Optional.</remarks>
    public CurrencyCode? InsuranceCurrency { get; init; }

    /// <summary>Gets the insurance mark: 1 rate, 2 unit price, 3 total (保险费标记).</summary>
    /// <remarks>Wire element <c>InsurMark</c>. Optional.</remarks>
    public string? InsuranceMark { get; init; }

    /// <summary>Gets the insurance rate or amount (保险费/率).</summary>
    /// <remarks>Wire element <c>InsurRate</c>. Optional.</remarks>
    public decimal? InsuranceRate { get; init; }

    /// <summary>Gets the licence number (许可证编号).</summary>
    /// <remarks>Wire element <c>LicenseNo</c>. Optional.</remarks>
    public string? LicenceNumber { get; init; }

    /// <summary>Gets the record number of the processing-trade manual or account book (备案号).</summary>
    /// <remarks>Wire element <c>ManualNo</c>. Optional.</remarks>
    public string? ManualNumber { get; init; }

    /// <summary>Gets the net weight in kilograms (净重).</summary>
    /// <remarks>Wire element <c>NetWt</c>. Required to submit.</remarks>
    public decimal? NetWeight { get; init; }

    /// <summary>Gets the remarks (备注).</summary>
    /// <remarks>Wire element <c>NoteS</c>. Optional.</remarks>
    public string? Remarks { get; init; }

    /// <summary>Gets the miscellaneous charges currency (杂费币制).</summary>
    /// <remarks>Wire element <c>OtherCurr</c>. Optional.</remarks>
    public CurrencyCode? OtherChargesCurrency { get; init; }

    /// <summary>Gets the miscellaneous charges mark: 1 rate, 2 unit price, 3 total (杂费标志).</summary>
    /// <remarks>Wire element <c>OtherMark</c>. Optional.</remarks>
    public string? OtherChargesMark { get; init; }

    /// <summary>Gets the miscellaneous charges rate or amount (杂费/率).</summary>
    /// <remarks>Wire element <c>OtherRate</c>. Optional.</remarks>
    public decimal? OtherChargesRate { get; init; }

    /// <summary>Gets the consumer (import) or producer/seller (export) code: 10-digit customs code, 9-character organisation code, or NO (消费使用/生产销售单位代码).</summary>
    /// <remarks>Wire element <c>OwnerCode</c>. Optional.</remarks>
    public string? OwnerCode { get; init; }

    /// <summary>Gets the consumer or producer/seller name (消费使用/生产销售单位名称).</summary>
    /// <remarks>Wire element <c>OwnerName</c>. Required to submit.</remarks>
    public string? OwnerName { get; init; }

    /// <summary>Gets the number of packages (件数).</summary>
    /// <remarks>Wire element <c>PackNo</c>. Required to submit.</remarks>
    public int? PackageCount { get; init; }

    /// <summary>Gets the declarant identifier (申报人标识); the element name's misspelling is official.</summary>
    /// <remarks>Wire element <c>PartenerID</c>. Optional.</remarks>
    public string? DeclarantId { get; init; }

    /// <summary>Gets the declaration (pre-entry) date returned by customs (申报日期).</summary>
    /// <remarks>Wire element <c>PDate</c>. Optional.</remarks>
    public DateOnly? DeclarationDate { get; init; }

    /// <summary>Gets the legacy pre-entry number (预录入编号).</summary>
    /// <remarks>Wire element <c>PreEntryId</c>. Optional.</remarks>
    public string? PreEntryId { get; init; }

    /// <summary>Gets the risk-assessment parameter (风险评估参数).</summary>
    /// <remarks>Wire element <c>Risk</c>. Optional.</remarks>
    public string? Risk { get; init; }

    /// <summary>Gets the unified number of the data centre: empty on first import, returned in the receipt, required on updates (数据中心统一编号).</summary>
    /// <remarks>Wire element <c>SeqNo</c>. Optional.</remarks>
    public string? SeqNo { get; init; }

    /// <summary>Gets the related transit document number (关联单据号).</summary>
    /// <remarks>Wire element <c>TgdNo</c>. Optional.</remarks>
    public string? TransitDeclarationNumber { get; init; }

    /// <summary>Gets the country of departure for imports or of arrival for exports (启运国/运抵国).</summary>
    /// <remarks>Wire element <c>TradeCountry</c>. Required to submit.</remarks>
    public CountryCode? ShippingCountry { get; init; }

    /// <summary>Gets the supervision mode, a 监管方式 code such as 0110 general trade (监管方式).</summary>
    /// <remarks>Wire element <c>TradeMode</c>. Required to submit.</remarks>
    public string? TradeMode { get; init; }

    /// <summary>Gets the domestic consignee or consignor code (境内收发货人编号).</summary>
    /// <remarks>Wire element <c>TradeCode</c>. Required to submit.</remarks>
    public string? TraderCode { get; init; }

    /// <summary>Gets the customs transport mode such as 2 waterway or 5 air (运输方式).</summary>
    /// <remarks>Wire element <c>TrafMode</c>. Required to submit.</remarks>
    public string? TransportMode { get; init; }

    /// <summary>Gets the conveyance code and name (运输工具代码及名称).</summary>
    /// <remarks>Wire element <c>TrafName</c>. Optional.</remarks>
    public string? ConveyanceName { get; init; }

    /// <summary>Gets the domestic consignee or consignor name (境内收发货人名称).</summary>
    /// <remarks>Wire element <c>TradeName</c>. Required to submit.</remarks>
    public string? TraderName { get; init; }

    /// <summary>Gets the transaction mode such as 1 CIF or 3 FOB (成交方式).</summary>
    /// <remarks>Wire element <c>TransMode</c>. Required to submit.</remarks>
    public string? TransactionMode { get; init; }

    /// <summary>Gets the positional declaration type flags; see DeclarationType (单据类型).</summary>
    /// <remarks>Wire element <c>Type</c>. Required to submit.</remarks>
    public DeclarationType? DeclarationType { get; init; }

    /// <summary>Gets the data-entry clerk's IC card number (录入员IC卡号).</summary>
    /// <remarks>Wire element <c>TypistNo</c>. Required to save a draft and to submit.</remarks>
    public string? TypistCardNumber { get; init; }

    /// <summary>Gets the package kind, a 包装种类 code (包装种类).</summary>
    /// <remarks>Wire element <c>WrapType</c>. Required to submit.</remarks>
    public string? PackageKind { get; init; }

    /// <summary>Gets the guarantee-release flag 1/0 (担保验放标志).</summary>
    /// <remarks>Wire element <c>ChkSurety</c>. Optional.</remarks>
    public string? GuaranteeRelease { get; init; }

    /// <summary>Gets the record list type 1-4 (备案清单类型).</summary>
    /// <remarks>Wire element <c>BillType</c>. Optional.</remarks>
    public string? RecordListType { get; init; }

    /// <summary>Gets the data-entry unit's unified social credit code (录入单位统一编码).</summary>
    /// <remarks>Wire element <c>CopCodeScc</c>. Optional.</remarks>
    public UnifiedSocialCreditCode? EntryUnitCreditCode { get; init; }

    /// <summary>Gets the domestic consignee or consignor's unified social credit code (收发货人统一编码).</summary>
    /// <remarks>Wire element <c>TradeCoScc</c>. Required to submit.</remarks>
    public UnifiedSocialCreditCode? TraderCreditCode { get; init; }

    /// <summary>Gets the declaring agent's unified social credit code (申报单位统一编码).</summary>
    /// <remarks>Wire element <c>AgentCodeScc</c>. Required to submit.</remarks>
    public UnifiedSocialCreditCode? AgentCreditCode { get; init; }

    /// <summary>Gets the consumer or producer/seller's unified social credit code (消费使用/生产销售单位统一编码).</summary>
    /// <remarks>Wire element <c>OwnerCodeScc</c>. Required to submit.</remarks>
    public UnifiedSocialCreditCode? OwnerCreditCode { get; init; }

    /// <summary>Gets the positional price declarations (1 yes, 0 no, 9 not applicable): special relationship, price influence, royalties, formula pricing, provisional price (价格说明); the element name's misspelling is official.</summary>
    /// <remarks>Wire element <c>PromiseItmes</c>. Required to save a draft and to submit.</remarks>
    public string? PriceDeclarations { get; init; }

    /// <summary>Gets the positional business options (1 yes, 0 no): paperless tax bill, guarantee release, cross-border e-commerce overseas warehouse, combined port, self-declaration (业务事项); the element name is inferred from public code, not confirmed.</summary>
    /// <remarks>Wire element <c>BusinessItems</c>. Optional.</remarks>
    public string? BusinessItems { get; init; }

    /// <summary>Gets the trading country or area (贸易国别).</summary>
    /// <remarks>Wire element <c>TradeAreaCode</c>. Required to save a draft and to submit.</remarks>
    public CountryCode? TradingCountry { get; init; }

    /// <summary>Gets the inspection diversion flag 1/0 (查验分流).</summary>
    /// <remarks>Wire element <c>CheckFlow</c>. Optional.</remarks>
    public string? InspectionDiversion { get; init; }

    /// <summary>Gets the tax administration mark 0/1 (税收征管标记); the element name's misspelling is official.</summary>
    /// <remarks>Wire element <c>TaxAaminMark</c>. Optional.</remarks>
    public string? TaxAdministrationMark { get; init; }

    /// <summary>Gets the shipping marks (标记唛码).</summary>
    /// <remarks>Wire element <c>MarkNo</c>. Optional.</remarks>
    public string? ShippingMarks { get; init; }

    /// <summary>Gets the port of departure (启运港代码).</summary>
    /// <remarks>Wire element <c>DespPortCode</c>. Required to submit.</remarks>
    public string? DeparturePort { get; init; }

    /// <summary>Gets the port of entry or exit (入境/离境口岸代码).</summary>
    /// <remarks>Wire element <c>EntyPortCode</c>. Required to submit.</remarks>
    public string? EntryExitPort { get; init; }

    /// <summary>Gets the location where the goods are stored (货物存放地点).</summary>
    /// <remarks>Wire element <c>GoodsPlace</c>. Required to submit.</remarks>
    public string? GoodsLocation { get; init; }

    /// <summary>Gets the B/L number for inspection: delivery or warehouse-out order number (B/L号).</summary>
    /// <remarks>Wire element <c>BLNo</c>. Optional.</remarks>
    public string? InspectionBillNumber { get; init; }

    /// <summary>Gets the port inspection authority; deprecated by customs, kept so older messages read back (口岸检验检疫机关).</summary>
    /// <remarks>Wire element <c>InspOrgCode</c>. Optional.</remarks>
    public string? InspectionAuthority { get; init; }

    /// <summary>Gets the positional special business flags 0/1 (特种业务标识).</summary>
    /// <remarks>Wire element <c>SpecDeclFlag</c>. Optional.</remarks>
    public string? SpecialBusinessFlags { get; init; }

    /// <summary>Gets the destination customs office for inspection (目的地海关).</summary>
    /// <remarks>Wire element <c>PurpOrgCode</c>. Optional.</remarks>
    public string? DestinationCustoms { get; init; }

    /// <summary>Gets the departure date (启运日期).</summary>
    /// <remarks>Wire element <c>DespDate</c>. Optional.</remarks>
    public DateOnly? DepartureDate { get; init; }

    /// <summary>Gets the date all goods were discharged (卸毕日期).</summary>
    /// <remarks>Wire element <c>CmplDschrgDt</c>. Optional.</remarks>
    public DateOnly? DischargeCompletionDate { get; init; }

    /// <summary>Gets the correlation reason (关联理由).</summary>
    /// <remarks>Wire element <c>CorrelationReasonFlag</c>. Optional.</remarks>
    public string? CorrelationReason { get; init; }

    /// <summary>Gets the certificate-issuing authority; deprecated by customs, kept so older messages read back (领证机关).</summary>
    /// <remarks>Wire element <c>VsaOrgCode</c>. Optional.</remarks>
    public string? VisaAuthority { get; init; }

    /// <summary>Gets the original container flag 1/0 (原集装箱标识).</summary>
    /// <remarks>Wire element <c>OrigBoxFlag</c>. Optional.</remarks>
    public string? OriginalContainer { get; init; }

    /// <summary>Gets the declarant's name (申报人员姓名).</summary>
    /// <remarks>Wire element <c>DeclareName</c>. Required to save a draft and to submit.</remarks>
    public string? DeclarantName { get; init; }

    /// <summary>Gets the no other packaging: 0 has other packaging, 1 none (无其他包装).</summary>
    /// <remarks>Wire element <c>NoOtherPack</c>. Optional.</remarks>
    public string? NoOtherPackaging { get; init; }

    /// <summary>Gets the inspection accepting authority; deprecated by customs, kept so older messages read back (检验检疫受理机关).</summary>
    /// <remarks>Wire element <c>OrgCode</c>. Optional.</remarks>
    public string? InspectionAcceptingAuthority { get; init; }

    /// <summary>Gets the overseas consignor code (境外发货人代码).</summary>
    /// <remarks>Wire element <c>OverseasConsignorCode</c>. Optional.</remarks>
    public string? OverseasConsignorCode { get; init; }

    /// <summary>Gets the overseas consignor name in Chinese (境外收发货人名称).</summary>
    /// <remarks>Wire element <c>OverseasConsignorCname</c>. Optional.</remarks>
    public string? OverseasConsignorChineseName { get; init; }

    /// <summary>Gets the overseas consignor name in a foreign language (境外发货人名称(外文)).</summary>
    /// <remarks>Wire element <c>OverseasConsignorEname</c>. Optional.</remarks>
    public string? OverseasConsignorName { get; init; }

    /// <summary>Gets the overseas consignor address (境外收发货人地址).</summary>
    /// <remarks>Wire element <c>OverseasConsignorAddr</c>. Optional.</remarks>
    public string? OverseasConsignorAddress { get; init; }

    /// <summary>Gets the overseas consignee code (境外收货人编码).</summary>
    /// <remarks>Wire element <c>OverseasConsigneeCode</c>. Optional.</remarks>
    public string? OverseasConsigneeCode { get; init; }

    /// <summary>Gets the overseas consignee name in a foreign language (境外收货人名称(外文)).</summary>
    /// <remarks>Wire element <c>OverseasConsigneeEname</c>. Optional.</remarks>
    public string? OverseasConsigneeName { get; init; }

    /// <summary>Gets the domestic consignee or consignor name in a foreign language (境内收发货人名称(外文)).</summary>
    /// <remarks>Wire element <c>DomesticConsigneeEname</c>. Optional.</remarks>
    public string? DomesticTraderEnglishName { get; init; }

    /// <summary>Gets the related numbers (关联号码).</summary>
    /// <remarks>Wire element <c>CorrelationNo</c>. Optional.</remarks>
    public string? CorrelationNumbers { get; init; }

    /// <summary>Gets the EDI declaration remark (EDI申报备注).</summary>
    /// <remarks>Wire element <c>EdiRemark</c>. Optional.</remarks>
    public string? EdiRemark { get; init; }

    /// <summary>Gets the second EDI declaration remark (EDI申报备注2).</summary>
    /// <remarks>Wire element <c>EdiRemark2</c>. Optional.</remarks>
    public string? EdiRemark2 { get; init; }

    /// <summary>Gets the domestic consignee or consignor's 10-digit inspection registration code (境内收发货人检验检疫编码).</summary>
    /// <remarks>Wire element <c>TradeCiqCode</c>. Optional.</remarks>
    public string? TraderInspectionCode { get; init; }

    /// <summary>Gets the consumer or producer/seller's inspection registration code (消费使用/生产销售单位检验检疫编码).</summary>
    /// <remarks>Wire element <c>OwnerCiqCode</c>. Optional.</remarks>
    public string? OwnerInspectionCode { get; init; }

    /// <summary>Gets the declaring agent's inspection registration code (申报单位检验检疫编码).</summary>
    /// <remarks>Wire element <c>DeclCiqCode</c>. Optional.</remarks>
    public string? AgentInspectionCode { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
