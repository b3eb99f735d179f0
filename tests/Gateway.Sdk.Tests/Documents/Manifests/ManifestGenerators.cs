using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Manifests;

namespace Gateway.Sdk.Tests.Documents.Manifests;

/// <summary>
/// Builds random manifests by construction: every field is set or left unset, text mixes ASCII, CJK, a surrogate pair, XML
/// specials and line breaks, numbers stay inside what the XSD allows (non-negative masses, line numbers 1, 2, 3 …), and
/// places carry only the fields their element has. Sizes are parameters so one property can reach 500 bills and 10,000 lines.
/// </summary>
internal static class ManifestGenerators
{
    private const string Alphabet = "AZaz09 -./+,中国舱单货物上海&<>\"'\n\r\t";
    private const string Surrogates = "𠀀";

    private static readonly ManifestMessageType[] Types =
    [
        ManifestMessageType.OriginalManifest, ManifestMessageType.PreStowageManifest, ManifestMessageType.ArrivalReport,
        ManifestMessageType.LoadingManifest, ManifestMessageType.ImportTallyReport, ManifestMessageType.ExportTallyReport, new("MT2201"),
    ];

    public static Gen<CargoManifest> Manifest(int maxConsignments = 4, int maxItems = 4, int maxEquipment = 3) =>
        from head in Head()
        from declaration in Declaration(maxConsignments, maxItems, maxEquipment)
        select new CargoManifest { Head = head, Declaration = declaration };

    public static Gen<ManifestHead> Head() =>
        from type in Gen.Elements(Types)
        from function in Gen.Elements(ManifestFunctionCode.Original, ManifestFunctionCode.Add, ManifestFunctionCode.Delete, ManifestFunctionCode.Change, new ManifestFunctionCode("A1"))
        from id in Text(60)
        from sender in Text(30)
        from receiver in Gen.Elements("2200", "EPORT", string.Empty)
        from ticks in Gen.Choose(0, int.MaxValue)
        from version in Gen.Elements("1.0", "1.1")
        select new ManifestHead
        {
            MessageId = id,
            FunctionCode = function,
            MessageType = type,
            SenderId = sender,
            ReceiverId = receiver,
            SendTime = new DateTime(2020, 1, 1).AddMilliseconds(ticks * 37L),
            Version = version,
        };

    public static Gen<ManifestDeclaration> Declaration(int maxConsignments, int maxItems, int maxEquipment) =>
        from office in Optional(Text(4))
        from person in Optional(Text(20))
        from exit in Optional(Text(4))
        from entry in Optional(Text(4))
        from agent in Optional(Text(10))
        from carrier in Optional(Text(10))
        from means in Optional(TransportMeans())
        from unloading in Optional(Location(date: true))
        from equipment in ListOf(Equipment(), 0, maxEquipment)
        from consignments in ListOf(Consignment(maxItems, maxEquipment), 0, maxConsignments)
        from remark in Optional(Text(40))
        select new ManifestDeclaration
        {
            DeclarationOfficeId = office,
            RepresentativePersonName = person,
            ExitCustomsOfficeId = exit,
            EntryCustomsOfficeId = entry,
            AgentId = agent,
            CarrierId = carrier,
            BorderTransportMeans = means,
            UnloadingLocation = unloading,
            TransportEquipment = equipment,
            Consignments = consignments,
            AdditionalInformation = remark,
        };

    private static Gen<BorderTransportMeans> TransportMeans() =>
        from journey in Optional(Text(12))
        from type in Optional(Gen.Elements("1", "4"))
        from id in Optional(Text(12))
        from name in Optional(Text(30))
        from first in Optional(Text(10))
        from arrival in Optional(Text(17))
        from departure in Optional(Text(17))
        select new BorderTransportMeans { JourneyId = journey, TypeCode = type, Id = id, Name = name, FirstArrivalLocationId = first, ArrivalDateTime = arrival, DepartureDateTime = departure };

    private static Gen<ManifestLocation> Location(bool date) =>
        from id in Optional(Text(10))
        from extra in Optional(Text(20))
        select date ? new ManifestLocation { Id = id, Date = extra } : new ManifestLocation { Id = id, Name = extra };

    public static Gen<ManifestConsignment> Consignment(int maxItems, int maxEquipment) =>
        from master in Optional(Text(20))
        from change in Optional(Text(3))
        from condition in Optional(Text(3))
        from consolidator in Optional(Text(10))
        from house in Optional(Text(20))
        from volume in OptionalValue(Measure())
        from value in OptionalValue(Measure())
        from currency in Gen.Elements("USD", "CNY", "EUR")
        from loading in Optional(Location(date: true))
        from unloading in Optional(Location(date: true))
        from receipt in Optional(Location(date: false))
        from transhipments in ListOf(Text(5), 0, 2)
        from transit in Optional(Text(5))
        from routing in ListOf(Text(2), 0, 3)
        from consigned in Optional(Text(5))
        from status in Optional(Text(3))
        from split in Optional(Text(1))
        from freight in Optional(Text(2))
        from packages in OptionalValue(Gen.Choose(0, 100000).Select(static n => (long)n))
        from packageType in Optional(Text(2))
        from gross in OptionalValue(Measure())
        from previous in ListOf(from id in Optional(Text(12)) from type in Optional(Text(3)) select new PreviousCustomsDocument(id, type), 0, 2)
        from handling in Optional(Text(3))
        from consignee in Optional(Party())
        from consignor in Optional(Party())
        from notify in Optional(Party())
        from dangerous in Optional(Contact())
        from equipment in ListOf(Equipment(), 0, maxEquipment)
        from items in Gen.Choose(0, maxItems).SelectMany(n => Items(n))
        select new ManifestConsignment
        {
            MasterBillId = master,
            ChangeReasonCode = change,
            ConditionCode = condition,
            ConsolidatorId = consolidator,
            HouseBillId = house,
            GrossVolume = volume,
            Value = value,
            ValueCurrency = value is null ? null : currency,
            LoadingLocation = loading,
            UnloadingLocation = unloading,
            GoodsReceiptPlace = receipt,
            TranshipmentLocationIds = transhipments,
            TransitDestinationId = transit,
            RoutingCountryCodes = routing,
            GoodsConsignedPlaceId = consigned,
            CustomsStatusCode = status,
            TransportSplitIndicator = split,
            FreightPaymentMethodCode = freight,
            PackageQuantity = packages,
            PackageTypeCode = packageType,
            TotalGrossMass = gross,
            PreviousDocuments = previous,
            HandlingInstructionsCode = handling,
            Consignee = consignee,
            Consignor = consignor,
            NotifyParty = notify,
            DangerousGoodsContact = dangerous,
            TransportEquipment = equipment,
            Items = items,
        };

