using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Lists, in specification order, the elements of each declaration block and how to get their wire text.</summary>
/// <remarks>Order follows the DDL generated from the official import specification (see docs/declarations.md).</remarks>
internal static class DeclarationFields
{
    public static readonly XmlBlock<DeclarationHead> DeclarationHead = new("DecHead", null, static x => x.AdditionalElements,
    [
        new("AgentCode", "AgentCode", static (x, _) => Wire.Value(x.AgentCode)),
        new("AgentName", "AgentName", static (x, _) => Wire.Value(x.AgentName)),
        new("ApprNo", "ApprovalNumber", static (x, _) => Wire.Value(x.ApprovalNumber)),
        new("BillNo", "BillOfLadingNumber", static (x, _) => Wire.Value(x.BillOfLadingNumber)),
        new("ContrNo", "ContractNumber", static (x, _) => Wire.Value(x.ContractNumber)),
        new("CopCode", "EntryUnitCode", static (x, _) => Wire.Value(x.EntryUnitCode)),
        new("CopName", "EntryUnitName", static (x, _) => Wire.Value(x.EntryUnitName)),
        new("CustomMaster", "DeclarationCustoms", static (x, _) => Wire.Value(x.DeclarationCustoms)),
        new("CutMode", "LevyKind", static (x, _) => Wire.Value(x.LevyKind)),
        new("DataSource", "DataSource", static (x, _) => Wire.Value(x.DataSource)),
        new("DeclTrnRel", "DeclarationTransitRelation", static (x, _) => Wire.Value(x.DeclarationTransitRelation)),
        new("DistinatePort", "DestinationPort", static (x, _) => Wire.Value(x.DestinationPort)),
        new("EdiId", "EdiId", static (x, _) => Wire.Value(x.EdiId)),
        new("EntryId", "EntryId", static (x, _) => Wire.Value(x.EntryId)),
        new("EntryType", "EntryType", static (x, _) => Wire.Value(x.EntryType)),
        new("FeeCurr", "FreightCurrency", static (x, _) => Wire.Value(x.FreightCurrency)),
        new("FeeMark", "FreightMark", static (x, _) => Wire.Value(x.FreightMark)),
        new("FeeRate", "FreightRate", static (x, _) => Wire.Value(x.FreightRate)),
        new("GrossWet", "GrossWeight", static (x, _) => Wire.Value(x.GrossWeight)),
        new("IEDate", "ImportExportDate", static (x, _) => Wire.Value(x.ImportExportDate)),
        new("IEFlag", "Direction", static (x, _) => Wire.Value(x.Direction)),
        new("IEPort", "ImportExportPort", static (x, _) => Wire.Value(x.ImportExportPort)),
        new("InputerName", "InputerName", static (x, _) => Wire.Value(x.InputerName)),
        new("InsurCurr", "InsuranceCurrency", static (x, _) => Wire.Value(x.InsuranceCurrency)),
        new("InsurMark", "InsuranceMark", static (x, _) => Wire.Value(x.InsuranceMark)),
        new("InsurRate", "InsuranceRate", static (x, _) => Wire.Value(x.InsuranceRate)),
        new("LicenseNo", "LicenceNumber", static (x, _) => Wire.Value(x.LicenceNumber)),
        new("ManualNo", "ManualNumber", static (x, _) => Wire.Value(x.ManualNumber)),
        new("NetWt", "NetWeight", static (x, _) => Wire.Value(x.NetWeight)),
        new("NoteS", "Remarks", static (x, _) => Wire.Value(x.Remarks)),
        new("OtherCurr", "OtherChargesCurrency", static (x, _) => Wire.Value(x.OtherChargesCurrency)),
        new("OtherMark", "OtherChargesMark", static (x, _) => Wire.Value(x.OtherChargesMark)),
        new("OtherRate", "OtherChargesRate", static (x, _) => Wire.Value(x.OtherChargesRate)),
        new("OwnerCode", "OwnerCode", static (x, _) => Wire.Value(x.OwnerCode)),
        new("OwnerName", "OwnerName", static (x, _) => Wire.Value(x.OwnerName)),
        new("PackNo", "PackageCount", static (x, _) => Wire.Value(x.PackageCount)),
        new("PartenerID", "DeclarantId", static (x, _) => Wire.Value(x.DeclarantId)),
        new("PDate", "DeclarationDate", static (x, _) => Wire.Value(x.DeclarationDate)),
        new("PreEntryId", "PreEntryId", static (x, _) => Wire.Value(x.PreEntryId)),
        new("Risk", "Risk", static (x, _) => Wire.Value(x.Risk)),
        new("SeqNo", "SeqNo", static (x, _) => Wire.Value(x.SeqNo)),
        new("TgdNo", "TransitDeclarationNumber", static (x, _) => Wire.Value(x.TransitDeclarationNumber)),
        new("TradeCountry", "ShippingCountry", static (x, _) => Wire.Value(x.ShippingCountry)),
        new("TradeMode", "TradeMode", static (x, _) => Wire.Value(x.TradeMode)),
        new("TradeCode", "TraderCode", static (x, _) => Wire.Value(x.TraderCode)),
        new("TrafMode", "TransportMode", static (x, _) => Wire.Value(x.TransportMode)),
        new("TrafName", "ConveyanceName", static (x, _) => Wire.Value(x.ConveyanceName)),
        new("TradeName", "TraderName", static (x, _) => Wire.Value(x.TraderName)),
        new("TransMode", "TransactionMode", static (x, _) => Wire.Value(x.TransactionMode)),
        new("Type", "DeclarationType", static (x, _) => Wire.Value(x.DeclarationType)),
        new("TypistNo", "TypistCardNumber", static (x, _) => Wire.Value(x.TypistCardNumber)),
        new("WrapType", "PackageKind", static (x, _) => Wire.Value(x.PackageKind)),
        new("ChkSurety", "GuaranteeRelease", static (x, _) => Wire.Value(x.GuaranteeRelease)),
        new("BillType", "RecordListType", static (x, _) => Wire.Value(x.RecordListType)),
        new("CopCodeScc", "EntryUnitCreditCode", static (x, _) => Wire.Value(x.EntryUnitCreditCode)),
        new("TradeCoScc", "TraderCreditCode", static (x, _) => Wire.Value(x.TraderCreditCode)),
        new("AgentCodeScc", "AgentCreditCode", static (x, _) => Wire.Value(x.AgentCreditCode)),
        new("OwnerCodeScc", "OwnerCreditCode", static (x, _) => Wire.Value(x.OwnerCreditCode)),
        new("PromiseItmes", "PriceDeclarations", static (x, _) => Wire.Value(x.PriceDeclarations)),
        new("BusinessItems", "BusinessItems", static (x, _) => Wire.Value(x.BusinessItems)),
        new("TradeAreaCode", "TradingCountry", static (x, _) => Wire.Value(x.TradingCountry)),
        new("CheckFlow", "InspectionDiversion", static (x, _) => Wire.Value(x.InspectionDiversion)),
        new("TaxAaminMark", "TaxAdministrationMark", static (x, _) => Wire.Value(x.TaxAdministrationMark)),
        new("MarkNo", "ShippingMarks", static (x, _) => Wire.Value(x.ShippingMarks)),
        new("DespPortCode", "DeparturePort", static (x, _) => Wire.Value(x.DeparturePort)),
        new("EntyPortCode", "EntryExitPort", static (x, _) => Wire.Value(x.EntryExitPort)),
        new("GoodsPlace", "GoodsLocation", static (x, _) => Wire.Value(x.GoodsLocation)),
        new("BLNo", "InspectionBillNumber", static (x, _) => Wire.Value(x.InspectionBillNumber)),
        new("InspOrgCode", "InspectionAuthority", static (x, _) => Wire.Value(x.InspectionAuthority)),
        new("SpecDeclFlag", "SpecialBusinessFlags", static (x, _) => Wire.Value(x.SpecialBusinessFlags)),
        new("PurpOrgCode", "DestinationCustoms", static (x, _) => Wire.Value(x.DestinationCustoms)),
        new("DespDate", "DepartureDate", static (x, _) => Wire.Value(x.DepartureDate)),
        new("CmplDschrgDt", "DischargeCompletionDate", static (x, _) => Wire.Value(x.DischargeCompletionDate)),
        new("CorrelationReasonFlag", "CorrelationReason", static (x, _) => Wire.Value(x.CorrelationReason)),
        new("VsaOrgCode", "VisaAuthority", static (x, _) => Wire.Value(x.VisaAuthority)),
        new("OrigBoxFlag", "OriginalContainer", static (x, _) => Wire.Value(x.OriginalContainer)),
        new("DeclareName", "DeclarantName", static (x, _) => Wire.Value(x.DeclarantName)),
        new("NoOtherPack", "NoOtherPackaging", static (x, _) => Wire.Value(x.NoOtherPackaging)),
        new("OrgCode", "InspectionAcceptingAuthority", static (x, _) => Wire.Value(x.InspectionAcceptingAuthority)),
        new("OverseasConsignorCode", "OverseasConsignorCode", static (x, _) => Wire.Value(x.OverseasConsignorCode)),
        new("OverseasConsignorCname", "OverseasConsignorChineseName", static (x, _) => Wire.Value(x.OverseasConsignorChineseName)),
        new("OverseasConsignorEname", "OverseasConsignorName", static (x, _) => Wire.Value(x.OverseasConsignorName)),
        new("OverseasConsignorAddr", "OverseasConsignorAddress", static (x, _) => Wire.Value(x.OverseasConsignorAddress)),
        new("OverseasConsigneeCode", "OverseasConsigneeCode", static (x, _) => Wire.Value(x.OverseasConsigneeCode)),
        new("OverseasConsigneeEname", "OverseasConsigneeName", static (x, _) => Wire.Value(x.OverseasConsigneeName)),
        new("DomesticConsigneeEname", "DomesticTraderEnglishName", static (x, _) => Wire.Value(x.DomesticTraderEnglishName)),
        new("CorrelationNo", "CorrelationNumbers", static (x, _) => Wire.Value(x.CorrelationNumbers)),
        new("EdiRemark", "EdiRemark", static (x, _) => Wire.Value(x.EdiRemark)),
        new("EdiRemark2", "EdiRemark2", static (x, _) => Wire.Value(x.EdiRemark2)),
        new("TradeCiqCode", "TraderInspectionCode", static (x, _) => Wire.Value(x.TraderInspectionCode)),
        new("OwnerCiqCode", "OwnerInspectionCode", static (x, _) => Wire.Value(x.OwnerInspectionCode)),
        new("DeclCiqCode", "AgentInspectionCode", static (x, _) => Wire.Value(x.AgentInspectionCode)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.AgentCode);
        w.Field(f[1], x.AgentName);
        w.Field(f[2], x.ApprovalNumber);
        w.Field(f[3], x.BillOfLadingNumber);
        w.Field(f[4], x.ContractNumber);
        w.Field(f[5], x.EntryUnitCode);
        w.Field(f[6], x.EntryUnitName);
        w.Field(f[7], x.DeclarationCustoms);
        w.Field(f[8], x.LevyKind);
        w.Field(f[9], x.DataSource);
        w.Field(f[10], x.DeclarationTransitRelation);
        w.Field(f[11], x.DestinationPort);
        w.Field(f[12], x.EdiId);
        w.Field(f[13], x.EntryId);
        w.Field(f[14], x.EntryType);
        w.Field(f[15], x.FreightCurrency);
        w.Field(f[16], x.FreightMark);
        w.Field(f[17], x.FreightRate);
        w.Field(f[18], x.GrossWeight);
        w.Field(f[19], x.ImportExportDate);
        w.Field(f[20], x.Direction);
        w.Field(f[21], x.ImportExportPort);
        w.Field(f[22], x.InputerName);
        w.Field(f[23], x.InsuranceCurrency);
        w.Field(f[24], x.InsuranceMark);
        w.Field(f[25], x.InsuranceRate);
        w.Field(f[26], x.LicenceNumber);
        w.Field(f[27], x.ManualNumber);
        w.Field(f[28], x.NetWeight);
        w.Field(f[29], x.Remarks);
        w.Field(f[30], x.OtherChargesCurrency);
        w.Field(f[31], x.OtherChargesMark);
        w.Field(f[32], x.OtherChargesRate);
        w.Field(f[33], x.OwnerCode);
        w.Field(f[34], x.OwnerName);
        w.Field(f[35], x.PackageCount);
        w.Field(f[36], x.DeclarantId);
        w.Field(f[37], x.DeclarationDate);
        w.Field(f[38], x.PreEntryId);
        w.Field(f[39], x.Risk);
        w.Field(f[40], x.SeqNo);
        w.Field(f[41], x.TransitDeclarationNumber);
        w.Field(f[42], x.ShippingCountry);
        w.Field(f[43], x.TradeMode);
        w.Field(f[44], x.TraderCode);
        w.Field(f[45], x.TransportMode);
        w.Field(f[46], x.ConveyanceName);
        w.Field(f[47], x.TraderName);
        w.Field(f[48], x.TransactionMode);
        w.Field(f[49], x.DeclarationType);
        w.Field(f[50], x.TypistCardNumber);
        w.Field(f[51], x.PackageKind);
        w.Field(f[52], x.GuaranteeRelease);
        w.Field(f[53], x.RecordListType);
        w.Field(f[54], x.EntryUnitCreditCode);
        w.Field(f[55], x.TraderCreditCode);
        w.Field(f[56], x.AgentCreditCode);
        w.Field(f[57], x.OwnerCreditCode);
        w.Field(f[58], x.PriceDeclarations);
        w.Field(f[59], x.BusinessItems);
        w.Field(f[60], x.TradingCountry);
        w.Field(f[61], x.InspectionDiversion);
        w.Field(f[62], x.TaxAdministrationMark);
        w.Field(f[63], x.ShippingMarks);
        w.Field(f[64], x.DeparturePort);
        w.Field(f[65], x.EntryExitPort);
        w.Field(f[66], x.GoodsLocation);
        w.Field(f[67], x.InspectionBillNumber);
        w.Field(f[68], x.InspectionAuthority);
        w.Field(f[69], x.SpecialBusinessFlags);
        w.Field(f[70], x.DestinationCustoms);
        w.Field(f[71], x.DepartureDate);
        w.Field(f[72], x.DischargeCompletionDate);
        w.Field(f[73], x.CorrelationReason);
        w.Field(f[74], x.VisaAuthority);
        w.Field(f[75], x.OriginalContainer);
        w.Field(f[76], x.DeclarantName);
        w.Field(f[77], x.NoOtherPackaging);
        w.Field(f[78], x.InspectionAcceptingAuthority);
        w.Field(f[79], x.OverseasConsignorCode);
        w.Field(f[80], x.OverseasConsignorChineseName);
        w.Field(f[81], x.OverseasConsignorName);
        w.Field(f[82], x.OverseasConsignorAddress);
        w.Field(f[83], x.OverseasConsigneeCode);
        w.Field(f[84], x.OverseasConsigneeName);
        w.Field(f[85], x.DomesticTraderEnglishName);
        w.Field(f[86], x.CorrelationNumbers);
        w.Field(f[87], x.EdiRemark);
        w.Field(f[88], x.EdiRemark2);
        w.Field(f[89], x.TraderInspectionCode);
        w.Field(f[90], x.OwnerInspectionCode);
        w.Field(f[91], x.AgentInspectionCode);
    });

