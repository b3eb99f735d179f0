using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Origin;

/// <summary>Represents one application for a certificate of origin (原产地证书申请): the <c>Certificate</c> message an
/// enterprise system hands to the single window's origin module (海关总署公告2022年第1号).</summary>
/// <remarks>
/// <para>No official XSD is public (reference/china-formats.md §3): element names come from two independent code bases
/// and a public API; their confidence is medium and the namespace is unverified (<see cref="OriginXmlOptions.Namespace"/>).
/// Every wire field is a nullable property: the rules of <see cref="OriginValidator"/>, per certificate type
/// (<see cref="CertificateTypes"/>), say which are required.</para>
/// <para><see cref="Extensions"/> holds what the agreements need but the message has no element for (back-to-back
/// certificates, cumulation): it is the SDK's, never written to the wire unless <see cref="OriginXmlOptions.MapExtensions"/> maps it.</para>
/// </remarks>
public sealed record CertificateOfOrigin
{
    /// <summary>Gets the header (<c>CertificateHead</c>).</summary>
    public CertificateHead Head { get; init; } = new();

    /// <summary>Gets the goods lines (<c>CertificateList/Goods</c>), in line-number order.</summary>
    public IReadOnlyList<CertificateGoods> Goods { get; init => field = EquatableList.From(value); } = EquatableList<CertificateGoods>.Empty;

    /// <summary>Gets the change or re-issue details (<c>ModCertificate</c>), required when <see cref="CertificateHead.Status"/> is not <see cref="CertificateStatus.Normal"/>.</summary>
    public CertificateModification? Modification { get; init; }

    /// <summary>Gets the third-party invoicing operators (<c>NonpartyCorpList/NonpartyCorp</c>, 非协定成员方经营者).</summary>
    public IReadOnlyList<NonPartyOperator> NonPartyOperators { get; init => field = EquatableList.From(value); } = EquatableList<NonPartyOperator>.Empty;

    /// <summary>Gets the invoices of an RCEP certificate (<c>OriInvs/OriInv</c>; form box 13).</summary>
    public IReadOnlyList<OriginInvoice> Invoices { get; init => field = EquatableList.From(value); } = EquatableList<OriginInvoice>.Empty;

    /// <summary>Gets the applicant's commitment code (<c>AplPromise/AplPromiseCode</c>, 申请人声明); <c>1</c> as seen in both code bases.</summary>
    public string? ApplicantCommitment { get; init; } = "1";

    /// <summary>Gets the SDK's extensions (back-to-back, cumulation): not official fields, kept out of the wire format.</summary>
    public OriginExtensions? Extensions { get; init; }

    /// <summary>Gets elements under <c>Certificate</c> that the SDK does not model, kept from a read message and written back at the end.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}

/// <summary>Is the status of a certificate application (<c>CertStatus</c>).</summary>
public enum CertificateStatus
{
    /// <summary><c>0</c>: a first application (正常).</summary>
    Normal = 0,

    /// <summary><c>1</c>: a change to an issued certificate (更改); needs <see cref="CertificateOfOrigin.Modification"/>.</summary>
    Change = 1,

    /// <summary><c>2</c>: a re-issue (重发); needs <see cref="CertificateOfOrigin.Modification"/>.</summary>
    Reissue = 2,

    /// <summary><c>3</c>: a change and re-issue (更改并重发); needs <see cref="CertificateOfOrigin.Modification"/>.</summary>
    ChangeAndReissue = 3,
}

/// <summary>Represents the header of a certificate application (<c>CertificateHead</c>).</summary>
/// <remarks>Each property's wire element is named in its remarks; the field table is in <c>docs/origin.md</c>.</remarks>
public sealed record CertificateHead
{
    /// <summary>Gets the application type (申请类型); <c>0</c> in one code base, <c>1</c> "declare" in another: unverified.</summary>
    /// <remarks>Wire element <c>ApplyType</c>.</remarks>
    public string? ApplicationType { get; init; }