    private static Gen<ManifestParty> Party() =>
        from id in Optional(Text(30))
        from name in Optional(Text(50))
        from address in Optional(
            from line in Optional(Text(40))
            from city in Optional(Text(20))
            from subId in Optional(Text(3))
            from subName in Optional(Text(20))
            from postcode in Optional(Text(10))
            from country in Optional(Text(2))
            select new PartyAddress { Line = line, CityName = city, CountrySubEntityId = subId, CountrySubEntityName = subName, PostcodeId = postcode, CountryCode = country })
        from contact in Optional(Contact())
        from communications in ListOf(Communication(), 0, 2)
        select new ManifestParty { Id = id, Name = name, Address = address, Contact = contact, Communications = communications };

    private static Gen<ManifestContact> Contact() =>
        from name in Optional(Text(20))
        from communications in ListOf(Communication(), 0, 2)
        select new ManifestContact { Name = name, Communications = communications };

    private static Gen<PartyCommunication> Communication() =>
        from id in Optional(Text(20))
        from type in Optional(Gen.Elements("TE", "FX", "EM"))
        select new PartyCommunication(id, type);

    private static Gen<TransportEquipment> Equipment() =>
        from id in Optional(Text(11))
        from size in Optional(Text(4))
        from supplier in Optional(Text(1))
        from fullness in Optional(Gen.Elements("4", "5", "7", "8"))
        from seals in ListOf(from id in Text(10) from agency in Optional(Text(3)) select new EquipmentSeal(id, agency), 0, 2)
        select new TransportEquipment { ContainerId = id, CharacteristicCode = size, SupplierPartyTypeCode = supplier, FullnessCode = fullness, Seals = seals };

    /// <summary>Makes <paramref name="count"/> lines numbered 1 to <paramref name="count"/> (the XSD wants positive numbers).</summary>
    private static Gen<List<ConsignmentItem>> Items(int count) =>
        Enumerable.Range(1, count).Select(Item).ToList() is { Count: > 0 } gens
            ? Gen.CollectToList(gens).Select(static l => l.ToList())
            : Gen.Constant(new List<ConsignmentItem>());

    private static Gen<ConsignmentItem> Item(int number) =>
        from numbered in Gen.Elements(true, true, true, false)
        from packages in OptionalValue(Gen.Choose(0, 9999).Select(static n => (long)n))
        from packageType in Optional(Text(2))
        from marks in Optional(Text(20))
        from description in Optional(Text(60))
        from hs in Optional(Text(10))
        from dangerous in Optional(Text(4))
        from remark in Optional(Text(20))
        from gross in OptionalValue(Measure())
        from containers in ListOf(Text(11), 0, 2)
        from procedure in Optional(Text(4))
        from ucr in Optional(Text(20))
        from origin in Optional(Text(2))
        select new ConsignmentItem
        {
            SequenceNumber = numbered ? number : null,
            PackageQuantity = packages,
            PackageTypeCode = packageType,
            MarksNumbers = marks,
            CargoDescription = description,
            HsCode = hs,
            DangerousGoodsCode = dangerous,
            AdditionalInformation = remark,
            GrossMass = gross,
            ContainerIds = containers,
            CustomsProcedureCode = procedure,
            UniqueConsignmentReference = ucr,
            OriginCountryCode = origin,
        };

    /// <summary>Makes a non-negative amount with up to 3 decimals, up to 10^9.</summary>
    private static Gen<decimal> Measure() =>
        from whole in Gen.Choose(0, 1_000_000_000)
        from fraction in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 999)))
        select whole + (fraction / 1000m);

    /// <summary>Makes text of 0 to <paramref name="max"/> characters (empty and the maximum included), sometimes with a surrogate pair.</summary>
    private static Gen<string> Text(int max) =>
        from length in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(max)), (4, Gen.Choose(1, max)))
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), length)
        from pair in Gen.Elements(false, false, false, true)
        select pair && length >= 2 ? new string(chars, 0, length - 2) + Surrogates : new string(chars);

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(static v => (T?)v)));

    private static Gen<T?> OptionalValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(static v => (T?)v)));

    private static Gen<List<T>> ListOf<T>(Gen<T> gen, int min, int max) =>
        from count in Gen.Frequency((1, Gen.Constant(max)), (4, Gen.Choose(min, max)))
        from items in Gen.ArrayOf(gen, count)
        select items.ToList();
}
