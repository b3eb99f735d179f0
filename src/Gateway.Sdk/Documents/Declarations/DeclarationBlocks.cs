using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Builds each block from the field values read for it.</summary>
internal static class DeclarationBlocks
{
    public static DeclarationHead DeclarationHead(FieldValues<DeclarationHead> f) => new()
    {
        AgentCode = f.Customs("AgentCode"),
        AgentName = f.String("AgentName"),
        ApprovalNumber = f.String("ApprNo"),
        BillOfLadingNumber = f.String("BillNo"),
        ContractNumber = f.String("ContrNo"),
        EntryUnitCode = f.String("CopCode"),
        EntryUnitName = f.String("CopName"),
        DeclarationCustoms = f.String("CustomMaster"),
        LevyKind = f.String("CutMode"),
        DataSource = f.String("DataSource"),
        DeclarationTransitRelation = f.String("DeclTrnRel"),
        DestinationPort = f.String("DistinatePort"),
        EdiId = f.String("EdiId"),
        EntryId = f.String("EntryId"),
        EntryType = f.String("EntryType"),
        FreightCurrency = f.Currency("FeeCurr"),
        FreightMark = f.String("FeeMark"),
        FreightRate = f.Decimal("FeeRate"),
        GrossWeight = f.Decimal("GrossWet"),
        ImportExportDate = f.Date("IEDate"),
        Direction = f.Direction("IEFlag"),
        ImportExportPort = f.String("IEPort"),
        InputerName = f.String("InputerName"),
        InsuranceCurrency = f.Currency("InsurCurr"),
        InsuranceMark = f.String("InsurMark"),
        InsuranceRate = f.Decimal("InsurRate"),
        LicenceNumber = f.String("LicenseNo"),
        ManualNumber = f.String("ManualNo"),
        NetWeight = f.Decimal("NetWt"),
        Remarks = f.String("NoteS"),
        OtherChargesCurrency = f.Currency("OtherCurr"),
        OtherChargesMark = f.String("OtherMark"),
        OtherChargesRate = f.Decimal("OtherRate"),
        OwnerCode = f.String("OwnerCode"),
        OwnerName = f.String("OwnerName"),
        PackageCount = f.Int32("PackNo"),
        DeclarantId = f.String("PartenerID"),
        DeclarationDate = f.Date("PDate"),
        PreEntryId = f.String("PreEntryId"),
        Risk = f.String("Risk"),
        SeqNo = f.String("SeqNo"),
        TransitDeclarationNumber = f.String("TgdNo"),
        ShippingCountry = f.Country("TradeCountry"),
        TradeMode = f.String("TradeMode"),
        TraderCode = f.String("TradeCode"),
        TransportMode = f.String("TrafMode"),
        ConveyanceName = f.String("TrafName"),
        TraderName = f.String("TradeName"),
        TransactionMode = f.String("TransMode"),
        DeclarationType = f.Type("Type"),
        TypistCardNumber = f.String("TypistNo"),
        PackageKind = f.String("WrapType"),
        GuaranteeRelease = f.String("ChkSurety"),
        RecordListType = f.String("BillType"),
        EntryUnitCreditCode = f.CreditCode("CopCodeScc"),
        TraderCreditCode = f.CreditCode("TradeCoScc"),
        AgentCreditCode = f.CreditCode("AgentCodeScc"),
        OwnerCreditCode = f.CreditCode("OwnerCodeScc"),
        PriceDeclarations = f.String("PromiseItmes"),
        BusinessItems = f.String("BusinessItems"),
        TradingCountry = f.Country("TradeAreaCode"),
        InspectionDiversion = f.String("CheckFlow"),
        TaxAdministrationMark = f.String("TaxAaminMark"),
        ShippingMarks = f.String("MarkNo"),
        DeparturePort = f.String("DespPortCode"),
        EntryExitPort = f.String("EntyPortCode"),
        GoodsLocation = f.String("GoodsPlace"),
        InspectionBillNumber = f.String("BLNo"),
        InspectionAuthority = f.String("InspOrgCode"),
        SpecialBusinessFlags = f.String("SpecDeclFlag"),
        DestinationCustoms = f.String("PurpOrgCode"),
        DepartureDate = f.Date("DespDate"),
        DischargeCompletionDate = f.Date("CmplDschrgDt"),
        CorrelationReason = f.String("CorrelationReasonFlag"),
        VisaAuthority = f.String("VsaOrgCode"),
        OriginalContainer = f.String("OrigBoxFlag"),
        DeclarantName = f.String("DeclareName"),
        NoOtherPackaging = f.String("NoOtherPack"),
        InspectionAcceptingAuthority = f.String("OrgCode"),
        OverseasConsignorCode = f.String("OverseasConsignorCode"),
        OverseasConsignorChineseName = f.String("OverseasConsignorCname"),
        OverseasConsignorName = f.String("OverseasConsignorEname"),
        OverseasConsignorAddress = f.String("OverseasConsignorAddr"),
        OverseasConsigneeCode = f.String("OverseasConsigneeCode"),
        OverseasConsigneeName = f.String("OverseasConsigneeEname"),
        DomesticTraderEnglishName = f.String("DomesticConsigneeEname"),
        CorrelationNumbers = f.String("CorrelationNo"),
        EdiRemark = f.String("EdiRemark"),
        EdiRemark2 = f.String("EdiRemark2"),
        TraderInspectionCode = f.String("TradeCiqCode"),
        OwnerInspectionCode = f.String("OwnerCiqCode"),
        AgentInspectionCode = f.String("DeclCiqCode"),
        AdditionalElements = f.Extensions,
    };