    /// <summary>Gets the status: first application, change or re-issue (证书状态).</summary>
    /// <remarks>Wire element <c>CertStatus</c>.</remarks>
    public CertificateStatus? Status { get; init; }

    /// <summary>Gets the certificate or application number (证书编号), unique per application.</summary>
    /// <remarks>Wire element <c>CertNo</c>. Also the client-side id that keeps the transport from filing it twice.</remarks>
    public string? CertificateNumber { get; init; }

    /// <summary>Gets the certificate type (证书类型), such as <c>RC</c> for RCEP; see <see cref="CertificateTypes"/>.</summary>
    /// <remarks>Wire element <c>CertType</c>.</remarks>
    public string? CertificateType { get; init; }

    /// <summary>Gets the enterprise management number (企业管理号).</summary>
    /// <remarks>Wire element <c>EntMgrNo</c>.</remarks>
    public string? EnterpriseManagementNumber { get; init; }

    /// <summary>Gets the exporter's registration code (出口商备案号).</summary>
    /// <remarks>Wire element <c>CiqRegNo</c>.</remarks>
    public string? ExporterRegistrationCode { get; init; }

    /// <summary>Gets the applicant's registration number (申请人备案号).</summary>
    /// <remarks>Wire element <c>AplRegNo</c>.</remarks>
    public string? ApplicantRegistrationNumber { get; init; }

    /// <summary>Gets the applying enterprise's name (企业名称).</summary>
    /// <remarks>Wire element <c>EtpsName</c>.</remarks>
    public string? EnterpriseName { get; init; }

    /// <summary>Gets the applicant's (person's) name (申请人).</summary>
    /// <remarks>Wire element <c>ApplName</c>.</remarks>
    public string? ApplicantName { get; init; }

    /// <summary>Gets the applicant's identity card number (申请人身份证号).</summary>
    /// <remarks>Wire element <c>Applicant</c>.</remarks>
    public string? ApplicantIdNumber { get; init; }

    /// <summary>Gets the applicant's telephone (申请人电话).</summary>
    /// <remarks>Wire element <c>ApplTel</c>.</remarks>
    public string? ApplicantPhone { get; init; }

    /// <summary>Gets the issuing authority's code (签证机构).</summary>
    /// <remarks>Wire element <c>OrgCode</c>.</remarks>
    public string? IssuingAuthority { get; init; }

    /// <summary>Gets where the certificate is collected (领证地点).</summary>
    /// <remarks>Wire element <c>FetchPlace</c>.</remarks>
    public string? CollectionPlace { get; init; }

    /// <summary>Gets the applicant's address (申请人地址).</summary>
    /// <remarks>Wire element <c>AplAdd</c>.</remarks>
    public string? ApplicantAddress { get; init; }

    /// <summary>Gets the application date (申请日期).</summary>
    /// <remarks>Wire element <c>AplDate</c>.</remarks>
    public DateOnly? ApplicationDate { get; init; }

    /// <summary>Gets the invoice number (发票号); an RCEP certificate lists its invoices in <see cref="CertificateOfOrigin.Invoices"/>.</summary>
    /// <remarks>Wire element <c>InvNo</c>.</remarks>
    public string? InvoiceNumber { get; init; }

    /// <summary>Gets the invoice date (发票日期).</summary>
    /// <remarks>Wire element <c>InvDate</c>.</remarks>
    public DateOnly? InvoiceDate { get; init; }

    /// <summary>Gets the destination country as written on the certificate (目的国).</summary>
    /// <remarks>Wire element <c>DestCountry</c>.</remarks>
    public string? DestinationCountry { get; init; }

    /// <summary>Gets the destination country's code (目的国代码), ISO alpha-3 in the SDK's samples (such as <c>JPN</c>).</summary>
    /// <remarks>Wire element <c>DestCountryCode</c>.</remarks>
    public string? DestinationCountryCode { get; init; }

    /// <summary>Gets the destination country's name (目的国名称).</summary>
    /// <remarks>Wire element <c>DestCountryName</c>.</remarks>
    public string? DestinationCountryName { get; init; }