    public static readonly XmlBlock<DeclarationGoods> DeclarationGoods = new("DecList", "DecLists", static x => x.AdditionalElements,
    [
        new("ClassMark", "ClassificationMark", static (x, _) => Wire.Value(x.ClassificationMark)),
        new("CodeTS", "HsCode", static (x, _) => Wire.Value(x.HsCode)),
        new("ContrItem", "RecordItemNumber", static (x, _) => Wire.Value(x.RecordItemNumber)),
        new("DeclPrice", "UnitPrice", static (x, _) => Wire.Value(x.UnitPrice)),
        new("DeclTotal", "TotalPrice", static (x, _) => Wire.Value(x.TotalPrice)),
        new("DutyMode", "DutyMode", static (x, _) => Wire.Value(x.DutyMode)),
        new("ExgNo", "ExgNumber", static (x, _) => Wire.Value(x.ExgNumber)),
        new("ExgVersion", "ExgVersion", static (x, _) => Wire.Value(x.ExgVersion)),
        new("Factor", "UnitFactor", static (x, _) => Wire.Value(x.UnitFactor)),
        new("FirstUnit", "FirstUnit", static (x, _) => Wire.Value(x.FirstUnit)),
        new("FirstQty", "FirstQuantity", static (x, _) => Wire.Value(x.FirstQuantity)),
        new("GUnit", "DeclaredUnit", static (x, _) => Wire.Value(x.DeclaredUnit)),
        new("GModel", "Specification", static (x, _) => Wire.Value(x.Specification)),
        new("GName", "GoodsName", static (x, _) => Wire.Value(x.GoodsName)),
        new("GNo", "ItemNumber", static (x, _) => Wire.Value(x.ItemNumber)),
        new("GQty", "DeclaredQuantity", static (x, _) => Wire.Value(x.DeclaredQuantity)),
        new("OriginCountry", "OriginCountry", static (x, c) => Wire.Value(c.IsExport ? x.DestinationCountry : x.OriginCountry), "DestinationCountry"),
        new("SecondUnit", "SecondUnit", static (x, _) => Wire.Value(x.SecondUnit)),
        new("SecondQty", "SecondQuantity", static (x, _) => Wire.Value(x.SecondQuantity)),
        new("TradeCurr", "Currency", static (x, _) => Wire.Value(x.Currency)),
        new("UseTo", "Use", static (x, _) => Wire.Value(x.Use)),
        new("WorkUsd", "ProcessingFeeUsd", static (x, _) => Wire.Value(x.ProcessingFeeUsd)),
        new("DestinationCountry", "DestinationCountry", static (x, c) => Wire.Value(c.IsExport ? x.OriginCountry : x.DestinationCountry), "OriginCountry"),
        new("CiqCode", "InspectionCategory", static (x, _) => Wire.Value(x.InspectionCategory)),
        new("DeclGoodsEname", "GoodsEnglishName", static (x, _) => Wire.Value(x.GoodsEnglishName)),
        new("OrigPlaceCode", "OriginRegion", static (x, _) => Wire.Value(x.OriginRegion)),
        new("Purpose", "Purpose", static (x, _) => Wire.Value(x.Purpose)),
        new("ProdValidDt", "ExpiryDate", static (x, _) => Wire.Value(x.ExpiryDate)),
        new("ProdQgp", "ShelfLife", static (x, _) => Wire.Value(x.ShelfLife)),
        new("GoodsAttr", "GoodsAttributes", static (x, _) => Wire.Value(x.GoodsAttributes)),
        new("Stuff", "Composition", static (x, _) => Wire.Value(x.Composition)),
        new("Uncode", "UnNumber", static (x, _) => Wire.Value(x.UnNumber)),
        new("DangName", "DangerousGoodsName", static (x, _) => Wire.Value(x.DangerousGoodsName)),
        new("DangPackType", "DangerousPackingGroup", static (x, _) => Wire.Value(x.DangerousPackingGroup)),
        new("DangPackSpec", "DangerousPackingSpecification", static (x, _) => Wire.Value(x.DangerousPackingSpecification)),
        new("EngManEntCnm", "OverseasManufacturer", static (x, _) => Wire.Value(x.OverseasManufacturer)),
        new("NoDangFlag", "NotHazardousChemical", static (x, _) => Wire.Value(x.NotHazardousChemical)),
        new("DestCode", "DestinationCode", static (x, _) => Wire.Value(x.DestinationCode)),
        new("GoodsSpec", "InspectionSpecification", static (x, _) => Wire.Value(x.InspectionSpecification)),
        new("GoodsModel", "GoodsModel", static (x, _) => Wire.Value(x.GoodsModel)),
        new("GoodsBrand", "GoodsBrand", static (x, _) => Wire.Value(x.GoodsBrand)),
        new("ProduceDate", "ProductionDates", static (x, _) => Wire.Value(x.ProductionDates)),
        new("ProdBatchNo", "ProductionBatchNumbers", static (x, _) => Wire.Value(x.ProductionBatchNumbers)),
        new("DistrictCode", "DistrictCode", static (x, _) => Wire.Value(x.DistrictCode)),
        new("CiqName", "InspectionCategoryName", static (x, _) => Wire.Value(x.InspectionCategoryName)),
        new("MnufctrRegNo", "ManufacturerRegistrationNumber", static (x, _) => Wire.Value(x.ManufacturerRegistrationNumber)),
        new("MnufctrRegName", "ManufacturerName", static (x, _) => Wire.Value(x.ManufacturerName)),
        new("RcepOrigPlaceCode", "PreferentialOriginCountry", static (x, _) => Wire.Value(x.PreferentialOriginCountry)),
        new("ControlExplainCode", "ControlExplanationCode", static (x, _) => Wire.Value(x.ControlExplanationCode)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.ClassificationMark);
        w.Field(f[1], x.HsCode);
        w.Field(f[2], x.RecordItemNumber);
        w.Field(f[3], x.UnitPrice);
        w.Field(f[4], x.TotalPrice);
        w.Field(f[5], x.DutyMode);
        w.Field(f[6], x.ExgNumber);
        w.Field(f[7], x.ExgVersion);
        w.Field(f[8], x.UnitFactor);
        w.Field(f[9], x.FirstUnit);
        w.Field(f[10], x.FirstQuantity);
        w.Field(f[11], x.DeclaredUnit);
        w.Field(f[12], x.Specification);
        w.Field(f[13], x.GoodsName);
        w.Field(f[14], x.ItemNumber);
        w.Field(f[15], x.DeclaredQuantity);
        w.Field(f[16], c.IsExport ? x.DestinationCountry : x.OriginCountry);
        w.Field(f[17], x.SecondUnit);
        w.Field(f[18], x.SecondQuantity);
        w.Field(f[19], x.Currency);
        w.Field(f[20], x.Use);
        w.Field(f[21], x.ProcessingFeeUsd);
        w.Field(f[22], c.IsExport ? x.OriginCountry : x.DestinationCountry);
        w.Field(f[23], x.InspectionCategory);
        w.Field(f[24], x.GoodsEnglishName);
        w.Field(f[25], x.OriginRegion);
        w.Field(f[26], x.Purpose);
        w.Field(f[27], x.ExpiryDate);
        w.Field(f[28], x.ShelfLife);
        w.Field(f[29], x.GoodsAttributes);
        w.Field(f[30], x.Composition);
        w.Field(f[31], x.UnNumber);
        w.Field(f[32], x.DangerousGoodsName);
        w.Field(f[33], x.DangerousPackingGroup);
        w.Field(f[34], x.DangerousPackingSpecification);
        w.Field(f[35], x.OverseasManufacturer);
        w.Field(f[36], x.NotHazardousChemical);
        w.Field(f[37], x.DestinationCode);
        w.Field(f[38], x.InspectionSpecification);
        w.Field(f[39], x.GoodsModel);
        w.Field(f[40], x.GoodsBrand);
        w.Field(f[41], x.ProductionDates);
        w.Field(f[42], x.ProductionBatchNumbers);
        w.Field(f[43], x.DistrictCode);
        w.Field(f[44], x.InspectionCategoryName);
        w.Field(f[45], x.ManufacturerRegistrationNumber);
        w.Field(f[46], x.ManufacturerName);
        w.Field(f[47], x.PreferentialOriginCountry);
        w.Field(f[48], x.ControlExplanationCode);
    });

