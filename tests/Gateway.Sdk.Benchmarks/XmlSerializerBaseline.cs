// Baseline for the benchmarks: the DecMessage as XmlSerializer classes, the way a user without the SDK would write them.
// One string property per element (cheaper for XmlSerializer than typed numbers, so the comparison favours the baseline).
// Generated once from the SDK's field table; not used by the SDK.
#pragma warning disable CA1002, CA1056, CA1819, CA2227, CA1707, CA1711, CA1716, CA1720, CA1724, SA1300, IDE1006
using System.Xml.Serialization;

namespace Gateway.Sdk.Benchmarks;

/// <summary>DecHead for XmlSerializer.</summary>
public sealed class XsDecHead
{
    public string? AgentCode { get; set; }

    public string? AgentName { get; set; }

    public string? ApprNo { get; set; }

    public string? BillNo { get; set; }

    public string? ContrNo { get; set; }

    public string? CopCode { get; set; }

    public string? CopName { get; set; }

    public string? CustomMaster { get; set; }

    public string? CutMode { get; set; }

    public string? DataSource { get; set; }

    public string? DeclTrnRel { get; set; }

    public string? DistinatePort { get; set; }

    public string? EdiId { get; set; }

    public string? EntryId { get; set; }

    public string? EntryType { get; set; }

    public string? FeeCurr { get; set; }

    public string? FeeMark { get; set; }

    public string? FeeRate { get; set; }

    public string? GrossWet { get; set; }

    public string? IEDate { get; set; }

    public string? IEFlag { get; set; }

    public string? IEPort { get; set; }

    public string? InputerName { get; set; }

    public string? InsurCurr { get; set; }

    public string? InsurMark { get; set; }

    public string? InsurRate { get; set; }

    public string? LicenseNo { get; set; }

    public string? ManualNo { get; set; }

    public string? NetWt { get; set; }

    public string? NoteS { get; set; }

    public string? OtherCurr { get; set; }

    public string? OtherMark { get; set; }

    public string? OtherRate { get; set; }

    public string? OwnerCode { get; set; }

    public string? OwnerName { get; set; }

    public string? PackNo { get; set; }

    public string? PartenerID { get; set; }

    public string? PDate { get; set; }

    public string? PreEntryId { get; set; }

    public string? Risk { get; set; }

    public string? SeqNo { get; set; }

    public string? TgdNo { get; set; }

    public string? TradeCountry { get; set; }

    public string? TradeMode { get; set; }

    public string? TradeCode { get; set; }

    public string? TrafMode { get; set; }

    public string? TrafName { get; set; }

    public string? TradeName { get; set; }

    public string? TransMode { get; set; }

    public string? Type { get; set; }

    public string? TypistNo { get; set; }

    public string? WrapType { get; set; }

    public string? ChkSurety { get; set; }

    public string? BillType { get; set; }

    public string? CopCodeScc { get; set; }

    public string? TradeCoScc { get; set; }

    public string? AgentCodeScc { get; set; }

    public string? OwnerCodeScc { get; set; }

    public string? PromiseItmes { get; set; }

    public string? BusinessItems { get; set; }

    public string? TradeAreaCode { get; set; }

    public string? CheckFlow { get; set; }

    public string? TaxAaminMark { get; set; }

    public string? MarkNo { get; set; }

    public string? DespPortCode { get; set; }

    public string? EntyPortCode { get; set; }

    public string? GoodsPlace { get; set; }

    public string? BLNo { get; set; }

    public string? InspOrgCode { get; set; }

    public string? SpecDeclFlag { get; set; }

    public string? PurpOrgCode { get; set; }

    public string? DespDate { get; set; }

    public string? CmplDschrgDt { get; set; }

    public string? CorrelationReasonFlag { get; set; }

    public string? VsaOrgCode { get; set; }

    public string? OrigBoxFlag { get; set; }

    public string? DeclareName { get; set; }

    public string? NoOtherPack { get; set; }

    public string? OrgCode { get; set; }

    public string? OverseasConsignorCode { get; set; }

    public string? OverseasConsignorCname { get; set; }

    public string? OverseasConsignorEname { get; set; }

    public string? OverseasConsignorAddr { get; set; }

    public string? OverseasConsigneeCode { get; set; }

    public string? OverseasConsigneeEname { get; set; }

    public string? DomesticConsigneeEname { get; set; }

    public string? CorrelationNo { get; set; }

    public string? EdiRemark { get; set; }

    public string? EdiRemark2 { get; set; }

    public string? TradeCiqCode { get; set; }

