using Gateway.Sdk.Documents.Manifests;

namespace Gateway.Sdk.Tests.Documents.Manifests;

/// <summary>Realistic manifests of each message type, valid under <see cref="ManifestValidator"/>; the golden files are written from them.</summary>
internal static class ManifestSamples
{
    public static readonly DateTime SendTime = new(2026, 11, 22, 9, 30, 15, 250);

    public static ManifestHead Head(ManifestMessageType type, ManifestFunctionCode? function = null) => new()
    {
        MessageId = ManifestMessageIds.Format(type, "2200123456789_00000001", SendTime),
        FunctionCode = function ?? ManifestFunctionCode.Original,
        MessageType = type,
        SenderId = "2200123456789_00000001",
        ReceiverId = "2200",
        SendTime = SendTime,
    };

    public static BorderTransportMeans Vessel { get; } = new()
    {
        JourneyId = "0MA3NW1MA",
        TypeCode = "1",
        Id = "UN9321483",
        Name = "EVER GIVEN",
    };

    /// <summary>An export pre-stowage manifest: one bill with two containers and two lines, one house bill under a second master bill.</summary>
    public static CargoManifest PreStowage() => new()
    {
        Head = Head(ManifestMessageType.PreStowageManifest),
        Declaration = new ManifestDeclaration
        {
            RepresentativePersonName = "上海远洋货运代理有限公司",
            ExitCustomsOfficeId = "2248",
            AgentId = "310000123",
            CarrierId = "EGLV",
            BorderTransportMeans = Vessel,
            Consignments =
            [
                new ManifestConsignment
                {
                    MasterBillId = "EGLV142050012345",
                    GrossVolume = 56.3m,
                    Value = 125000m,
                    ValueCurrency = "USD",
                    LoadingLocation = new ManifestLocation { Id = "CNSHA/2248", Date = "20261125" },
                    UnloadingLocation = new ManifestLocation { Id = "NLRTM" },
                    GoodsReceiptPlace = new ManifestLocation { Id = "CNSHA", Name = "SHANGHAI" },
                    TranshipmentLocationIds = ["SGSIN"],
                    RoutingCountryCodes = ["CN", "SG", "NL"],
                    CustomsStatusCode = "001",
                    FreightPaymentMethodCode = "PP",
                    PackageQuantity = 1200,
                    PackageTypeCode = "CT",
                    TotalGrossMass = 18650.5m,
                    Consignee = new ManifestParty
                    {
                        Id = "9999+NL123456789B01",
                        Name = "HOLLAND TRADING B.V.",
                        Address = new PartyAddress { Line = "WAALHAVEN 12", CityName = "ROTTERDAM", PostcodeId = "3089", CountryCode = "NL" },
                        Contact = new ManifestContact { Name = "J. DE VRIES", Communications = [new PartyCommunication("+31104000000", "TE")] },
                    },
                    Consignor = new ManifestParty
                    {
                        Id = "USCI+91310000MA1FL0XX9Q",
                        Name = "上海进出口贸易有限公司",
                        Address = new PartyAddress { Line = "浦东新区张杨路500号", CityName = "上海", CountrySubEntityId = "31", CountryCode = "CN" },
                        Communications = [new PartyCommunication("+862150000000", "TE"), new PartyCommunication("export@example.cn", "EM")],
                    },
                    NotifyParty = new ManifestParty { Name = "SAME AS CONSIGNEE" },
                    TransportEquipment =
                    [
                        new TransportEquipment { ContainerId = "EGHU1234562", CharacteristicCode = "45G1", SupplierPartyTypeCode = "2", FullnessCode = "5", Seals = [new EquipmentSeal("EMC1234567", "CA")] },
                        new TransportEquipment { ContainerId = "CSQU3054383", CharacteristicCode = "22G1", FullnessCode = "5", Seals = [new EquipmentSeal("EMC7654321", "CA"), new EquipmentSeal("SH0001")] },
                    ],
                    Items =
                    [
                        new ConsignmentItem { SequenceNumber = 1, PackageQuantity = 800, PackageTypeCode = "CT", MarksNumbers = "HTB/RTM/1-800", CargoDescription = "LED LAMPS 发光二极管灯", HsCode = "9405420000", GrossMass = 12400.5m, ContainerIds = ["EGHU1234562"], OriginCountryCode = "CN" },
                        new ConsignmentItem { SequenceNumber = 2, PackageQuantity = 400, PackageTypeCode = "CT", MarksNumbers = "N/M", CargoDescription = "LITHIUM BATTERIES", HsCode = "850760", DangerousGoodsCode = "3480", AdditionalInformation = "CLASS 9", GrossMass = 6250m, ContainerIds = ["CSQU3054383"] },
                    ],
                },
                new ManifestConsignment
                {
                    MasterBillId = "EGLV142050012399",
                    HouseBillId = "SHAHBL2611001",
                    ConsolidatorId = "NVOCC-MOC-0001",
                    LoadingLocation = new ManifestLocation { Id = "CNSHA" },
                    UnloadingLocation = new ManifestLocation { Id = "DEHAM" },
                    PackageQuantity = 20,
                    PackageTypeCode = "PK",
                    TotalGrossMass = 1500m,
                    Consignee = new ManifestParty { Name = "HAMBURG IMPORT GMBH", Address = new PartyAddress { CountryCode = "DE" } },
                    Consignor = new ManifestParty { Name = "宁波制造有限公司" },
                    TransportEquipment = [new TransportEquipment { ContainerId = "TGHU7654320", CharacteristicCode = "22G1", FullnessCode = "5" }],
                    Items = [new ConsignmentItem { SequenceNumber = 1, PackageQuantity = 20, PackageTypeCode = "PK", MarksNumbers = "N/M", CargoDescription = "MACHINE PARTS & TOOLS <SPARE>", HsCode = "8466930000", GrossMass = 1500m, ContainerIds = ["TGHU7654320"] }],
                },
            ],
        },
    };

