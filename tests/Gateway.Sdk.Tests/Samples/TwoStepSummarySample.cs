using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;

namespace Gateway.Sdk.Tests.Samples;

/// <summary>Builds step 1 of a two-step import (概要申报, Type position 3 = 5): iron ore in bulk into Qingdao, saved as a draft.</summary>
internal static class TwoStepSummarySample
{
    public static CustomsDeclaration Create() => new()
    {
        Head = new DeclarationHead
        {
            Direction = TradeDirection.Import,
            DeclarationType = DeclarationType.Create(twoStep: TwoStepMode.Summary),
            AgentCode = CustomsCode.Parse("3702980031"),
            AgentName = "青岛港通报关有限公司",
            AgentCreditCode = UnifiedSocialCreditCode.Parse("91370200MA3C5P1B51"),
            EntryUnitCode = "MA3C5P1B5",
            EntryUnitName = "青岛港通报关有限公司",
            TraderCode = "3702960120",
            TraderName = "山东钢铁原料进出口有限公司",
            DeclarationCustoms = "4200",
            ImportExportPort = "4200",
            TradeMode = "0110",
            TransportMode = "2",
            ConveyanceName = "CAPE BRILLIANCE",
            BillOfLadingNumber = "PHE0926001",
            ShippingCountry = new CountryCode("AUS"),
            TradingCountry = new CountryCode("AUS"),
            PackageCount = 1,
            PackageKind = "00",
            GrossWeight = 170000000m,
            NetWeight = 170000000m,
            DeclarationTransitRelation = "0",
            PriceDeclarations = "99999",
            InputerName = "刘洋",
            TypistCardNumber = "4200000011111",
            DeclarantName = "刘洋",
        },
        Goods =
        [
            new DeclarationGoods
            {
                ItemNumber = 1,
                HsCode = HsCode.Parse("2601111000"),
                GoodsName = "铁矿砂",
                DeclaredQuantity = 170000m,
                DeclaredUnit = "070",
                UnitPrice = 105.25m,
                TotalPrice = 17892500m,
                Currency = CurrencyCode.Usd,
                OriginCountry = new CountryCode("AUS"),
                DestinationCountry = CountryCode.China,
            },
        ],
        Sign = new DeclarationSign { OperationType = "G", ClientSeqNo = "IMP202611210003" },
        FreeText = new DeclarationFreeText { VoyageNumber = "2611N" },
    };
}