    public string? OwnerCiqCode { get; set; }

    public string? DeclCiqCode { get; set; }
}

/// <summary>DecList for XmlSerializer.</summary>
public sealed class XsDecList
{
    public string? ClassMark { get; set; }

    public string? CodeTS { get; set; }

    public string? ContrItem { get; set; }

    public string? DeclPrice { get; set; }

    public string? DeclTotal { get; set; }

    public string? DutyMode { get; set; }

    public string? ExgNo { get; set; }

    public string? ExgVersion { get; set; }

    public string? Factor { get; set; }

    public string? FirstUnit { get; set; }

    public string? FirstQty { get; set; }

    public string? GUnit { get; set; }

    public string? GModel { get; set; }

    public string? GName { get; set; }

    public string? GNo { get; set; }

    public string? GQty { get; set; }

    public string? OriginCountry { get; set; }

    public string? SecondUnit { get; set; }

    public string? SecondQty { get; set; }

    public string? TradeCurr { get; set; }

    public string? UseTo { get; set; }

    public string? WorkUsd { get; set; }

    public string? DestinationCountry { get; set; }

    public string? CiqCode { get; set; }

    public string? DeclGoodsEname { get; set; }

    public string? OrigPlaceCode { get; set; }

    public string? Purpose { get; set; }

    public string? ProdValidDt { get; set; }

    public string? ProdQgp { get; set; }

    public string? GoodsAttr { get; set; }

    public string? Stuff { get; set; }

    public string? Uncode { get; set; }

    public string? DangName { get; set; }

    public string? DangPackType { get; set; }

    public string? DangPackSpec { get; set; }

    public string? EngManEntCnm { get; set; }

    public string? NoDangFlag { get; set; }

    public string? DestCode { get; set; }

    public string? GoodsSpec { get; set; }

    public string? GoodsModel { get; set; }

    public string? GoodsBrand { get; set; }

    public string? ProduceDate { get; set; }

    public string? ProdBatchNo { get; set; }

    public string? DistrictCode { get; set; }

    public string? CiqName { get; set; }

    public string? MnufctrRegNo { get; set; }

    public string? MnufctrRegName { get; set; }

    public string? RcepOrigPlaceCode { get; set; }

    public string? ControlExplainCode { get; set; }

    [XmlArray("DecGoodsLimits"), XmlArrayItem("DecGoodsLimit")]
    public List<XsDecGoodsLimit>? DecGoodsLimits { get; set; }
}

/// <summary>DecGoodsLimit for XmlSerializer.</summary>
public sealed class XsDecGoodsLimit
{
    public string? GoodsNo { get; set; }

    public string? LicTypeCode { get; set; }

    public string? LicenceNo { get; set; }

    public string? LicWrtofDetailNo { get; set; }

    public string? LicWrtofQty { get; set; }

    public string? LicWrtofQtyUnit { get; set; }

    [XmlElement("DecGoodsLimitVin")]
    public List<XsDecGoodsLimitVin>? DecGoodsLimitVin { get; set; }
}

/// <summary>DecGoodsLimitVin for XmlSerializer.</summary>
public sealed class XsDecGoodsLimitVin
{
    public string? LicenceNo { get; set; }

    public string? LicTypeCode { get; set; }

    public string? VinNo { get; set; }

    public string? BillLadDate { get; set; }

    public string? QualityQgp { get; set; }

    public string? MotorNo { get; set; }

    public string? VinCode { get; set; }

    public string? ChassisNo { get; set; }

    public string? InvoiceNum { get; set; }

    public string? ProdCnnm { get; set; }

    public string? ProdEnnm { get; set; }

    public string? ModelEn { get; set; }

    public string? PricePerUnit { get; set; }

    public string? InvoiceNo { get; set; }
}

/// <summary>Container for XmlSerializer.</summary>
public sealed class XsContainer
{
    public string? ContainerId { get; set; }

    public string? ContainerMd { get; set; }

    public string? GoodsNo { get; set; }

    public string? LclFlag { get; set; }

    public string? GoodsContaWt { get; set; }

    public string? ContainerWt { get; set; }
}

/// <summary>LicenseDocu for XmlSerializer.</summary>
public sealed class XsLicenseDocu
{
    public string? DocuCode { get; set; }

    public string? CertCode { get; set; }
}

/// <summary>DecRequestCert for XmlSerializer.</summary>
public sealed class XsDecRequestCert
{
    public string? AppCertCode { get; set; }

    public string? ApplOri { get; set; }

    public string? ApplCopyQuan { get; set; }
}