    /// <summary>Gets the exporter's name, address and country in English (出口商; RCEP box 1).</summary>
    /// <remarks>Wire element <c>Exporter</c>.</remarks>
    public string? Exporter { get; init; }

    /// <summary>Gets the consignee's name, address and country (收货人; RCEP box 2).</summary>
    /// <remarks>Wire element <c>Consignee</c>.</remarks>
    public string? Consignee { get; init; }

    /// <summary>Gets the producer's name, address and country (生产商; RCEP box 3), or <c>SEE BOX 8</c>, <c>CONFIDENTIAL</c>, <c>NOT AVAILABLE</c>.</summary>
    /// <remarks>Wire element <c>Producer</c>.</remarks>
    public string? Producer { get; init; }

    /// <summary>Gets the shipping marks (唛头; RCEP box 7), <c>N/M</c> when there are none.</summary>
    /// <remarks>Wire element <c>Mark</c>.</remarks>
    public string? Marks { get; init; }

    /// <summary>Gets the special goods clause (特殊条款).</summary>
    /// <remarks>Wire element <c>GoodsSpecClause</c>.</remarks>
    public string? SpecialGoodsClause { get; init; }

    /// <summary>Gets the port of loading (装货港).</summary>
    /// <remarks>Wire element <c>LoadPort</c>.</remarks>
    public string? LoadingPort { get; init; }

    /// <summary>Gets the port of discharge (卸货港).</summary>
    /// <remarks>Wire element <c>UnloadPort</c>.</remarks>
    public string? DischargePort { get; init; }

    /// <summary>Gets the transit port (中转港).</summary>
    /// <remarks>Wire element <c>TransPort</c>.</remarks>
    public string? TransitPort { get; init; }

    /// <summary>Gets the destination port (目的港).</summary>
    /// <remarks>Wire element <c>DestPort</c>.</remarks>
    public string? DestinationPort { get; init; }

    /// <summary>Gets the means of transport (运输方式).</summary>
    /// <remarks>Wire element <c>TransMeans</c>.</remarks>
    public string? TransportMeans { get; init; }

    /// <summary>Gets the vessel's name or flight number (运输工具名称).</summary>
    /// <remarks>Wire element <c>TransName</c>.</remarks>
    public string? TransportName { get; init; }

    /// <summary>Gets the transit country's code (中转国代码).</summary>
    /// <remarks>Wire element <c>TransCountryCode</c>.</remarks>
    public string? TransitCountryCode { get; init; }

    /// <summary>Gets the transit country's name (中转国名称).</summary>
    /// <remarks>Wire element <c>TransCountryName</c>.</remarks>
    public string? TransitCountryName { get; init; }

    /// <summary>Gets the means of transport and route as printed (运输路线; RCEP box 4).</summary>
    /// <remarks>Wire element <c>TransDetails</c>.</remarks>
    public string? RouteDetails { get; init; }

    /// <summary>Gets the intended export (departure) date (预计出运日期).</summary>
    /// <remarks>Wire element <c>IntendExpDate</c>.</remarks>
    public DateOnly? IntendedExportDate { get; init; }

    /// <summary>Gets the trade mode in the origin system's own code (贸易方式, such as <c>1</c> general trade), not the customs 4-digit 监管方式.</summary>
    /// <remarks>Wire element <c>TradeModeCode</c>.</remarks>
    public string? TradeMode { get; init; }

    /// <summary>Gets the FOB value of the goods (FOB值).</summary>
    /// <remarks>Wire element <c>FOBValue</c>.</remarks>
    public decimal? FobValue { get; init; }

    /// <summary>Gets the total amount (总金额).</summary>
    /// <remarks>Wire element <c>TotalAmt</c>.</remarks>
    public decimal? TotalAmount { get; init; }

    /// <summary>Gets the currency, ISO alpha such as <c>USD</c> (币制).</summary>
    /// <remarks>Wire element <c>Curr</c>.</remarks>
    public string? Currency { get; init; }

