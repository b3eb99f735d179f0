using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

internal static partial class DeclarationFields
{
    public static readonly XmlBlock<DeclarationHead> DeclarationHead = new("DecHead", null, static x => x.AdditionalElements,
    [
        new("AgentCode", "AgentCode", static (x, _) => Wire.Text(x.AgentCode)),
        new("AgentName", "AgentName", static (x, _) => Wire.Text(x.AgentName)),
        new("ApprNo", "ApprovalNumber", static (x, _) => Wire.Text(x.ApprovalNumber)),
        new("BillNo", "BillOfLadingNumber", static (x, _) => Wire.Text(x.BillOfLadingNumber)),
        new("ContrNo", "ContractNumber", static (x, _) => Wire.Text(x.ContractNumber)),
        new("CopCode", "EntryUnitCode", static (x, _) => Wire.Text(x.EntryUnitCode)),
        new("CopName", "EntryUnitName", static (x, _) => Wire.Text(x.EntryUnitName)),
        new("CustomMaster", "DeclarationCustoms", static (x, _) => Wire.Text(x.DeclarationCustoms)),
        new("CutMode", "LevyKind", static (x, _) => Wire.Text(x.LevyKind)),
        new("DataSource", "DataSource", static (x, _) => Wire.Text(x.DataSource)),
        new("DeclTrnRel", "DeclarationTransitRelation", static (x, _) => Wire.Text(x.DeclarationTransitRelation)),
        new("DistinatePort", "DestinationPort", static (x, _) => Wire.Text(x.DestinationPort)),
        new("EdiId", "EdiId", static (x, _) => Wire.Text(x.EdiId)),
        new("EntryId", "EntryId", static (x, _) => Wire.Text(x.EntryId)),
        new("EntryType", "EntryType", static (x, _) => Wire.Text(x.EntryType)),
        new("FeeCurr", "FreightCurrency", static (x, _) => Wire.Text(x.FreightCurrency)),
        new("FeeMark", "FreightMark", static (x, _) => Wire.Text(x.FreightMark)),
        new("FeeRate", "FreightRate", static (x, _) => Wire.Text(x.FreightRate)),
        new("GrossWet", "GrossWeight", static (x, _) => Wire.Text(x.GrossWeight)),
        new("IEDate", "ImportExportDate", static (x, _) => Wire.Text(x.ImportExportDate)),
        new("IEFlag", "Direction", static (x, _) => Wire.Text(x.Direction)),
        new("IEPort", "ImportExportPort", static (x, _) => Wire.Text(x.ImportExportPort)),
        new("InputerName", "InputerName", static (x, _) => Wire.Text(x.InputerName)),
        new("InsurCurr", "InsuranceCurrency", static (x, _) => Wire.Text(x.InsuranceCurrency)),
        new("InsurMark", "InsuranceMark", static (x, _) => Wire.Text(x.InsuranceMark)),
        new("InsurRate", "InsuranceRate", static (x, _) => Wire.Text(x.InsuranceRate)),
        new("LicenseNo", "LicenceNumber", static (x, _) => Wire.Text(x.LicenceNumber)),
        new("ManualNo", "ManualNumber", static (x, _) => Wire.Text(x.ManualNumber)),
        new("NetWt", "NetWeight", static (x, _) => Wire.Text(x.NetWeight)),
        new("NoteS", "Remarks", static (x, _) => Wire.Text(x.Remarks)),
        new("OtherCurr", "OtherChargesCurrency", static (x, _) => Wire.Text(x.OtherChargesCurrency)),
        new("OtherMark", "OtherChargesMark", static (x, _) => Wire.Text(x.OtherChargesMark)),
        new("OtherRate", "OtherChargesRate", static (x, _) => Wire.Text(x.OtherChargesRate)),
        new("OwnerCode", "OwnerCode", static (x, _) => Wire.Text(x.OwnerCode)),
        new("OwnerName", "OwnerName", static (x, _) => Wire.Text(x.OwnerName)),
        new("PackNo", "PackageCount", static (x, _) => Wire.Text(x.PackageCount)),
        new("PartenerID", "DeclarantId", static (x, _) => Wire.Text(x.DeclarantId)),
        new("PDate", "DeclarationDate", static (x, _) => Wire.Text(x.DeclarationDate)),
        new("PreEntryId", "PreEntryId", static (x, _) => Wire.Text(x.PreEntryId)),
        new("Risk", "Risk", static (x, _) => Wire.Text(x.Risk)),
        new("SeqNo", "SeqNo", static (x, _) => Wire.Text(x.SeqNo)),
        new("TgdNo", "TransitDeclarationNumber", static (x, _) => Wire.Text(x.TransitDeclarationNumber)),
        new("TradeCountry", "ShippingCountry", static (x, _) => Wire.Text(x.ShippingCountry)),
        new("TradeMode", "TradeMode", static (x, _) => Wire.Text(x.TradeMode)),
        new("TradeCode", "TraderCode", static (x, _) => Wire.Text(x.TraderCode)),
        new("TrafMode", "TransportMode", static (x, _) => Wire.Text(x.TransportMode)),
        new("TrafName", "ConveyanceName", static (x, _) => Wire.Text(x.ConveyanceName)),
        new("TradeName", "TraderName", static (x, _) => Wire.Text(x.TraderName)),
        new("TransMode", "TransactionMode", static (x, _) => Wire.Text(x.TransactionMode)),
        new("Type", "DeclarationType", static (x, _) => Wire.Text(x.DeclarationType)),
        new("TypistNo", "TypistCardNumber", static (x, _) => Wire.Text(x.TypistCardNumber)),
        new("WrapType", "PackageKind", static (x, _) => Wire.Text(x.PackageKind)),
        new("ChkSurety", "GuaranteeRelease", static (x, _) => Wire.Text(x.GuaranteeRelease)),
        new("BillType", "RecordListType", static (x, _) => Wire.Text(x.RecordListType)),
        new("CopCodeScc", "EntryUnitCreditCode", static (x, _) => Wire.Text(x.EntryUnitCreditCode)),
        new("TradeCoScc", "TraderCreditCode", static (x, _) => Wire.Text(x.TraderCreditCode)),
        new("AgentCodeScc", "AgentCreditCode", static (x, _) => Wire.Text(x.AgentCreditCode)),
        new("OwnerCodeScc", "OwnerCreditCode", static (x, _) => Wire.Text(x.OwnerCreditCode)),
        new("PromiseItmes", "PriceDeclarations", static (x, _) => Wire.Text(x.PriceDeclarations)),
        new("BusinessItems", "BusinessItems", static (x, _) => Wire.Text(x.BusinessItems)),
        new("TradeAreaCode", "TradingCountry", static (x, _) => Wire.Text(x.TradingCountry)),
        new("CheckFlow", "InspectionDiversion", static (x, _) => Wire.Text(x.InspectionDiversion)),
        new("TaxAaminMark", "TaxAdministrationMark", static (x, _) => Wire.Text(x.TaxAdministrationMark)),
        new("MarkNo", "ShippingMarks", static (x, _) => Wire.Text(x.ShippingMarks)),
        new("DespPortCode", "DeparturePort", static (x, _) => Wire.Text(x.DeparturePort)),
        new("EntyPortCode", "EntryExitPort", static (x, _) => Wire.Text(x.EntryExitPort)),
        new("GoodsPlace", "GoodsLocation", static (x, _) => Wire.Text(x.GoodsLocation)),
        new("BLNo", "InspectionBillNumber", static (x, _) => Wire.Text(x.InspectionBillNumber)),
        new("InspOrgCode", "InspectionAuthority", static (x, _) => Wire.Text(x.InspectionAuthority)),
        new("SpecDeclFlag", "SpecialBusinessFlags", static (x, _) => Wire.Text(x.SpecialBusinessFlags)),
        new("PurpOrgCode", "DestinationCustoms", static (x, _) => Wire.Text(x.DestinationCustoms)),
        new("DespDate", "DepartureDate", static (x, _) => Wire.Text(x.DepartureDate)),
        new("CmplDschrgDt", "DischargeCompletionDate", static (x, _) => Wire.Text(x.DischargeCompletionDate)),
        new("CorrelationReasonFlag", "CorrelationReason", static (x, _) => Wire.Text(x.CorrelationReason)),
        new("VsaOrgCode", "VisaAuthority", static (x, _) => Wire.Text(x.VisaAuthority)),
        new("OrigBoxFlag", "OriginalContainer", static (x, _) => Wire.Text(x.OriginalContainer)),
        new("DeclareName", "DeclarantName", static (x, _) => Wire.Text(x.DeclarantName)),
        new("NoOtherPack", "NoOtherPackaging", static (x, _) => Wire.Text(x.NoOtherPackaging)),
        new("OrgCode", "InspectionAcceptingAuthority", static (x, _) => Wire.Text(x.InspectionAcceptingAuthority)),
        new("OverseasConsignorCode", "OverseasConsignorCode", static (x, _) => Wire.Text(x.OverseasConsignorCode)),
        new("OverseasConsignorCname", "OverseasConsignorChineseName", static (x, _) => Wire.Text(x.OverseasConsignorChineseName)),
        new("OverseasConsignorEname", "OverseasConsignorName", static (x, _) => Wire.Text(x.OverseasConsignorName)),
        new("OverseasConsignorAddr", "OverseasConsignorAddress", static (x, _) => Wire.Text(x.OverseasConsignorAddress)),
        new("OverseasConsigneeCode", "OverseasConsigneeCode", static (x, _) => Wire.Text(x.OverseasConsigneeCode)),
        new("OverseasConsigneeEname", "OverseasConsigneeName", static (x, _) => Wire.Text(x.OverseasConsigneeName)),
        new("DomesticConsigneeEname", "DomesticTraderEnglishName", static (x, _) => Wire.Text(x.DomesticTraderEnglishName)),
        new("CorrelationNo", "CorrelationNumbers", static (x, _) => Wire.Text(x.CorrelationNumbers)),
        new("EdiRemark", "EdiRemark", static (x, _) => Wire.Text(x.EdiRemark)),
        new("EdiRemark2", "EdiRemark2", static (x, _) => Wire.Text(x.EdiRemark2)),
        new("TradeCiqCode", "TraderInspectionCode", static (x, _) => Wire.Text(x.TraderInspectionCode)),
        new("OwnerCiqCode", "OwnerInspectionCode", static (x, _) => Wire.Text(x.OwnerInspectionCode)),
        new("DeclCiqCode", "AgentInspectionCode", static (x, _) => Wire.Text(x.AgentInspectionCode)),
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
}