    public static readonly XmlBlock<GoodsLicence> GoodsLicence = new("DecGoodsLimit", "DecGoodsLimits", static x => x.AdditionalElements,
    [
        new("GoodsNo", "ItemNumber", static (x, _) => Wire.Value(x.ItemNumber)),
        new("LicTypeCode", "LicenceType", static (x, _) => Wire.Value(x.LicenceType)),
        new("LicenceNo", "LicenceNumber", static (x, _) => Wire.Value(x.LicenceNumber)),
        new("LicWrtofDetailNo", "WriteOffDetailNumber", static (x, _) => Wire.Value(x.WriteOffDetailNumber)),
        new("LicWrtofQty", "WriteOffQuantity", static (x, _) => Wire.Value(x.WriteOffQuantity)),
        new("LicWrtofQtyUnit", "WriteOffUnit", static (x, _) => Wire.Value(x.WriteOffUnit)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.ItemNumber);
        w.Field(f[1], x.LicenceType);
        w.Field(f[2], x.LicenceNumber);
        w.Field(f[3], x.WriteOffDetailNumber);
        w.Field(f[4], x.WriteOffQuantity);
        w.Field(f[5], x.WriteOffUnit);
    });

    public static readonly XmlBlock<LicenceVehicle> LicenceVehicle = new("DecGoodsLimitVin", null, static x => x.AdditionalElements,
    [
        new("LicenceNo", "LicenceNumber", static (x, _) => Wire.Value(x.LicenceNumber)),
        new("LicTypeCode", "LicenceType", static (x, _) => Wire.Value(x.LicenceType)),
        new("VinNo", "VinSequence", static (x, _) => Wire.Value(x.VinSequence)),
        new("BillLadDate", "BillOfLadingDate", static (x, _) => Wire.Value(x.BillOfLadingDate)),
        new("QualityQgp", "WarrantyPeriod", static (x, _) => Wire.Value(x.WarrantyPeriod)),
        new("MotorNo", "MotorNumber", static (x, _) => Wire.Value(x.MotorNumber)),
        new("VinCode", "Vin", static (x, _) => Wire.Value(x.Vin)),
        new("ChassisNo", "ChassisNumber", static (x, _) => Wire.Value(x.ChassisNumber)),
        new("InvoiceNum", "InvoiceQuantity", static (x, _) => Wire.Value(x.InvoiceQuantity)),
        new("ProdCnnm", "ProductChineseName", static (x, _) => Wire.Value(x.ProductChineseName)),
        new("ProdEnnm", "ProductEnglishName", static (x, _) => Wire.Value(x.ProductEnglishName)),
        new("ModelEn", "ModelEnglish", static (x, _) => Wire.Value(x.ModelEnglish)),
        new("PricePerUnit", "UnitPrice", static (x, _) => Wire.Value(x.UnitPrice)),
        new("InvoiceNo", "InvoiceNumber", static (x, _) => Wire.Value(x.InvoiceNumber)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.LicenceNumber);
        w.Field(f[1], x.LicenceType);
        w.Field(f[2], x.VinSequence);
        w.Field(f[3], x.BillOfLadingDate);
        w.Field(f[4], x.WarrantyPeriod);
        w.Field(f[5], x.MotorNumber);
        w.Field(f[6], x.Vin);
        w.Field(f[7], x.ChassisNumber);
        w.Field(f[8], x.InvoiceQuantity);
        w.Field(f[9], x.ProductChineseName);
        w.Field(f[10], x.ProductEnglishName);
        w.Field(f[11], x.ModelEnglish);
        w.Field(f[12], x.UnitPrice);
        w.Field(f[13], x.InvoiceNumber);
    });