    /// <summary>Gets the contract number (合同号).</summary>
    /// <remarks>Wire element <c>ContractNo</c>.</remarks>
    public string? ContractNumber { get; init; }

    /// <summary>Gets the letter of credit number (信用证号).</summary>
    /// <remarks>Wire element <c>LcNo</c>.</remarks>
    public string? LetterOfCreditNumber { get; init; }

    /// <summary>Gets the special invoice terms (发票特殊条款).</summary>
    /// <remarks>Wire element <c>SpecInvTerms</c>.</remarks>
    public string? SpecialInvoiceTerms { get; init; }

    /// <summary>Gets the price terms (价格条款), such as <c>FOB</c>.</summary>
    /// <remarks>Wire element <c>PriceTerms</c>.</remarks>
    public string? PriceTerms { get; init; }

    /// <summary>Gets the note (备注).</summary>
    /// <remarks>Wire element <c>Note</c>.</remarks>
    public string? Note { get; init; }

    /// <summary>Gets the remarks printed on the certificate (RCEP box 14), such as a back-to-back certificate's original.</summary>
    /// <remarks>Wire element <c>Remark</c>.</remarks>
    public string? Remark { get; init; }

    /// <summary>Gets the producer-confidential flag (生产商保密标志).</summary>
    /// <remarks>Wire element <c>ProducerSertFlag</c>. Flag values are unverified; the SDK's samples use <c>1</c>/<c>0</c>.</remarks>
    public string? ProducerConfidential { get; init; }

    /// <summary>Gets the exhibition flag (展会标志).</summary>
    /// <remarks>Wire element <c>ExhibitFlag</c>.</remarks>
    public string? Exhibition { get; init; }

    /// <summary>Gets the third-party invoicing flag (第三方发票标志): <c>1</c> when <see cref="CertificateOfOrigin.NonPartyOperators"/> invoice the goods.</summary>
    /// <remarks>Wire element <c>ThirdPartyInvFlag</c>.</remarks>
    public string? ThirdPartyInvoicing { get; init; }

    /// <summary>Gets the exporter's telephone.</summary>
    /// <remarks>Wire element <c>ExporterTel</c>.</remarks>
    public string? ExporterPhone { get; init; }

    /// <summary>Gets the exporter's fax.</summary>
    /// <remarks>Wire element <c>ExporterFax</c>.</remarks>
    public string? ExporterFax { get; init; }

    /// <summary>Gets the exporter's e-mail.</summary>
    /// <remarks>Wire element <c>ExporterEmail</c>.</remarks>
    public string? ExporterEmail { get; init; }

    /// <summary>Gets the consignee's telephone.</summary>
    /// <remarks>Wire element <c>ConsigneeTel</c>.</remarks>
    public string? ConsigneePhone { get; init; }

    /// <summary>Gets the consignee's fax.</summary>
    /// <remarks>Wire element <c>ConsigneeFax</c>.</remarks>
    public string? ConsigneeFax { get; init; }

    /// <summary>Gets the consignee's e-mail.</summary>
    /// <remarks>Wire element <c>ConsigneeEmail</c>.</remarks>
    public string? ConsigneeEmail { get; init; }

    /// <summary>Gets the pre-issue flag (预签证标志).</summary>
    /// <remarks>Wire element <c>PredictFlag</c>.</remarks>
    public string? PreIssue { get; init; }

    /// <summary>Gets the export declaration date (出口报关日期).</summary>
    /// <remarks>Wire element <c>ExpDeclDate</c>.</remarks>
    public DateOnly? ExportDeclarationDate { get; init; }

    /// <summary>Gets the related customs declaration's 18-digit entry id (报关单号).</summary>
    /// <remarks>Wire element <c>EntryId</c>.</remarks>
    public string? EntryId { get; init; }

    /// <summary>Gets the origin country's code (原产国代码).</summary>
    /// <remarks>Wire element <c>OriCountryCode</c>.</remarks>
    public string? OriginCountryCode { get; init; }

