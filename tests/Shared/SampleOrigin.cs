using Gateway.Sdk.Documents.Origin;

namespace Gateway.Tests.Shared;

/// <summary>Makes the sample certificate applications: an RCEP certificate to Japan (examples/data/origin-rcep.xml), a
/// China–ASEAN Form E to Viet Nam and a non-preferential certificate to the United States. Each passes <see cref="OriginValidator"/>.</summary>
internal static class SampleOrigin
{
    public static CertificateOfOrigin Rcep() => new()
    {
        Head = Head("RC", "2626RC000123", "JPN", "JAPAN", "日本") with
        {
            Consignee = "NIPPON TRADING CO., LTD.\n2-1 MARUNOUCHI, CHIYODA-KU, TOKYO, JAPAN",
            Producer = "SEE BOX 8",
            RouteDetails = "FROM NINGBO, CHINA TO TOKYO, JAPAN BY SEA",
            LoadingPort = "NINGBO",
            DischargePort = "TOKYO",
            TransportMeans = "BY SEA",
            TransportName = "COSCO SHIPPING ARIES V.026E",
            IntendedExportDate = new DateOnly(2026, 11, 25),
            FobValue = 48000m,
            Currency = "USD",
            PriceTerms = "FOB",
        },
        Goods =
        [
            Line(1, "851671", "电热咖啡机", "ELECTRIC COFFEE MAKERS", 2000m, 32000m, "CTC", null) with { OriginCountry = "中国", OriginCountryEn = "CHINA" },
            Line(2, "940520", "台灯", "TABLE LAMPS", 1000m, 16000m, "RVC", 35m) with { OriginCountry = "中国", OriginCountryEn = "CHINA" },
        ],
        Invoices = [new OriginInvoice { Number = "NBX-INV-2611-07", Date = new DateOnly(2026, 11, 18), Value = 48000m, Currency = "USD", PriceClause = "FOB" }],
    };

    public static CertificateOfOrigin FormE() => new()
    {
        Head = Head("E", "2626E0000456", "VNM", "VIET NAM", "越南") with
        {
            Consignee = "SAIGON HOME APPLIANCES JSC\n12 LE LOI, DISTRICT 1, HO CHI MINH CITY, VIET NAM",
            RouteDetails = "FROM NINGBO, CHINA TO HO CHI MINH CITY, VIET NAM BY SEA",
            IntendedExportDate = new DateOnly(2026, 11, 26),
            InvoiceNumber = "NBX-INV-2611-08",
            InvoiceDate = new DateOnly(2026, 11, 19),
            FobValue = 9600m,
            Currency = "USD",
        },
        Goods = [Line(1, "851671", "电热咖啡机", "ELECTRIC COFFEE MAKERS", 600m, 9600m, "PSR", 30m) with { OriginSubCriterion = "1", OriginCriterionReference = "40%" }],
    };

    public static CertificateOfOrigin NonPreferential() => new()
    {
        Head = Head("C", "2626C0000789", "USA", "UNITED STATES", "美国") with
        {
            Consignee = "HOMEWARE IMPORTS INC.\n500 MARKET STREET, SAN FRANCISCO, CA, USA",
            RouteDetails = "FROM NINGBO, CHINA TO LOS ANGELES, USA BY SEA",
            InvoiceNumber = "NBX-INV-2611-09",
            InvoiceDate = new DateOnly(2026, 11, 19),
        },
        Goods = [Line(1, "940520", "台灯", "TABLE LAMPS", 500m, 8000m, null, null)],
    };

    private static CertificateHead Head(string type, string number, string destination, string destinationEn, string destinationZh) => new()
    {
        ApplicationType = "0",
        Status = CertificateStatus.Normal,
        CertificateNumber = number,
        CertificateType = type,
        ExporterRegistrationCode = "3302600123",
        ApplicantRegistrationNumber = "3302600123",
        EnterpriseName = "宁波某某电器有限公司",
        ApplicantName = "王芳",
        ApplicantIdNumber = "330203199001011234",
        ApplicantPhone = "0574-87000000",
        IssuingAuthority = "310000",
        CollectionPlace = "宁波海关",
        ApplicantAddress = "浙江省宁波市鄞州区某某路1号",
        ApplicationDate = new DateOnly(2026, 11, 20),
        DestinationCountry = destinationEn,
        DestinationCountryCode = destination,
        DestinationCountryName = destinationZh,
        Exporter = "NINGBO EXAMPLE ELECTRIC APPLIANCE CO., LTD.\nNO. 1 EXAMPLE ROAD, YINZHOU, NINGBO, CHINA",
        Marks = "N/M",
    };

    private static CertificateGoods Line(int number, string hs, string name, string nameEn, decimal quantity, decimal fob, string? criterion, decimal? imported) => new()
    {
        LineNumber = number,
        ItemFlag = "1",
        HsCode = hs + "0000",
        Name = name,
        NameEn = nameEn,
        Description = $"{quantity / 10m:0} CARTONS OF {nameEn}",
        PackageCount = quantity / 10m,
        PackageUnit = "CTN",
        PackageKind = "22",
        Quantity = quantity,
        Unit = "个",
        UnitEn = "PCS",
        GrossWeight = quantity * 2.5m,
        NetWeight = quantity * 2m,
        WeightUnit = "KG",
        InvoicePrice = fob / quantity,
        InvoiceValue = fob,
        FobValue = fob,
        ImportedContentRatio = imported,
        OriginCriterion = criterion,
        ProducerRegistrationCode = "3302600123",
        ProducerName = "宁波某某电器有限公司",
        ProducerContact = "李强",
        ProducerContactPhone = "0574-87000001",
    };
}