    public static readonly XmlBlock<DeclarationContainer> DeclarationContainer = new("Container", "DecContainers", static x => x.AdditionalElements,
    [
        new("ContainerId", "Number", static (x, _) => Wire.Value(x.Number)),
        new("ContainerMd", "SizeType", static (x, _) => Wire.Value(x.SizeType)),
        new("GoodsNo", "ItemNumbers", static (x, _) => Wire.Value(x.ItemNumbers)),
        new("LclFlag", "LessThanContainerLoad", static (x, _) => Wire.Value(x.LessThanContainerLoad)),
        new("GoodsContaWt", "GoodsAndContainerWeight", static (x, _) => Wire.Value(x.GoodsAndContainerWeight)),
        new("ContainerWt", "TareWeight", static (x, _) => Wire.Value(x.TareWeight)),
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
        new("DocuCode", "Code", static (x, _) => Wire.Value(x.Code)),
        new("CertCode", "Number", static (x, _) => Wire.Value(x.Number)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.Code);
        w.Field(f[1], x.Number);
    });

    public static readonly XmlBlock<RequestedCertificate> RequestedCertificate = new("DecRequestCert", "DecRequestCerts", static x => x.AdditionalElements,
    [
        new("AppCertCode", "Code", static (x, _) => Wire.Value(x.Code)),
        new("ApplOri", "Originals", static (x, _) => Wire.Value(x.Originals)),
        new("ApplCopyQuan", "Copies", static (x, _) => Wire.Value(x.Copies)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.Code);
        w.Field(f[1], x.Originals);
        w.Field(f[2], x.Copies);
    });

