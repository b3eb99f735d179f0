using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;

namespace Gateway.Sdk.Tests.Samples;

/// <summary>Builds a realistic import: machine tools from Germany into Yangshan port, CIF, two containers, with an automatic import licence.</summary>
internal static class ImportDeclarationSample
{
    public static CustomsDeclaration Create() => new()
    {
        Head = new DeclarationHead
        {
            Direction = TradeDirection.Import,
            DeclarationType = DeclarationType.Ordinary,
            AgentCode = CustomsCode.Parse("3122240057"),
            AgentName = "上海洋山国际报关有限公司",
            AgentCreditCode = UnifiedSocialCreditCode.Parse("91310115MA1K4L8N56"),
            EntryUnitCode = "MA1K4L8N5",
            EntryUnitName = "上海洋山国际报关有限公司",
            TraderCode = "3122261088",
            TraderName = "上海精工机床有限公司",
            TraderCreditCode = UnifiedSocialCreditCode.Parse("91310000MA1FL3Y28H"),
            OwnerCode = "3122261088",
            OwnerName = "上海精工机床有限公司",
            OwnerCreditCode = UnifiedSocialCreditCode.Parse("91310000MA1FL3Y28H"),
            DeclarationCustoms = "2248",
            ImportExportPort = "2248",
            ImportExportDate = new DateOnly(2026, 11, 20),
            TradeMode = "0110",
            LevyKind = "101",
            TransportMode = "2",
            ConveyanceName = "MSC GULSUN",
            BillOfLadingNumber = "MEDUHB123456",
            TransactionMode = "1",
            ShippingCountry = new CountryCode("DEU"),
            TradingCountry = new CountryCode("DEU"),
            DestinationPort = "CHN331",
            DeparturePort = "DEU022",
            EntryExitPort = "310301",
            GoodsLocation = "洋山深水港四期码头",
            ContractNumber = "SJ-DE-2026-031",
            LicenceNumber = "26-AA-123456",
            PackageCount = 6,
            PackageKind = "22",
            GrossWeight = 18400m,
            NetWeight = 17250.75m,
            FreightMark = "3",
            FreightRate = 4200m,
            FreightCurrency = CurrencyCode.Eur,
            InsuranceMark = "1",
            InsuranceRate = 0.3m,
            EdiId = "1",
            EntryType = "M",
            DeclarationTransitRelation = "0",
            PriceDeclarations = "00000",
            InputerName = "陈静",
            TypistCardNumber = "2200000067890",
            DeclarantName = "周强",
            OverseasConsignorName = "Schwarz Werkzeugmaschinen GmbH",
            OverseasConsignorAddress = "Industriestraße 12, 70565 Stuttgart",
        },
        Goods =
        [
            new DeclarationGoods
            {
                ItemNumber = 1,
                HsCode = HsCode.Parse("8457101000"),
                GoodsName = "立式加工中心",
                Specification = "4|3|加工金属用|SCHWARZ|VMC-850",
                DeclaredQuantity = 2m,
                DeclaredUnit = "001",
                FirstQuantity = 2m,
                FirstUnit = "001",
                SecondQuantity = 15800m,
                SecondUnit = "035",
                UnitPrice = 186500m,
                TotalPrice = 373000m,
                Currency = CurrencyCode.Eur,
                OriginCountry = new CountryCode("DEU"),
                DestinationCountry = CountryCode.China,
                DistrictCode = "31159",
                DutyMode = "1",
                Licences =
                [
                    new GoodsLicence { ItemNumber = 1, LicenceType = "7", LicenceNumber = "26-AA-123456", WriteOffQuantity = "2", WriteOffUnit = "001" },
                ],
            },
            new DeclarationGoods
            {
                ItemNumber = 2,
                HsCode = HsCode.Parse("8466939000"),
                GoodsName = "加工中心用刀库",
                Specification = "4|3|加工中心用|SCHWARZ|TM-24",
                DeclaredQuantity = 4m,
                DeclaredUnit = "007",
                FirstQuantity = 1450.75m,
                FirstUnit = "035",
                UnitPrice = 3125.5m,
                TotalPrice = 12502m,
                Currency = CurrencyCode.Eur,
                OriginCountry = new CountryCode("DEU"),
                DestinationCountry = CountryCode.China,
                DistrictCode = "31159",
                DutyMode = "1",
            },
        ],
        Containers =
        [
            new DeclarationContainer { Number = ContainerNumber.Parse("TCNU7200794"), SizeType = "45G1", ItemNumbers = "1", GoodsAndContainerWeight = 13900m, TareWeight = 3900m },
            new DeclarationContainer { Number = ContainerNumber.Parse("TOLU4734787"), SizeType = "22G1", ItemNumbers = "1,2", GoodsAndContainerWeight = 10700m, TareWeight = 2200m },
        ],
        AttachedLicences =
        [
            new AttachedLicence { Code = "7", Number = "26-AA-123456" },
        ],
        Promises = [new EnterprisePromise { MaterialCode = "101040" }],
        Sign = new DeclarationSign { OperationType = "C", ClientSeqNo = "IMP202611200007", CardNumber = "2200000067890", OperatorName = "陈静" },
        FreeText = new DeclarationFreeText { VoyageNumber = "FA546R", DeclarantContact = "021-68880000" },
        ElectronicDocuments =
        [
            new ElectronicDocument { Id = "224820261120IM000000000000000101.pdf", Code = "00000001", Format = "US" },
            new ElectronicDocument { Id = "224820261120IM000000000000000102.pdf", Code = "00000002", Format = "US" },
            new ElectronicDocument { Id = "224820261120IM000000000000000103.pdf", Code = "00000003", Format = "US" },
            new ElectronicDocument { Id = "224820261120IM000000000000000104.pdf", Code = "00000004", Format = "US" },
        ],
    };
}