    /// <summary>Gets the origin country's name (原产国).</summary>
    /// <remarks>Wire element <c>OriCountry</c>.</remarks>
    public string? OriginCountry { get; init; }

    /// <summary>Gets the validity date (有效期), when the application asks for one.</summary>
    /// <remarks>Wire element <c>ChkValidDate</c>.</remarks>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Gets the enterprise's contact person (企业联系人).</summary>
    /// <remarks>Wire element <c>EtpsConcEr</c>.</remarks>
    public string? EnterpriseContact { get; init; }

    /// <summary>Gets the enterprise's telephone (企业电话).</summary>
    /// <remarks>Wire element <c>EtpsTel</c>.</remarks>
    public string? EnterprisePhone { get; init; }

    /// <summary>Gets the processing/assembly note (加工装配).</summary>
    /// <remarks>Wire element <c>PrcsAssembly</c>.</remarks>
    public string? ProcessingAssembly { get; init; }

    /// <summary>Gets elements under <c>CertificateHead</c> that the SDK does not model, kept from a read message.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}

/// <summary>Represents one goods line of a certificate application (<c>CertificateList/Goods</c>).</summary>
public sealed record CertificateGoods
{
    /// <summary>Gets the line number (项号; RCEP box 6), from 1.</summary>
    /// <remarks>Wire element <c>GNo</c>.</remarks>
    public int? LineNumber { get; init; }

    /// <summary>Gets the item flag (商品项标志).</summary>
    /// <remarks>Wire element <c>GoodsItemFlag</c>.</remarks>
    public string? ItemFlag { get; init; }

    /// <summary>Gets the HS code (HS编码; RCEP box 9 prints its first 6 digits).</summary>
    /// <remarks>Wire element <c>HSCode</c>. 6 to 10 digits; the type's minimum is in <see cref="CertificateType.HsDigits"/>.</remarks>
    public string? HsCode { get; init; }

    /// <summary>Gets the goods' Chinese name (中文品名).</summary>
    /// <remarks>Wire element <c>GoodsName</c>.</remarks>
    public string? Name { get; init; }

    /// <summary>Gets the goods' English name (英文品名).</summary>
    /// <remarks>Wire element <c>GoodsNameE</c>.</remarks>
    public string? NameEn { get; init; }

    /// <summary>Gets the description as printed on the certificate (货物描述; RCEP box 8).</summary>
    /// <remarks>Wire element <c>GoodsDesc</c>.</remarks>
    public string? Description { get; init; }

    /// <summary>Gets the number of packages (包装数量).</summary>
    /// <remarks>Wire element <c>PackQty</c>.</remarks>
    public decimal? PackageCount { get; init; }

    /// <summary>Gets the package unit, such as <c>CTN</c> (包装单位).</summary>
    /// <remarks>Wire element <c>PackUnit</c>.</remarks>
    public string? PackageUnit { get; init; }

    /// <summary>Gets the package kind (包装种类).</summary>
    /// <remarks>Wire element <c>PackType</c>.</remarks>
    public string? PackageKind { get; init; }

    /// <summary>Gets the quantity (数量; RCEP box 12).</summary>
    /// <remarks>Wire element <c>GoodsQty</c>.</remarks>
    public decimal? Quantity { get; init; }

    /// <summary>Gets the quantity's unit in Chinese or as a customs unit code (数量单位).</summary>
    /// <remarks>Wire element <c>GoodsUnit</c>.</remarks>
    public string? Unit { get; init; }

    /// <summary>Gets the quantity's unit in English, such as <c>PCS</c>.</summary>
    /// <remarks>Wire element <c>GoodsUnitE</c>.</remarks>
    public string? UnitEn { get; init; }

    /// <summary>Gets the reference quantity (参考数量).</summary>
    /// <remarks>Wire element <c>GoodsQtyRef</c>.</remarks>
    public decimal? ReferenceQuantity { get; init; }

    /// <summary>Gets the reference quantity's unit.</summary>
    /// <remarks>Wire element <c>GoodsUnitRef</c>.</remarks>
    public string? ReferenceUnit { get; init; }