    public static readonly XmlBlock<OtherPackage> OtherPackage = new("DecOtherPack", "DecOtherPacks", static x => x.AdditionalElements,
    [
        new("PackQty", "Quantity", static (x, _) => Wire.Value(x.Quantity)),
        new("PackType", "Kind", static (x, _) => Wire.Value(x.Kind)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.Quantity);
        w.Field(f[1], x.Kind);
    });

    public static readonly XmlBlock<EnterpriseQualification> EnterpriseQualification = new("DecCopLimit", "DecCopLimits", static x => x.AdditionalElements,
    [
        new("EntQualifNo", "Number", static (x, _) => Wire.Value(x.Number)),
        new("EntQualifTypeCode", "TypeCode", static (x, _) => Wire.Value(x.TypeCode)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.Number);
        w.Field(f[1], x.TypeCode);
    });

    public static readonly XmlBlock<GoodsUser> GoodsUser = new("DecUser", "DecUsers", static x => x.AdditionalElements,
    [
        new("UseOrgPersonCode", "ContactPerson", static (x, _) => Wire.Value(x.ContactPerson)),
        new("UseOrgPersonTel", "ContactPhone", static (x, _) => Wire.Value(x.ContactPhone)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.ContactPerson);
        w.Field(f[1], x.ContactPhone);
    });

