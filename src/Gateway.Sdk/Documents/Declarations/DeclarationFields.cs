using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Lists, in specification order, the elements of each declaration block, how to get their wire text, and how to write them.</summary>
/// <remarks>Order follows the DDL generated from the official import specification (see docs/declarations.md). Generated with the field table; edit both together.</remarks>
internal static partial class DeclarationFields
{
    public static readonly XmlBlock<DeclarationContainer> DeclarationContainer = new("Container", "DecContainers", static x => x.AdditionalElements,
    [
        new("ContainerId", "Number", static (x, _) => Wire.Text(x.Number)),
        new("ContainerMd", "SizeType", static (x, _) => Wire.Text(x.SizeType)),
        new("GoodsNo", "ItemNumbers", static (x, _) => Wire.Text(x.ItemNumbers)),
        new("LclFlag", "LessThanContainerLoad", static (x, _) => Wire.Text(x.LessThanContainerLoad)),
        new("GoodsContaWt", "GoodsAndContainerWeight", static (x, _) => Wire.Text(x.GoodsAndContainerWeight)),
        new("ContainerWt", "TareWeight", static (x, _) => Wire.Text(x.TareWeight)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.Number);
        w.Field(f[1], x.SizeType);
        w.Field(f[2], x.ItemNumbers);
        w.Field(f[3], x.LessThanContainerLoad);
        w.Field(f[4], x.GoodsAndContainerWeight);
        w.Field(f[5], x.TareWeight);
    });

    public static readonly XmlBlock<AttachedLicence> AttachedLicence = new("LicenseDocu", "DecLicenseDocus", static x => x.AdditionalElements,
    [
        new("DocuCode", "Code", static (x, _) => Wire.Text(x.Code)),
        new("CertCode", "Number", static (x, _) => Wire.Text(x.Number)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.Code);
        w.Field(f[1], x.Number);
    });

    public static readonly XmlBlock<RequestedCertificate> RequestedCertificate = new("DecRequestCert", "DecRequestCerts", static x => x.AdditionalElements,
    [
        new("AppCertCode", "Code", static (x, _) => Wire.Text(x.Code)),
        new("ApplOri", "Originals", static (x, _) => Wire.Text(x.Originals)),
        new("ApplCopyQuan", "Copies", static (x, _) => Wire.Text(x.Copies)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.Code);
        w.Field(f[1], x.Originals);
        w.Field(f[2], x.Copies);
    });

    public static readonly XmlBlock<OtherPackage> OtherPackage = new("DecOtherPack", "DecOtherPacks", static x => x.AdditionalElements,
    [
        new("PackQty", "Quantity", static (x, _) => Wire.Text(x.Quantity)),
        new("PackType", "Kind", static (x, _) => Wire.Text(x.Kind)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.Quantity);
        w.Field(f[1], x.Kind);
    });

    public static readonly XmlBlock<EnterpriseQualification> EnterpriseQualification = new("DecCopLimit", "DecCopLimits", static x => x.AdditionalElements,
    [
        new("EntQualifNo", "Number", static (x, _) => Wire.Text(x.Number)),
        new("EntQualifTypeCode", "TypeCode", static (x, _) => Wire.Text(x.TypeCode)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.Number);
        w.Field(f[1], x.TypeCode);
    });

    public static readonly XmlBlock<GoodsUser> GoodsUser = new("DecUser", "DecUsers", static x => x.AdditionalElements,
    [
        new("UseOrgPersonCode", "ContactPerson", static (x, _) => Wire.Text(x.ContactPerson)),
        new("UseOrgPersonTel", "ContactPhone", static (x, _) => Wire.Text(x.ContactPhone)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.ContactPerson);
        w.Field(f[1], x.ContactPhone);
    });

    public static readonly XmlBlock<EnterprisePromise> EnterprisePromise = new("DecCopPromise", "DecCopPromises", static x => x.AdditionalElements,
    [
        new("DeclaratioMaterialCode", "MaterialCode", static (x, _) => Wire.Text(x.MaterialCode)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.MaterialCode);
    });

    public static readonly XmlBlock<DeclarationSign> DeclarationSign = new("DecSign", null, static x => x.AdditionalElements,
    [
        new("OperType", "OperationType", static (x, _) => Wire.Text(x.OperationType)),
        new("ICCode", "CardNumber", static (x, _) => Wire.Text(x.CardNumber)),
        new("OperName", "OperatorName", static (x, _) => Wire.Text(x.OperatorName)),
        new("CopCode", "EnterpriseCode", static (x, _) => Wire.Text(x.EnterpriseCode)),
        new("ClientSeqNo", "ClientSeqNo", static (x, _) => Wire.Text(x.ClientSeqNo)),
        new("Sign", "Signature", static (x, _) => Wire.Text(x.Signature)),
        new("SignDate", "SignDate", static (x, _) => Wire.Text(x.SignDate)),
        new("HostId", "HostId", static (x, _) => Wire.Text(x.HostId)),
        new("Certificate", "CertificateNumber", static (x, _) => Wire.Text(x.CertificateNumber)),
        new("DomainId", "SignerRole", static (x, _) => Wire.Text(x.SignerRole)),
        new("Note", "Note", static (x, _) => Wire.Text(x.Note)),
        new("BillSeqNo", "BillSeqNo", static (x, _) => Wire.Text(x.BillSeqNo)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.OperationType);
        w.Field(f[1], x.CardNumber);
        w.Field(f[2], x.OperatorName);
        w.Field(f[3], x.EnterpriseCode);
        w.Field(f[4], x.ClientSeqNo);
        w.Field(f[5], x.Signature);
        w.Field(f[6], x.SignDate);
        w.Field(f[7], x.HostId);
        w.Field(f[8], x.CertificateNumber);
        w.Field(f[9], x.SignerRole);
        w.Field(f[10], x.Note);
        w.Field(f[11], x.BillSeqNo);
    });

