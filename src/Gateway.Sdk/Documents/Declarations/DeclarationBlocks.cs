using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Builds each block from the field values read for it; fields are addressed by their position in <see cref="DeclarationFields"/>.</summary>
internal static class DeclarationBlocks
{
    public static DeclarationHead DeclarationHead(FieldValues<DeclarationHead> f) => new()
    {
        AgentCode = f.Customs(0), // AgentCode
        AgentName = f.String(1), // AgentName
        ApprovalNumber = f.String(2), // ApprNo
        BillOfLadingNumber = f.String(3), // BillNo
        ContractNumber = f.String(4), // ContrNo
        EntryUnitCode = f.String(5), // CopCode
        EntryUnitName = f.String(6), // CopName
        DeclarationCustoms = f.String(7), // CustomMaster
        LevyKind = f.String(8), // CutMode
        DataSource = f.String(9), // DataSource
        DeclarationTransitRelation = f.String(10), // DeclTrnRel
        DestinationPort = f.String(11), // DistinatePort
        EdiId = f.String(12), // EdiId
        EntryId = f.String(13), // EntryId
        EntryType = f.String(14), // EntryType
        FreightCurrency = f.Currency(15), // FeeCurr
        FreightMark = f.String(16), // FeeMark
        FreightRate = f.Decimal(17), // FeeRate
        GrossWeight = f.Decimal(18), // GrossWet
        ImportExportDate = f.Date(19), // IEDate
        Direction = f.Direction(20), // IEFlag
        ImportExportPort = f.String(21), // IEPort
        InputerName = f.String(22), // InputerName
        InsuranceCurrency = f.Currency(23), // InsurCurr
        InsuranceMark = f.String(24), // InsurMark
        InsuranceRate = f.Decimal(25), // InsurRate
        LicenceNumber = f.String(26), // LicenseNo
        ManualNumber = f.String(27), // ManualNo
        NetWeight = f.Decimal(28), // NetWt
        Remarks = f.String(29), // NoteS
        OtherChargesCurrency = f.Currency(30), // OtherCurr
        OtherChargesMark = f.String(31), // OtherMark
        OtherChargesRate = f.Decimal(32), // OtherRate
        OwnerCode = f.String(33), // OwnerCode
        OwnerName = f.String(34), // OwnerName
        PackageCount = f.Int32(35), // PackNo
        DeclarantId = f.String(36), // PartenerID
        DeclarationDate = f.Date(37), // PDate
        PreEntryId = f.String(38), // PreEntryId
        Risk = f.String(39), // Risk
        SeqNo = f.String(40), // SeqNo
        TransitDeclarationNumber = f.String(41), // TgdNo
        ShippingCountry = f.Country(42), // TradeCountry
        TradeMode = f.String(43), // TradeMode
        TraderCode = f.String(44), // TradeCode
        TransportMode = f.String(45), // TrafMode
        ConveyanceName = f.String(46), // TrafName
        TraderName = f.String(47), // TradeName
        TransactionMode = f.String(48), // TransMode
        DeclarationType = f.Type(49), // Type
        TypistCardNumber = f.String(50), // TypistNo
        PackageKind = f.String(51), // WrapType
        GuaranteeRelease = f.String(52), // ChkSurety
        RecordListType = f.String(53), // BillType
        EntryUnitCreditCode = f.CreditCode(54), // CopCodeScc
        TraderCreditCode = f.CreditCode(55), // TradeCoScc
        AgentCreditCode = f.CreditCode(56), // AgentCodeScc
        OwnerCreditCode = f.CreditCode(57), // OwnerCodeScc
        PriceDeclarations = f.String(58), // PromiseItmes
        BusinessItems = f.String(59), // BusinessItems
        TradingCountry = f.Country(60), // TradeAreaCode
        InspectionDiversion = f.String(61), // CheckFlow
        TaxAdministrationMark = f.String(62), // TaxAaminMark
        ShippingMarks = f.String(63), // MarkNo
        DeparturePort = f.String(64), // DespPortCode
        EntryExitPort = f.String(65), // EntyPortCode
        GoodsLocation = f.String(66), // GoodsPlace
        InspectionBillNumber = f.String(67), // BLNo
        InspectionAuthority = f.String(68), // InspOrgCode
        SpecialBusinessFlags = f.String(69), // SpecDeclFlag
        DestinationCustoms = f.String(70), // PurpOrgCode
        DepartureDate = f.Date(71), // DespDate
        DischargeCompletionDate = f.Date(72), // CmplDschrgDt
        CorrelationReason = f.String(73), // CorrelationReasonFlag
        VisaAuthority = f.String(74), // VsaOrgCode
        OriginalContainer = f.String(75), // OrigBoxFlag
        DeclarantName = f.String(76), // DeclareName
        NoOtherPackaging = f.String(77), // NoOtherPack
        InspectionAcceptingAuthority = f.String(78), // OrgCode
        OverseasConsignorCode = f.String(79), // OverseasConsignorCode
        OverseasConsignorChineseName = f.String(80), // OverseasConsignorCname
        OverseasConsignorName = f.String(81), // OverseasConsignorEname
        OverseasConsignorAddress = f.String(82), // OverseasConsignorAddr
        OverseasConsigneeCode = f.String(83), // OverseasConsigneeCode
        OverseasConsigneeName = f.String(84), // OverseasConsigneeEname
        DomesticTraderEnglishName = f.String(85), // DomesticConsigneeEname
        CorrelationNumbers = f.String(86), // CorrelationNo
        EdiRemark = f.String(87), // EdiRemark
        EdiRemark2 = f.String(88), // EdiRemark2
        TraderInspectionCode = f.String(89), // TradeCiqCode
        OwnerInspectionCode = f.String(90), // OwnerCiqCode
        AgentInspectionCode = f.String(91), // DeclCiqCode
        AdditionalElements = f.Extensions,
    };

