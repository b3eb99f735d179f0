using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;

namespace QuickStart;

/// <summary>Builds a realistic general-trade export declaration: laptops shipped by sea from Shekou to Los Angeles, FOB.</summary>
/// <remarks>Parties and numbers are invented; the credit codes carry valid GB 32100 check characters.</remarks>
public static class ExportDeclarationSample
{
    /// <summary>Creates the declaration.</summary>
    /// <param name="clientSeqNo">The client-side id of the filing (at most 18 characters), fixed before the first send.</param>
    /// <returns>A declaration that passes submit-level validation.</returns>
    public static CustomsDeclaration Create(string clientSeqNo = "EXP202611220001") => new()
    {
        Head = new DeclarationHead
        {
            Direction = TradeDirection.Export,
            DeclarationType = DeclarationType.Ordinary,
            AgentCode = CustomsCode.Parse("4403968821"),
            AgentName = "深圳市前海通关服务有限公司",
            AgentCreditCode = UnifiedSocialCreditCode.Parse("91440300MA5G2K7Q3C"),
            EntryUnitCode = "MA5G2K7Q3",
            EntryUnitName = "深圳市前海通关服务有限公司",
            TraderCode = "4403961234",
            TraderName = "深圳市星河电子科技有限公司",
            TraderCreditCode = UnifiedSocialCreditCode.Parse("91440300MA5F9R3D8Q"),
            OwnerCode = "4403961234",
            OwnerName = "深圳市星河电子科技有限公司",
            OwnerCreditCode = UnifiedSocialCreditCode.Parse("91440300MA5F9R3D8Q"),
            DeclarationCustoms = "5304",
            ImportExportPort = "5304",
            TradeMode = "0110",
            LevyKind = "101",
            TransportMode = "2",
            ConveyanceName = "COSCO SHIPPING TAURUS",
            BillOfLadingNumber = "COSU6281039450",
            TransactionMode = "3",
            ShippingCountry = new CountryCode("USA"),
            TradingCountry = new CountryCode("USA"),
            DestinationPort = "USA099",
            DeparturePort = "CHN441",
            EntryExitPort = "440305",
            GoodsLocation = "蛇口集装箱码头",
            ContractNumber = "XH-2026-1108",
            PackageCount = 120,
            PackageKind = "22",
            GrossWeight = 1850.5m,
            NetWeight = 1620m,
            EdiId = "1",
            EntryType = "W",
            DeclarationTransitRelation = "0",
            PriceDeclarations = "000",
            InputerName = "李明",
            TypistCardNumber = "8900000012345",
            DeclarantName = "王芳",
            ShippingMarks = "N/M",
        },
        Goods =
        [
            new DeclarationGoods
            {
                ItemNumber = 1,
                HsCode = HsCode.Parse("8471300000"),
                GoodsName = "笔记本电脑",
                Specification = "0|0|便携式自动数据处理设备|XINGHE|X14 Pro",
                DeclaredQuantity = 100m,
                DeclaredUnit = "001",
                FirstQuantity = 100m,
                FirstUnit = "001",
                SecondQuantity = 160m,
                SecondUnit = "035",
                UnitPrice = 650m,
                TotalPrice = 65000m,
                Currency = CurrencyCode.Usd,
                OriginCountry = CountryCode.China,
                DestinationCountry = new CountryCode("USA"),
                DistrictCode = "44031",
                DutyMode = "1",
            },
            new DeclarationGoods
            {
                ItemNumber = 2,
                HsCode = HsCode.Parse("8473309000"),
                GoodsName = "笔记本电脑电源适配器",
                Specification = "0|0|自动数据处理设备用|XINGHE|PA-65W",
                DeclaredQuantity = 200m,
                DeclaredUnit = "007",
                FirstQuantity = 60m,
                FirstUnit = "035",
                UnitPrice = 12.35m,
                TotalPrice = 2470m,
                Currency = CurrencyCode.Usd,
                OriginCountry = CountryCode.China,
                DestinationCountry = new CountryCode("USA"),
                DistrictCode = "44031",
                DutyMode = "1",
            },
        ],
        Containers =
        [
            new DeclarationContainer { Number = ContainerNumber.Parse("CSQU3054383"), SizeType = "22G1", ItemNumbers = "1,2", GoodsAndContainerWeight = 4150.5m },
        ],
        ElectronicDocuments =
        [
            new ElectronicDocument { Id = "530420261122IM000000000000000001.pdf", Code = "00000001", Format = "US" },
            new ElectronicDocument { Id = "530420261122IM000000000000000002.pdf", Code = "00000002", Format = "US" },
            new ElectronicDocument { Id = "530420261122IM000000000000000004.pdf", Code = "00000004", Format = "US" },
        ],
        Sign = new DeclarationSign
        {
            OperationType = "C",
            ClientSeqNo = clientSeqNo,
            CardNumber = "8900000012345",
            OperatorName = "李明",
            EnterpriseCode = "4403968821",
        },
        FreeText = new DeclarationFreeText { VoyageNumber = "062E" },
    };
}