    public static readonly XmlBlock<DeclarationFreeText> DeclarationFreeText = new("DecFreeTxt", null, static x => x.AdditionalElements,
    [
        new("BonNo", "BondedWarehouseNumber", static (x, _) => Wire.Text(x.BondedWarehouseNumber)),
        new("CusFie", "YardCode", static (x, _) => Wire.Text(x.YardCode)),
        new("DecBpNo", "DeclarantContact", static (x, _) => Wire.Text(x.DeclarantContact)),
        new("DecNo", "DeclarantCertificateNumber", static (x, _) => Wire.Text(x.DeclarantCertificateNumber)),
        new("RelId", "RelatedDeclarationId", static (x, _) => Wire.Text(x.RelatedDeclarationId)),
        new("RelManNo", "RelatedManualNumber", static (x, _) => Wire.Text(x.RelatedManualNumber)),
        new("VoyNo", "VoyageNumber", static (x, _) => Wire.Text(x.VoyageNumber)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.BondedWarehouseNumber);
        w.Field(f[1], x.YardCode);
        w.Field(f[2], x.DeclarantContact);
        w.Field(f[3], x.DeclarantCertificateNumber);
        w.Field(f[4], x.RelatedDeclarationId);
        w.Field(f[5], x.RelatedManualNumber);
        w.Field(f[6], x.VoyageNumber);
    });

    public static readonly XmlBlock<ElectronicDocument> ElectronicDocument = new("EdocRealation", null, static x => x.AdditionalElements,
    [
        new("EdocID", "Id", static (x, _) => Wire.Text(x.Id)),
        new("EdocCode", "Code", static (x, _) => Wire.Text(x.Code)),
        new("EdocFomatType", "Format", static (x, _) => Wire.Text(x.Format)),
        new("OpNote", "OperationNote", static (x, _) => Wire.Text(x.OperationNote)),
        new("EdocCopId", "EnterpriseFileName", static (x, _) => Wire.Text(x.EnterpriseFileName)),
        new("EdocOwnerCode", "OwnerCode", static (x, _) => Wire.Text(x.OwnerCode)),
        new("SignUnit", "SigningUnit", static (x, _) => Wire.Text(x.SigningUnit)),
        new("SignTime", "SigningTime", static (x, _) => Wire.Text(x.SigningTime)),
        new("EdocOwnerName", "OwnerName", static (x, _) => Wire.Text(x.OwnerName)),
        new("EdocSize", "Size", static (x, _) => Wire.Text(x.Size)),
        new("GNoStr", "ItemNumbers", static (x, _) => Wire.Text(x.ItemNumbers)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.Id);
        w.Field(f[1], x.Code);
        w.Field(f[2], x.Format);
        w.Field(f[3], x.OperationNote);
        w.Field(f[4], x.EnterpriseFileName);
        w.Field(f[5], x.OwnerCode);
        w.Field(f[6], x.SigningUnit);
        w.Field(f[7], x.SigningTime);
        w.Field(f[8], x.OwnerName);
        w.Field(f[9], x.Size);
        w.Field(f[10], x.ItemNumbers);
    });

    public static readonly XmlBlock<OriginCertificateRelation> OriginCertificateRelation = new("EcoRelation", null, static x => x.AdditionalElements,
    [
        new("CertType", "CertificateType", static (x, _) => Wire.Text(x.CertificateType)),
        new("DecGNo", "DeclarationItemNumber", static (x, _) => Wire.Text(x.DeclarationItemNumber)),
        new("EcoCertNo", "CertificateNumber", static (x, _) => Wire.Text(x.CertificateNumber)),
        new("EcoGNo", "CertificateItemNumber", static (x, _) => Wire.Text(x.CertificateItemNumber)),
        new("ExtendFiled", "Extension", static (x, _) => Wire.Text(x.Extension)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.CertificateType);
        w.Field(f[1], x.DeclarationItemNumber);
        w.Field(f[2], x.CertificateNumber);
        w.Field(f[3], x.CertificateItemNumber);
        w.Field(f[4], x.Extension);
    });
}