    public static DeclarationGoods DeclarationGoods(FieldValues<DeclarationGoods> f, bool export, IReadOnlyList<GoodsLicence> licences) => new()
    {
        ClassificationMark = f.String(0), // ClassMark
        HsCode = f.Hs(1), // CodeTS
        RecordItemNumber = f.Int64(2), // ContrItem
        UnitPrice = f.Decimal(3), // DeclPrice
        TotalPrice = f.Decimal(4), // DeclTotal
        DutyMode = f.String(5), // DutyMode
        ExgNumber = f.String(6), // ExgNo
        ExgVersion = f.Int32(7), // ExgVersion
        UnitFactor = f.Decimal(8), // Factor
        FirstUnit = f.String(9), // FirstUnit
        FirstQuantity = f.Decimal(10), // FirstQty
        DeclaredUnit = f.String(11), // GUnit
        Specification = f.String(12), // GModel
        GoodsName = f.String(13), // GName
        ItemNumber = f.Int32(14), // GNo
        DeclaredQuantity = f.Decimal(15), // GQty
        OriginCountry = f.Country(export ? 22 : 16), // DestinationCountry on exports, OriginCountry on imports
        SecondUnit = f.String(17), // SecondUnit
        SecondQuantity = f.Decimal(18), // SecondQty
        Currency = f.Currency(19), // TradeCurr
        Use = f.String(20), // UseTo
        ProcessingFeeUsd = f.Decimal(21), // WorkUsd
        DestinationCountry = f.Country(export ? 16 : 22), // OriginCountry on exports, DestinationCountry on imports
        InspectionCategory = f.String(23), // CiqCode
        GoodsEnglishName = f.String(24), // DeclGoodsEname
        OriginRegion = f.String(25), // OrigPlaceCode
        Purpose = f.String(26), // Purpose
        ExpiryDate = f.String(27), // ProdValidDt
        ShelfLife = f.String(28), // ProdQgp
        GoodsAttributes = f.String(29), // GoodsAttr
        Composition = f.String(30), // Stuff
        UnNumber = f.String(31), // Uncode
        DangerousGoodsName = f.String(32), // DangName
        DangerousPackingGroup = f.String(33), // DangPackType
        DangerousPackingSpecification = f.String(34), // DangPackSpec
        OverseasManufacturer = f.String(35), // EngManEntCnm
        NotHazardousChemical = f.String(36), // NoDangFlag
        DestinationCode = f.String(37), // DestCode
        InspectionSpecification = f.String(38), // GoodsSpec
        GoodsModel = f.String(39), // GoodsModel
        GoodsBrand = f.String(40), // GoodsBrand
        ProductionDates = f.String(41), // ProduceDate
        ProductionBatchNumbers = f.String(42), // ProdBatchNo
        DistrictCode = f.String(43), // DistrictCode
        InspectionCategoryName = f.String(44), // CiqName
        ManufacturerRegistrationNumber = f.String(45), // MnufctrRegNo
        ManufacturerName = f.String(46), // MnufctrRegName
        PreferentialOriginCountry = f.Country(47), // RcepOrigPlaceCode
        ControlExplanationCode = f.String(48), // ControlExplainCode
        Licences = licences,
        AdditionalElements = f.Extensions,
    };

    public static GoodsLicence GoodsLicence(FieldValues<GoodsLicence> f, IReadOnlyList<LicenceVehicle> vehicles) => new()
    {
        ItemNumber = f.Int32(0), // GoodsNo
        LicenceType = f.String(1), // LicTypeCode
        LicenceNumber = f.String(2), // LicenceNo
        WriteOffDetailNumber = f.String(3), // LicWrtofDetailNo
        WriteOffQuantity = f.String(4), // LicWrtofQty
        WriteOffUnit = f.String(5), // LicWrtofQtyUnit
        Vehicles = vehicles,
        AdditionalElements = f.Extensions,
    };