    public static DeclarationGoods DeclarationGoods(FieldValues<DeclarationGoods> f, bool export, IReadOnlyList<GoodsLicence> licences) => new()
    {
        ClassificationMark = f.String("ClassMark"),
        HsCode = f.Hs("CodeTS"),
        RecordItemNumber = f.Int64("ContrItem"),
        UnitPrice = f.Decimal("DeclPrice"),
        TotalPrice = f.Decimal("DeclTotal"),
        DutyMode = f.String("DutyMode"),
        ExgNumber = f.String("ExgNo"),
        ExgVersion = f.Int32("ExgVersion"),
        UnitFactor = f.Decimal("Factor"),
        FirstUnit = f.String("FirstUnit"),
        FirstQuantity = f.Decimal("FirstQty"),
        DeclaredUnit = f.String("GUnit"),
        Specification = f.String("GModel"),
        GoodsName = f.String("GName"),
        ItemNumber = f.Int32("GNo"),
        DeclaredQuantity = f.Decimal("GQty"),
        OriginCountry = f.Country(export ? "DestinationCountry" : "OriginCountry"),
        SecondUnit = f.String("SecondUnit"),
        SecondQuantity = f.Decimal("SecondQty"),
        Currency = f.Currency("TradeCurr"),
        Use = f.String("UseTo"),
        ProcessingFeeUsd = f.Decimal("WorkUsd"),
        DestinationCountry = f.Country(export ? "OriginCountry" : "DestinationCountry"),
        InspectionCategory = f.String("CiqCode"),
        GoodsEnglishName = f.String("DeclGoodsEname"),
        OriginRegion = f.String("OrigPlaceCode"),
        Purpose = f.String("Purpose"),
        ExpiryDate = f.String("ProdValidDt"),
        ShelfLife = f.String("ProdQgp"),
        GoodsAttributes = f.String("GoodsAttr"),
        Composition = f.String("Stuff"),
        UnNumber = f.String("Uncode"),
        DangerousGoodsName = f.String("DangName"),
        DangerousPackingGroup = f.String("DangPackType"),
        DangerousPackingSpecification = f.String("DangPackSpec"),
        OverseasManufacturer = f.String("EngManEntCnm"),
        NotHazardousChemical = f.String("NoDangFlag"),
        DestinationCode = f.String("DestCode"),
        InspectionSpecification = f.String("GoodsSpec"),
        GoodsModel = f.String("GoodsModel"),
        GoodsBrand = f.String("GoodsBrand"),
        ProductionDates = f.String("ProduceDate"),
        ProductionBatchNumbers = f.String("ProdBatchNo"),
        DistrictCode = f.String("DistrictCode"),
        InspectionCategoryName = f.String("CiqName"),
        ManufacturerRegistrationNumber = f.String("MnufctrRegNo"),
        ManufacturerName = f.String("MnufctrRegName"),
        PreferentialOriginCountry = f.Country("RcepOrigPlaceCode"),
        ControlExplanationCode = f.String("ControlExplainCode"),
        Licences = licences,
        AdditionalElements = f.Extensions,
    };

    public static GoodsLicence GoodsLicence(FieldValues<GoodsLicence> f, IReadOnlyList<LicenceVehicle> vehicles) => new()
    {
        ItemNumber = f.Int32("GoodsNo"),
        LicenceType = f.String("LicTypeCode"),
        LicenceNumber = f.String("LicenceNo"),
        WriteOffDetailNumber = f.String("LicWrtofDetailNo"),
        WriteOffQuantity = f.String("LicWrtofQty"),
        WriteOffUnit = f.String("LicWrtofQtyUnit"),
        Vehicles = vehicles,
        AdditionalElements = f.Extensions,
    };

    public static LicenceVehicle LicenceVehicle(FieldValues<LicenceVehicle> f) => new()
    {
        LicenceNumber = f.String("LicenceNo"),
        LicenceType = f.String("LicTypeCode"),
        VinSequence = f.String("VinNo"),
        BillOfLadingDate = f.Date("BillLadDate"),
        WarrantyPeriod = f.String("QualityQgp"),
        MotorNumber = f.String("MotorNo"),
        Vin = f.String("VinCode"),
        ChassisNumber = f.String("ChassisNo"),
        InvoiceQuantity = f.Decimal("InvoiceNum"),
        ProductChineseName = f.String("ProdCnnm"),
        ProductEnglishName = f.String("ProdEnnm"),
        ModelEnglish = f.String("ModelEn"),
        UnitPrice = f.String("PricePerUnit"),
        InvoiceNumber = f.String("InvoiceNo"),
        AdditionalElements = f.Extensions,
    };