    /// <summary>An import original manifest: the pre-stowage shape with the entry office and the first port of arrival.</summary>
    public static CargoManifest Original()
    {
        var export = PreStowage();
        return export with
        {
            Head = Head(ManifestMessageType.OriginalManifest),
            Declaration = export.Declaration with
            {
                ExitCustomsOfficeId = null,
                EntryCustomsOfficeId = "2248",
                BorderTransportMeans = Vessel with { FirstArrivalLocationId = "CNSHA", ArrivalDateTime = "20261201080000086" },
                Consignments = [export.Declaration.Consignments[0] with { LoadingLocation = new ManifestLocation { Id = "NLRTM" }, UnloadingLocation = new ManifestLocation { Id = "CNSHA/2248", Date = "20261201" } }],
            },
        };
    }

    /// <summary>An arrival report for two containers at a customs-controlled place.</summary>
    public static CargoManifest Arrival() => new()
    {
        Head = Head(ManifestMessageType.ArrivalReport, ManifestFunctionCode.Add),
        Declaration = new ManifestDeclaration
        {
            DeclarationOfficeId = "2248",
            BorderTransportMeans = Vessel with { TypeCode = null },
            UnloadingLocation = new ManifestLocation { Id = "2248A001", Date = "20261124" },
            TransportEquipment =
            [
                new TransportEquipment { ContainerId = "EGHU1234562", CharacteristicCode = "45G1", FullnessCode = "5" },
                new TransportEquipment { ContainerId = "CSQU3054383", CharacteristicCode = "22G1", FullnessCode = "5" },
            ],
        },
    };

    /// <summary>A loading manifest or tally report (bodies not verified): voyage, bills and containers.</summary>
    public static CargoManifest Loading(ManifestMessageType type) => new()
    {
        Head = Head(type),
        Declaration = new ManifestDeclaration
        {
            BorderTransportMeans = Vessel,
            Consignments =
            [
                new ManifestConsignment
                {
                    MasterBillId = "EGLV142050012345",
                    PackageQuantity = 1200,
                    PackageTypeCode = "CT",
                    TotalGrossMass = 18650.5m,
                    TransportEquipment = [new TransportEquipment { ContainerId = "EGHU1234562", CharacteristicCode = "45G1", FullnessCode = "5" }],
                },
            ],
        },
    };

    public static IEnumerable<(string Name, CargoManifest Manifest)> All() =>
    [
        ("MT1101", Original()),
        ("MT2101", PreStowage()),
        ("MT3101", Arrival()),
        ("MT4101", Loading(ManifestMessageType.LoadingManifest)),
        ("MT5101", Loading(ManifestMessageType.ImportTallyReport)),
        ("MT5102", Loading(ManifestMessageType.ExportTallyReport)),
    ];
}