    public static LicenceVehicle LicenceVehicle(FieldValues<LicenceVehicle> f) => new()
    {
        LicenceNumber = f.String(0), // LicenceNo
        LicenceType = f.String(1), // LicTypeCode
        VinSequence = f.String(2), // VinNo
        BillOfLadingDate = f.Date(3), // BillLadDate
        WarrantyPeriod = f.String(4), // QualityQgp
        MotorNumber = f.String(5), // MotorNo
        Vin = f.String(6), // VinCode
        ChassisNumber = f.String(7), // ChassisNo
        InvoiceQuantity = f.Decimal(8), // InvoiceNum
        ProductChineseName = f.String(9), // ProdCnnm
        ProductEnglishName = f.String(10), // ProdEnnm
        ModelEnglish = f.String(11), // ModelEn
        UnitPrice = f.String(12), // PricePerUnit
        InvoiceNumber = f.String(13), // InvoiceNo
        AdditionalElements = f.Extensions,
    };

    public static DeclarationContainer DeclarationContainer(FieldValues<DeclarationContainer> f) => new()
    {
        Number = f.Container(0), // ContainerId
        SizeType = f.String(1), // ContainerMd
        ItemNumbers = f.String(2), // GoodsNo
        LessThanContainerLoad = f.String(3), // LclFlag
        GoodsAndContainerWeight = f.Decimal(4), // GoodsContaWt
        TareWeight = f.Decimal(5), // ContainerWt
        AdditionalElements = f.Extensions,
    };

    public static AttachedLicence AttachedLicence(FieldValues<AttachedLicence> f) => new()
    {
        Code = f.String(0), // DocuCode
        Number = f.String(1), // CertCode
        AdditionalElements = f.Extensions,
    };

    public static RequestedCertificate RequestedCertificate(FieldValues<RequestedCertificate> f) => new()
    {
        Code = f.String(0), // AppCertCode
        Originals = f.String(1), // ApplOri
        Copies = f.String(2), // ApplCopyQuan
        AdditionalElements = f.Extensions,
    };

    public static OtherPackage OtherPackage(FieldValues<OtherPackage> f) => new()
    {
        Quantity = f.Decimal(0), // PackQty
        Kind = f.String(1), // PackType
        AdditionalElements = f.Extensions,
    };

    public static EnterpriseQualification EnterpriseQualification(FieldValues<EnterpriseQualification> f) => new()
    {
        Number = f.String(0), // EntQualifNo
        TypeCode = f.String(1), // EntQualifTypeCode
        AdditionalElements = f.Extensions,
    };

    public static GoodsUser GoodsUser(FieldValues<GoodsUser> f) => new()
    {
        ContactPerson = f.String(0), // UseOrgPersonCode
        ContactPhone = f.String(1), // UseOrgPersonTel
        AdditionalElements = f.Extensions,
    };

    public static EnterprisePromise EnterprisePromise(FieldValues<EnterprisePromise> f) => new()
    {
        MaterialCode = f.String(0), // DeclaratioMaterialCode
        AdditionalElements = f.Extensions,
    };

    public static DeclarationSign DeclarationSign(FieldValues<DeclarationSign> f) => new()
    {
        OperationType = f.String(0), // OperType
        CardNumber = f.String(1), // ICCode
        OperatorName = f.String(2), // OperName
        EnterpriseCode = f.String(3), // CopCode
        ClientSeqNo = f.String(4), // ClientSeqNo
        Signature = f.String(5), // Sign
        SignDate = f.String(6), // SignDate
        HostId = f.String(7), // HostId
        CertificateNumber = f.String(8), // Certificate
        SignerRole = f.String(9), // DomainId
        Note = f.String(10), // Note
        BillSeqNo = f.String(11), // BillSeqNo
        AdditionalElements = f.Extensions,
    };

    public static DeclarationFreeText DeclarationFreeText(FieldValues<DeclarationFreeText> f) => new()
    {
        BondedWarehouseNumber = f.String(0), // BonNo
        YardCode = f.String(1), // CusFie
        DeclarantContact = f.String(2), // DecBpNo
        DeclarantCertificateNumber = f.String(3), // DecNo
        RelatedDeclarationId = f.String(4), // RelId
        RelatedManualNumber = f.String(5), // RelManNo
        VoyageNumber = f.String(6), // VoyNo
        AdditionalElements = f.Extensions,
    };

    public static ElectronicDocument ElectronicDocument(FieldValues<ElectronicDocument> f) => new()
    {
        Id = f.String(0), // EdocID
        Code = f.String(1), // EdocCode
        Format = f.String(2), // EdocFomatType
        OperationNote = f.String(3), // OpNote
        EnterpriseFileName = f.String(4), // EdocCopId
        OwnerCode = f.String(5), // EdocOwnerCode
        SigningUnit = f.String(6), // SignUnit
        SigningTime = f.String(7), // SignTime
        OwnerName = f.String(8), // EdocOwnerName
        Size = f.String(9), // EdocSize
        ItemNumbers = f.String(10), // GNoStr
        AdditionalElements = f.Extensions,
    };

    public static OriginCertificateRelation OriginCertificateRelation(FieldValues<OriginCertificateRelation> f) => new()
    {
        CertificateType = f.String(0), // CertType
        DeclarationItemNumber = f.String(1), // DecGNo
        CertificateNumber = f.String(2), // EcoCertNo
        CertificateItemNumber = f.String(3), // EcoGNo
        Extension = f.String(4), // ExtendFiled
        AdditionalElements = f.Extensions,
    };
}
