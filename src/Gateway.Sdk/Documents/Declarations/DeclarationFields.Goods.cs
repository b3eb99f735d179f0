using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

internal static partial class DeclarationFields
{
    public static readonly XmlBlock<DeclarationGoods> DeclarationGoods = new("DecList", "DecLists", static x => x.AdditionalElements,
    [
        new("ClassMark", "ClassificationMark", static (x, _) => Wire.Text(x.ClassificationMark)),
        new("CodeTS", "HsCode", static (x, _) => Wire.Text(x.HsCode)),
        new("ContrItem", "RecordItemNumber", static (x, _) => Wire.Text(x.RecordItemNumber)),
        new("DeclPrice", "UnitPrice", static (x, _) => Wire.Text(x.UnitPrice)),
        new("DeclTotal", "TotalPrice", static (x, _) => Wire.Text(x.TotalPrice)),
        new("DutyMode", "DutyMode", static (x, _) => Wire.Text(x.DutyMode)),
        new("ExgNo", "ExgNumber", static (x, _) => Wire.Text(x.ExgNumber)),
        new("ExgVersion", "ExgVersion", static (x, _) => Wire.Text(x.ExgVersion)),
        new("Factor", "UnitFactor", static (x, _) => Wire.Text(x.UnitFactor)),
        new("FirstUnit", "FirstUnit", static (x, _) => Wire.Text(x.FirstUnit)),
        new("FirstQty", "FirstQuantity", static (x, _) => Wire.Text(x.FirstQuantity)),
        new("GUnit", "DeclaredUnit", static (x, _) => Wire.Text(x.DeclaredUnit)),
        new("GModel", "Specification", static (x, _) => Wire.Text(x.Specification)),
        new("GName", "GoodsName", static (x, _) => Wire.Text(x.GoodsName)),
        new("GNo", "ItemNumber", static (x, _) => Wire.Text(x.ItemNumber)),
        new("GQty", "DeclaredQuantity", static (x, _) => Wire.Text(x.DeclaredQuantity)),
        new("OriginCountry", "OriginCountry", static (x, c) => Wire.Text(c.IsExport ? x.DestinationCountry : x.OriginCountry), "DestinationCountry"),
        new("SecondUnit", "SecondUnit", static (x, _) => Wire.Text(x.SecondUnit)),
        new("SecondQty", "SecondQuantity", static (x, _) => Wire.Text(x.SecondQuantity)),
        new("TradeCurr", "Currency", static (x, _) => Wire.Text(x.Currency)),
        new("UseTo", "Use", static (x, _) => Wire.Text(x.Use)),
        new("WorkUsd", "ProcessingFeeUsd", static (x, _) => Wire.Text(x.ProcessingFeeUsd)),
        new("DestinationCountry", "DestinationCountry", static (x, c) => Wire.Text(c.IsExport ? x.OriginCountry : x.DestinationCountry), "OriginCountry"),
        new("CiqCode", "InspectionCategory", static (x, _) => Wire.Text(x.InspectionCategory)),
        new("DeclGoodsEname", "GoodsEnglishName", static (x, _) => Wire.Text(x.GoodsEnglishName)),
        new("OrigPlaceCode", "OriginRegion", static (x, _) => Wire.Text(x.OriginRegion)),
        new("Purpose", "Purpose", static (x, _) => Wire.Text(x.Purpose)),
        new("ProdValidDt", "ExpiryDate", static (x, _) => Wire.Text(x.ExpiryDate)),
        new("ProdQgp", "ShelfLife", static (x, _) => Wire.Text(x.ShelfLife)),
        new("GoodsAttr", "GoodsAttributes", static (x, _) => Wire.Text(x.GoodsAttributes)),
        new("Stuff", "Composition", static (x, _) => Wire.Text(x.Composition)),
        new("Uncode", "UnNumber", static (x, _) => Wire.Text(x.UnNumber)),
        new("DangName", "DangerousGoodsName", static (x, _) => Wire.Text(x.DangerousGoodsName)),
        new("DangPackType", "DangerousPackingGroup", static (x, _) => Wire.Text(x.DangerousPackingGroup)),
        new("DangPackSpec", "DangerousPackingSpecification", static (x, _) => Wire.Text(x.DangerousPackingSpecification)),
        new("EngManEntCnm", "OverseasManufacturer", static (x, _) => Wire.Text(x.OverseasManufacturer)),
        new("NoDangFlag", "NotHazardousChemical", static (x, _) => Wire.Text(x.NotHazardousChemical)),
        new("DestCode", "DestinationCode", static (x, _) => Wire.Text(x.DestinationCode)),
        new("GoodsSpec", "InspectionSpecification", static (x, _) => Wire.Text(x.InspectionSpecification)),
        new("GoodsModel", "GoodsModel", static (x, _) => Wire.Text(x.GoodsModel)),
        new("GoodsBrand", "GoodsBrand", static (x, _) => Wire.Text(x.GoodsBrand)),
        new("ProduceDate", "ProductionDates", static (x, _) => Wire.Text(x.ProductionDates)),
        new("ProdBatchNo", "ProductionBatchNumbers", static (x, _) => Wire.Text(x.ProductionBatchNumbers)),
        new("DistrictCode", "DistrictCode", static (x, _) => Wire.Text(x.DistrictCode)),
        new("CiqName", "InspectionCategoryName", static (x, _) => Wire.Text(x.InspectionCategoryName)),
        new("MnufctrRegNo", "ManufacturerRegistrationNumber", static (x, _) => Wire.Text(x.ManufacturerRegistrationNumber)),
        new("MnufctrRegName", "ManufacturerName", static (x, _) => Wire.Text(x.ManufacturerName)),
        new("RcepOrigPlaceCode", "PreferentialOriginCountry", static (x, _) => Wire.Text(x.PreferentialOriginCountry)),
        new("ControlExplainCode", "ControlExplanationCode", static (x, _) => Wire.Text(x.ControlExplanationCode)),
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
        new("GoodsNo", "ItemNumber", static (x, _) => Wire.Text(x.ItemNumber)),
        new("LicTypeCode", "LicenceType", static (x, _) => Wire.Text(x.LicenceType)),
        new("LicenceNo", "LicenceNumber", static (x, _) => Wire.Text(x.LicenceNumber)),
        new("LicWrtofDetailNo", "WriteOffDetailNumber", static (x, _) => Wire.Text(x.WriteOffDetailNumber)),
        new("LicWrtofQty", "WriteOffQuantity", static (x, _) => Wire.Text(x.WriteOffQuantity)),
        new("LicWrtofQtyUnit", "WriteOffUnit", static (x, _) => Wire.Text(x.WriteOffUnit)),
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
        new("LicenceNo", "LicenceNumber", static (x, _) => Wire.Text(x.LicenceNumber)),
        new("LicTypeCode", "LicenceType", static (x, _) => Wire.Text(x.LicenceType)),
        new("VinNo", "VinSequence", static (x, _) => Wire.Text(x.VinSequence)),
        new("BillLadDate", "BillOfLadingDate", static (x, _) => Wire.Text(x.BillOfLadingDate)),
        new("QualityQgp", "WarrantyPeriod", static (x, _) => Wire.Text(x.WarrantyPeriod)),
        new("MotorNo", "MotorNumber", static (x, _) => Wire.Text(x.MotorNumber)),
        new("VinCode", "Vin", static (x, _) => Wire.Text(x.Vin)),
        new("ChassisNo", "ChassisNumber", static (x, _) => Wire.Text(x.ChassisNumber)),
        new("InvoiceNum", "InvoiceQuantity", static (x, _) => Wire.Text(x.InvoiceQuantity)),
        new("ProdCnnm", "ProductChineseName", static (x, _) => Wire.Text(x.ProductChineseName)),
        new("ProdEnnm", "ProductEnglishName", static (x, _) => Wire.Text(x.ProductEnglishName)),
        new("ModelEn", "ModelEnglish", static (x, _) => Wire.Text(x.ModelEnglish)),
        new("PricePerUnit", "UnitPrice", static (x, _) => Wire.Text(x.UnitPrice)),
        new("InvoiceNo", "InvoiceNumber", static (x, _) => Wire.Text(x.InvoiceNumber)),
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
}