    /// <summary>Gets the second reference quantity.</summary>
    /// <remarks>Wire element <c>SecdGoodsQtyRef</c>.</remarks>
    public decimal? SecondReferenceQuantity { get; init; }

    /// <summary>Gets the second reference quantity's unit.</summary>
    /// <remarks>Wire element <c>SecdGoodsUnitRef</c>.</remarks>
    public string? SecondReferenceUnit { get; init; }

    /// <summary>Gets the gross weight (毛重).</summary>
    /// <remarks>Wire element <c>GrossWt</c>.</remarks>
    public decimal? GrossWeight { get; init; }

    /// <summary>Gets the net weight (净重).</summary>
    /// <remarks>Wire element <c>NetWt</c>.</remarks>
    public decimal? NetWeight { get; init; }

    /// <summary>Gets the weight unit, such as <c>KG</c>.</summary>
    /// <remarks>Wire element <c>WtUnit</c>.</remarks>
    public string? WeightUnit { get; init; }

    /// <summary>Gets the invoice unit price (发票单价).</summary>
    /// <remarks>Wire element <c>InvPrice</c>.</remarks>
    public decimal? InvoicePrice { get; init; }

    /// <summary>Gets the invoice value (发票金额).</summary>
    /// <remarks>Wire element <c>InvValue</c>.</remarks>
    public decimal? InvoiceValue { get; init; }

    /// <summary>Gets the line's FOB value (FOB值; RCEP box 12 prints it where RVC is applied).</summary>
    /// <remarks>Wire element <c>FOBValue</c>.</remarks>
    public decimal? FobValue { get; init; }

    /// <summary>Gets the imported (non-originating) content as a percentage of FOB (进口成分比例), such as <c>35</c>; see <see cref="RegionalValueContent"/>.</summary>
    /// <remarks>Wire element <c>ICompPrpr</c>.</remarks>
    public decimal? ImportedContentRatio { get; init; }

    /// <summary>Gets the origin criterion as printed (原产地标准; RCEP box 10), such as <c>RVC</c>; codes per type in <see cref="CertificateType.OriginCriteria"/>.</summary>
    /// <remarks>Wire element <c>OriCriteria</c>.</remarks>
    public string? OriginCriterion { get; init; }

    /// <summary>Gets the sub-criterion (原产地标准子项), such as Form E's <c>1</c>–<c>3</c> under a product-specific rule.</summary>
    /// <remarks>Wire element <c>OriCriteriaSub</c>.</remarks>
    public string? OriginSubCriterion { get; init; }

    /// <summary>Gets the criterion's reference or percentage (原产地标准参考), such as <c>40%</c>.</summary>
    /// <remarks>Wire element <c>OriCriteriaRef</c>.</remarks>
    public string? OriginCriterionReference { get; init; }

    /// <summary>Gets the producer's registration code (生产企业备案号).</summary>
    /// <remarks>Wire element <c>CiqRegNo</c>.</remarks>
    public string? ProducerRegistrationCode { get; init; }

    /// <summary>Gets the producer's name (生产企业名称).</summary>
    /// <remarks>Wire element <c>PrdcEtpsName</c>.</remarks>
    public string? ProducerName { get; init; }

    /// <summary>Gets the producer's contact person (生产企业联系人).</summary>
    /// <remarks>Wire element <c>PrdcEtpsConcEr</c>.</remarks>
    public string? ProducerContact { get; init; }

    /// <summary>Gets the producer's contact telephone (生产企业电话).</summary>
    /// <remarks>Wire element <c>PrdcEtpsTel</c>.</remarks>
    public string? ProducerContactPhone { get; init; }

    /// <summary>Gets the producer's telephone as printed.</summary>
    /// <remarks>Wire element <c>ProducerTel</c>.</remarks>
    public string? ProducerPhone { get; init; }

    /// <summary>Gets the producer's fax.</summary>
    /// <remarks>Wire element <c>ProducerFax</c>.</remarks>
    public string? ProducerFax { get; init; }