/// <summary>DecOtherPack for XmlSerializer.</summary>
public sealed class XsDecOtherPack
{
    public string? PackQty { get; set; }

    public string? PackType { get; set; }
}

/// <summary>DecCopLimit for XmlSerializer.</summary>
public sealed class XsDecCopLimit
{
    public string? EntQualifNo { get; set; }

    public string? EntQualifTypeCode { get; set; }
}

/// <summary>DecUser for XmlSerializer.</summary>
public sealed class XsDecUser
{
    public string? UseOrgPersonCode { get; set; }

    public string? UseOrgPersonTel { get; set; }
}

/// <summary>DecCopPromise for XmlSerializer.</summary>
public sealed class XsDecCopPromise
{
    public string? DeclaratioMaterialCode { get; set; }
}

/// <summary>DecSign for XmlSerializer.</summary>
public sealed class XsDecSign
{
    public string? OperType { get; set; }

    public string? ICCode { get; set; }

    public string? OperName { get; set; }

    public string? CopCode { get; set; }

    public string? ClientSeqNo { get; set; }

    public string? Sign { get; set; }

    public string? SignDate { get; set; }

    public string? HostId { get; set; }

    public string? Certificate { get; set; }

    public string? DomainId { get; set; }

    public string? Note { get; set; }

    public string? BillSeqNo { get; set; }
}

/// <summary>DecFreeTxt for XmlSerializer.</summary>
public sealed class XsDecFreeTxt
{
    public string? BonNo { get; set; }

    public string? CusFie { get; set; }

    public string? DecBpNo { get; set; }

    public string? DecNo { get; set; }

    public string? RelId { get; set; }

    public string? RelManNo { get; set; }

    public string? VoyNo { get; set; }
}

/// <summary>EdocRealation for XmlSerializer.</summary>
public sealed class XsEdocRealation
{
    public string? EdocID { get; set; }

    public string? EdocCode { get; set; }

    public string? EdocFomatType { get; set; }

    public string? OpNote { get; set; }

    public string? EdocCopId { get; set; }

    public string? EdocOwnerCode { get; set; }

    public string? SignUnit { get; set; }

    public string? SignTime { get; set; }

    public string? EdocOwnerName { get; set; }

    public string? EdocSize { get; set; }

    public string? GNoStr { get; set; }
}

/// <summary>EcoRelation for XmlSerializer.</summary>
public sealed class XsEcoRelation
{
    public string? CertType { get; set; }

    public string? DecGNo { get; set; }

    public string? EcoCertNo { get; set; }

    public string? EcoGNo { get; set; }

    public string? ExtendFiled { get; set; }
}

/// <summary>DecMessage for XmlSerializer.</summary>
[XmlRoot("DecMessage", Namespace = "http://www.chinaport.gov.cn/dec")]
public sealed class XsDecMessage
{
    [XmlAttribute] public string? Version { get; set; }

    public XsDecHead? DecHead { get; set; }

    [XmlArray("DecLists"), XmlArrayItem("DecList")]
    public List<XsDecList>? DecLists { get; set; }

    [XmlArray("DecContainers"), XmlArrayItem("Container")]
    public List<XsContainer>? DecContainers { get; set; }

    [XmlArray("DecLicenseDocus"), XmlArrayItem("LicenseDocu")]
    public List<XsLicenseDocu>? DecLicenseDocus { get; set; }

    [XmlArray("DecRequestCerts"), XmlArrayItem("DecRequestCert")]
    public List<XsDecRequestCert>? DecRequestCerts { get; set; }

    [XmlArray("DecOtherPacks"), XmlArrayItem("DecOtherPack")]
    public List<XsDecOtherPack>? DecOtherPacks { get; set; }

    [XmlArray("DecCopLimits"), XmlArrayItem("DecCopLimit")]
    public List<XsDecCopLimit>? DecCopLimits { get; set; }

    [XmlArray("DecUsers"), XmlArrayItem("DecUser")]
    public List<XsDecUser>? DecUsers { get; set; }

    [XmlArray("DecCopPromises"), XmlArrayItem("DecCopPromise")]
    public List<XsDecCopPromise>? DecCopPromises { get; set; }

    public XsDecSign? DecSign { get; set; }

    public XsDecFreeTxt? DecFreeTxt { get; set; }

    [XmlElement("EdocRealation")]
    public List<XsEdocRealation>? EdocRealation { get; set; }

    [XmlElement("EcoRelation")]
    public List<XsEcoRelation>? EcoRelation { get; set; }
}
