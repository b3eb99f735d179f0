using System.Globalization;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;

namespace Gateway.Tests.Shared;

/// <summary>Makes the realistic sample batch in <c>examples/data/declarations-batch.xlsx</c>: 320 export declarations of one
/// broker for several traders' laptops and accessories, to eleven destinations (six of them RCEP parties, whose goods lines
/// claim RCEP origin), with varied quantities, prices, weights and containers. A few rows carry simulator markers in 备注
/// (<c>[sim:inspect]</c> every 25th, <c>[sim:reject=E:…]</c> every 80th) so that a run against the simulator shows
/// inspections and rejections in its results and report.</summary>
internal static class SampleBatch
{
    public const int Count = 320;

    private static readonly (string Country, string Port, bool Rcep)[] Destinations =
    [
        ("USA", "USA099", false), ("JPN", "JPN000", true), ("KOR", "KOR000", true), ("AUS", "AUS000", true), ("SGP", "SGP000", true),
        ("DEU", "DEU000", false), ("NLD", "NLD000", false), ("GBR", "GBR000", false), ("VNM", "VNM000", true), ("MYS", "MYS000", true), ("NZL", "NZL000", true),
    ];

    public static IEnumerable<(string Key, CustomsDeclaration Declaration)> Create()
    {
        var random = new Random(20261123);
        var sample = QuickStart.ExportDeclarationSample.Create();
        for (var n = 1; n <= Count; n++)
        {
            var (country, port, rcep) = Destinations[random.Next(Destinations.Length)];
            var destination = new CountryCode(country);
            var goods = sample.Goods.Select(g =>
            {
                var quantity = (decimal)random.Next(10, 400);
                var price = Math.Round(g.UnitPrice!.Value * (decimal)(0.85 + (random.NextDouble() * 0.3)), 2);
                return g with
                {
                    Licences = [],
                    DeclaredQuantity = quantity,
                    FirstQuantity = g.FirstUnit == g.DeclaredUnit ? quantity : Math.Round(quantity * g.FirstQuantity!.Value / g.DeclaredQuantity!.Value, 2),
                    SecondQuantity = g.SecondQuantity is null ? null : Math.Round(quantity * g.SecondQuantity.Value / g.DeclaredQuantity!.Value, 2),
                    UnitPrice = price,
                    TotalPrice = quantity * price,
                    DestinationCountry = destination,
                    PreferentialOriginCountry = rcep ? CountryCode.China : null,
                };
            }).ToList();
            var net = Math.Round(goods.Sum(static g => g.DeclaredQuantity!.Value) * 4.2m, 1);
            var owner = $"{"CSQ,MSK,OOL,EGL,CMA".Split(',')[n % 5]}U{n * 7919 % 1000000:D6}";
            var remarks = n % 80 == 0 ? "[sim:reject=E:退单：申报要素不全 (sample)]" : n % 25 == 0 ? "[sim:inspect]" : null;
            yield return (n.ToString(CultureInfo.InvariantCulture), sample with
            {
                Head = sample.Head with
                {
                    ShippingCountry = destination,
                    TradingCountry = destination,
                    DestinationPort = port,
                    ContractNumber = $"XH-2026-{n:D4}",
                    BillOfLadingNumber = $"COSU62{810394 + n:D8}",
                    PackageCount = random.Next(20, 300),
                    NetWeight = net,
                    GrossWeight = net + Math.Round(net * 0.12m, 1),
                    Remarks = remarks,
                },
                Goods = goods,
                Containers = [sample.Containers[0] with { Number = ContainerNumber.Parse(owner + ContainerNumber.ComputeCheckDigit(owner)), GoodsAndContainerWeight = net + 2300m }],
                Sign = sample.Sign with { ClientSeqNo = $"EXP20261123{n:D5}" },
            });
        }
    }
}