    /// <summary>Gets the producer's e-mail.</summary>
    /// <remarks>Wire element <c>ProducerEmail</c>.</remarks>
    public string? ProducerEmail { get; init; }

    /// <summary>Gets the producer-confidential flag of the line.</summary>
    /// <remarks>Wire element <c>ProducerSertFlag</c>.</remarks>
    public string? ProducerConfidential { get; init; }

    /// <summary>Gets the line's origin country (原产国; RCEP box 11 "RCEP country of origin").</summary>
    /// <remarks>Wire element <c>GoodsOriginCountry</c>.</remarks>
    public string? OriginCountry { get; init; }

    /// <summary>Gets the line's origin country in English.</summary>
    /// <remarks>Wire element <c>GoodsOriginCountryEn</c>.</remarks>
    public string? OriginCountryEn { get; init; }

    /// <summary>Gets the importing party's tariff rate for the goods (进口方关税税率).</summary>
    /// <remarks>Wire element <c>GoodsTaxRate</c>.</remarks>
    public decimal? ImportingPartyTariffRate { get; init; }

    /// <summary>Gets the line's invoice number (发票号).</summary>
    /// <remarks>Wire element <c>InvNo</c>.</remarks>
    public string? InvoiceNumber { get; init; }

    /// <summary>Gets elements under <c>Goods</c> that the SDK does not model, kept from a read message.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}

/// <summary>Represents the details of a change or re-issue (<c>ModCertificate</c>).</summary>
public sealed record CertificateModification
{
    /// <summary>Gets the number of the certificate being changed or re-issued (原证书号).</summary>
    /// <remarks>Wire element <c>OldCertNo</c>.</remarks>
    public string? OriginalCertificateNumber { get; init; }

    /// <summary>Gets the reason (更改原因).</summary>
    /// <remarks>Wire element <c>ModReason</c>.</remarks>
    public string? Reason { get; init; }

    /// <summary>Gets the changed fields (更改栏目).</summary>
    /// <remarks>Wire element <c>ModColm</c>.</remarks>
    public string? ChangedFields { get; init; }

    /// <summary>Gets the description before the change (原内容).</summary>
    /// <remarks>Wire element <c>OldSituDesc</c>.</remarks>
    public string? OriginalDescription { get; init; }

    /// <summary>Gets the description after the change (更改后内容).</summary>
    /// <remarks>Wire element <c>ModSituDesc</c>.</remarks>
    public string? NewDescription { get; init; }

    /// <summary>Gets the original certificate's application date (原申请日期).</summary>
    /// <remarks>Wire element <c>OldDeclDate</c>.</remarks>
    public DateOnly? OriginalApplicationDate { get; init; }

    /// <summary>Gets the original certificate's issue date (原签证日期).</summary>
    /// <remarks>Wire element <c>OldIssueDate</c>.</remarks>
    public DateOnly? OriginalIssueDate { get; init; }
}

/// <summary>Represents one third-party (non-party) invoicing operator (<c>NonpartyCorp</c>).</summary>
public sealed record NonPartyOperator
{
    /// <summary>Gets the position in the list, from 1.</summary>
    /// <remarks>Wire element <c>SortNo</c>.</remarks>
    public int? SortNumber { get; init; }

    /// <summary>Gets the operator's name.</summary>
    /// <remarks>Wire element <c>EntName</c>.</remarks>
    public string? Name { get; init; }

    /// <summary>Gets the operator's address.</summary>
    /// <remarks>Wire element <c>EntAddr</c>.</remarks>
    public string? Address { get; init; }

    /// <summary>Gets the operator's country code.</summary>
    /// <remarks>Wire element <c>EntCountryCode</c>.</remarks>
    public string? CountryCode { get; init; }

    /// <summary>Gets the operator's country name.</summary>
    /// <remarks>Wire element <c>EntCountryName</c>.</remarks>
    public string? CountryName { get; init; }
}

/// <summary>Represents one invoice of an RCEP certificate (<c>OriInv</c>; form box 13).</summary>
public sealed record OriginInvoice
{
    /// <summary>Gets the invoice number.</summary>
    /// <remarks>Wire element <c>InvNo</c>.</remarks>
    public string? Number { get; init; }