    public static DeclarationContainer DeclarationContainer(FieldValues<DeclarationContainer> f) => new()
    {
        Number = f.Container("ContainerId"),
        SizeType = f.String("ContainerMd"),
        ItemNumbers = f.String("GoodsNo"),
        LessThanContainerLoad = f.String("LclFlag"),
        GoodsAndContainerWeight = f.Decimal("GoodsContaWt"),
        TareWeight = f.Decimal("ContainerWt"),
        AdditionalElements = f.Extensions,
    };

    public static AttachedLicence AttachedLicence(FieldValues<AttachedLicence> f) => new()
    {
        Code = f.String("DocuCode"),
        Number = f.String("CertCode"),
        AdditionalElements = f.Extensions,
    };

    public static RequestedCertificate RequestedCertificate(FieldValues<RequestedCertificate> f) => new()
    {
        Code = f.String("AppCertCode"),
        Originals = f.String("ApplOri"),
        Copies = f.String("ApplCopyQuan"),
        AdditionalElements = f.Extensions,
    };

    public static OtherPackage OtherPackage(FieldValues<OtherPackage> f) => new()
    {
        Quantity = f.Decimal("PackQty"),
        Kind = f.String("PackType"),
        AdditionalElements = f.Extensions,
    };

    public static EnterpriseQualification EnterpriseQualification(FieldValues<EnterpriseQualification> f) => new()
    {
        Number = f.String("EntQualifNo"),
        TypeCode = f.String("EntQualifTypeCode"),
        AdditionalElements = f.Extensions,
    };

    public static GoodsUser GoodsUser(FieldValues<GoodsUser> f) => new()
    {
        ContactPerson = f.String("UseOrgPersonCode"),
        ContactPhone = f.String("UseOrgPersonTel"),
        AdditionalElements = f.Extensions,
    };

    public static EnterprisePromise EnterprisePromise(FieldValues<EnterprisePromise> f) => new()
    {
        MaterialCode = f.String("DeclaratioMaterialCode"),
        AdditionalElements = f.Extensions,
    };

    public static DeclarationSign DeclarationSign(FieldValues<DeclarationSign> f) => new()
    {
        OperationType = f.String("OperType"),
        CardNumber = f.String("ICCode"),
        OperatorName = f.String("OperName"),
        EnterpriseCode = f.String("CopCode"),
        ClientSeqNo = f.String("ClientSeqNo"),
        Signature = f.String("Sign"),
        SignDate = f.String("SignDate"),
        HostId = f.String("HostId"),
        CertificateNumber = f.String("Certificate"),
        SignerRole = f.String("DomainId"),
        Note = f.String("Note"),
        BillSeqNo = f.String("BillSeqNo"),
        AdditionalElements = f.Extensions,
    };

    public static DeclarationFreeText DeclarationFreeText(FieldValues<DeclarationFreeText> f) => new()
    {
        BondedWarehouseNumber = f.String("BonNo"),
        YardCode = f.String("CusFie"),
        DeclarantContact = f.String("DecBpNo"),
        DeclarantCertificateNumber = f.String("DecNo"),
        RelatedDeclarationId = f.String("RelId"),
        RelatedManualNumber = f.String("RelManNo"),
        VoyageNumber = f.String("VoyNo"),
        AdditionalElements = f.Extensions,
    };

    public static ElectronicDocument ElectronicDocument(FieldValues<ElectronicDocument> f) => new()
    {
        Id = f.String("EdocID"),
        Code = f.String("EdocCode"),
        Format = f.String("EdocFomatType"),
        OperationNote = f.String("OpNote"),
        EnterpriseFileName = f.String("EdocCopId"),
        OwnerCode = f.String("EdocOwnerCode"),
        SigningUnit = f.String("SignUnit"),
        SigningTime = f.String("SignTime"),
        OwnerName = f.String("EdocOwnerName"),
        Size = f.String("EdocSize"),
        ItemNumbers = f.String("GNoStr"),
        AdditionalElements = f.Extensions,
    };

    public static OriginCertificateRelation OriginCertificateRelation(FieldValues<OriginCertificateRelation> f) => new()
    {
        CertificateType = f.String("CertType"),
        DeclarationItemNumber = f.String("DecGNo"),
        CertificateNumber = f.String("EcoCertNo"),
        CertificateItemNumber = f.String("EcoGNo"),
        Extension = f.String("ExtendFiled"),
        AdditionalElements = f.Extensions,
    };
}