    public static readonly XmlBlock<EnterprisePromise> EnterprisePromise = new("DecCopPromise", "DecCopPromises", static x => x.AdditionalElements,
    [
        new("DeclaratioMaterialCode", "MaterialCode", static (x, _) => Wire.Value(x.MaterialCode)),
    ],
    static (x, c, w, f) =>
    {
        w.Field(f[0], x.MaterialCode);
    });

    public static readonly XmlBlock<DeclarationSign> DeclarationSign = new("DecSign", null, static x => x.AdditionalElements,
    [
        new("OperType", "OperationType", static (x, _) => Wire.Value(x.OperationType)),
        new("ICCode", "CardNumber", static (x, _) => Wire.Value(x.CardNumber)),
        new("OperName", "OperatorName", static (x, _) => Wire.Value(x.OperatorName)),
        new("CopCode", "EnterpriseCode", static (x, _) => Wire.Value(x.EnterpriseCode)),
        new("ClientSeqNo", "ClientSeqNo", static (x, _) => Wire.Value(x.ClientSeqNo)),
        new("Sign", "Signature", static (x, _) => Wire.Value(x.Signature)),
        new("SignDate", "SignDate", static (x, _) => Wire.Value(x.SignDate)),
        new("HostId", "HostId", static (x, _) => Wire.Value(x.HostId)),
        new("Certificate", "CertificateNumber", static (x, _) => Wire.Value(x.CertificateNumber)),
        new("DomainId", "SignerRole", static (x, _) => Wire.Value(x.SignerRole)),
        new("Note", "Note", static (x, _) => Wire.Value(x.Note)),
        new("BillSeqNo", "BillSeqNo", static (x, _) => Wire.Value(x.BillSeqNo)),
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
        new("BonNo", "BondedWarehouseNumber", static (x, _) => Wire.Value(x.BondedWarehouseNumber)),
        new("CusFie", "YardCode", static (x, _) => Wire.Value(x.YardCode)),
        new("DecBpNo", "DeclarantContact", static (x, _) => Wire.Value(x.DeclarantContact)),
        new("DecNo", "DeclarantCertificateNumber", static (x, _) => Wire.Value(x.DeclarantCertificateNumber)),
        new("RelId", "RelatedDeclarationId", static (x, _) => Wire.Value(x.RelatedDeclarationId)),
        new("RelManNo", "RelatedManualNumber", static (x, _) => Wire.Value(x.RelatedManualNumber)),
        new("VoyNo", "VoyageNumber", static (x, _) => Wire.Value(x.VoyageNumber)),
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
        new("EdocID", "Id", static (x, _) => Wire.Value(x.Id)),
        new("EdocCode", "Code", static (x, _) => Wire.Value(x.Code)),
        new("EdocFomatType", "Format", static (x, _) => Wire.Value(x.Format)),
        new("OpNote", "OperationNote", static (x, _) => Wire.Value(x.OperationNote)),
        new("EdocCopId", "EnterpriseFileName", static (x, _) => Wire.Value(x.EnterpriseFileName)),
        new("EdocOwnerCode", "OwnerCode", static (x, _) => Wire.Value(x.OwnerCode)),
        new("SignUnit", "SigningUnit", static (x, _) => Wire.Value(x.SigningUnit)),
        new("SignTime", "SigningTime", static (x, _) => Wire.Value(x.SigningTime)),
        new("EdocOwnerName", "OwnerName", static (x, _) => Wire.Value(x.OwnerName)),
        new("EdocSize", "Size", static (x, _) => Wire.Value(x.Size)),
        new("GNoStr", "ItemNumbers", static (x, _) => Wire.Value(x.ItemNumbers)),
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
        new("CertType", "CertificateType", static (x, _) => Wire.Value(x.CertificateType)),
        new("DecGNo", "DeclarationItemNumber", static (x, _) => Wire.Value(x.DeclarationItemNumber)),
        new("EcoCertNo", "CertificateNumber", static (x, _) => Wire.Value(x.CertificateNumber)),
        new("EcoGNo", "CertificateItemNumber", static (x, _) => Wire.Value(x.CertificateItemNumber)),
        new("ExtendFiled", "Extension", static (x, _) => Wire.Value(x.Extension)),
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