    /// <summary>Gets the invoice date.</summary>
    /// <remarks>Wire element <c>InvDate</c>.</remarks>
    public DateOnly? Date { get; init; }

    /// <summary>Gets the invoice value.</summary>
    /// <remarks>Wire element <c>Value</c>.</remarks>
    public decimal? Value { get; init; }

    /// <summary>Gets the invoice currency, ISO alpha.</summary>
    /// <remarks>Wire element <c>Curr</c>.</remarks>
    public string? Currency { get; init; }

    /// <summary>Gets the price clause, such as <c>FOB</c>.</summary>
    /// <remarks>Wire element <c>PriceClause</c>.</remarks>
    public string? PriceClause { get; init; }

    /// <summary>Gets the contract number.</summary>
    /// <remarks>Wire element <c>ContractNo</c>.</remarks>
    public string? ContractNumber { get; init; }

    /// <summary>Gets the letter of credit number.</summary>
    /// <remarks>Wire element <c>LcNo</c>.</remarks>
    public string? LetterOfCreditNumber { get; init; }

    /// <summary>Gets the special invoice terms.</summary>
    /// <remarks>Wire element <c>SpecInvTerms</c>.</remarks>
    public string? SpecialTerms { get; init; }
}

/// <summary>Holds what an agreement needs but the <c>Certificate</c> message has no element for: the SDK's extensions,
/// not official fields. The writer leaves them out unless <see cref="OriginXmlOptions.MapExtensions"/> maps them
/// (<see cref="OriginExtensionMaps.IntoRemarks"/> writes them into the remarks, box 14); the printed certificate shows them.</summary>
public sealed record OriginExtensions
{
    /// <summary>Gets the original proof of origin when this is a back-to-back certificate (RCEP Article 3.19).</summary>
    public BackToBackOrigin? BackToBack { get; init; }

    /// <summary>Gets the lines whose origin relies on cumulation (RCEP Article 3.4; criterion indicator <c>ACU</c>).</summary>
    public IReadOnlyList<CumulatedLine> Cumulation { get; init => field = EquatableList.From(value); } = EquatableList<CumulatedLine>.Empty;

    /// <summary>Gets a value indicating whether the certificate is issued retroactively (RCEP Article 3.17.8; a checkbox on the form).</summary>
    public bool IssuedRetroactively { get; init; }
}

/// <summary>Represents the original proof of origin of a back-to-back certificate (RCEP Article 3.19, overleaf note 11:
/// reference number, issue date, issuing party, first RCEP country of origin).</summary>
public sealed record BackToBackOrigin
{
    /// <summary>Gets the original proof's reference number.</summary>
    public string? OriginalReference { get; init; }

    /// <summary>Gets the original proof's issue date.</summary>
    public DateOnly? OriginalIssueDate { get; init; }

    /// <summary>Gets the party that issued the original proof, ISO alpha-3 such as <c>JPN</c>.</summary>
    public string? IssuingParty { get; init; }

    /// <summary>Gets the RCEP country of origin named on the original proof, ISO alpha-3.</summary>
    public string? FirstCountryOfOrigin { get; init; }

    /// <summary>Gets the approved exporter's code on the original proof, when it is a declaration of origin.</summary>
    public string? ApprovedExporterCode { get; init; }
}

/// <summary>Represents one certificate line whose origin uses materials of other parties cumulated under RCEP Article 3.4.</summary>
public sealed record CumulatedLine
{
    /// <summary>Gets the certificate line number (<see cref="CertificateGoods.LineNumber"/>).</summary>
    public int LineNumber { get; init; }

    /// <summary>Gets the parties whose originating materials were counted as originating, ISO alpha-3 such as <c>JPN</c>.</summary>
    public IReadOnlyList<string> Parties { get; init => field = EquatableList.From(value); } = EquatableList<string>.Empty;
}
