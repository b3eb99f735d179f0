using System.Globalization;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Reads a CUSCAR message written by <see cref="CuscarWriter"/>, or a partner's CUSCAR, into a <see cref="CargoManifest"/>.</summary>
/// <remarks>
/// <para>The report holds the envelope findings (<c>EDI2xx</c>), the segment-table findings (<c>EDI3xx</c>), <c>EDI407</c>
/// when the interchange has no CUSCAR, <c>EDI403</c> when the message is not D.95B (it is read with the D.95B guide), and
/// values that do not convert (<c>MAN003</c>, located by line and segment). Syntax that cannot be read ends in an issue,
/// never an exception.</para>
/// <para>A partner's CUSCAR reads as far as the guide reaches (docs/manifests.md#cuscar lists what is not covered): a
/// message without the SDK's type in <c>BGM</c> C002/1000 is taken as an <c>MT1101</c>, each group 5 is a bill (its
/// <c>RFF</c> the bill number, <c>RFF+BH</c> a house bill under the <c>CNI</c> document), unstructured names and addresses
/// (<c>NAD</c> C058) give the name and the address lines, masses in tonnes are converted to kilograms, and a container
/// belongs to the first bill whose lines name it. Thread-safe.</para>
/// </remarks>
public static class CuscarReader
{
    /// <summary>Reads the first CUSCAR message of an interchange.</summary>
    /// <param name="edifact">The interchange; read to its end and left open.</param>
    /// <returns>The manifest (unless there is no readable CUSCAR message) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edifact"/> is <see langword="null"/>.</exception>
    public static ReadResult<CargoManifest> Read(Stream edifact)
    {
        ArgumentNullException.ThrowIfNull(edifact);
        var issues = new List<ValidationIssue>();
        var input = edifact.CanSeek ? edifact : Buffer(edifact);
        var start = input.Position;
        if (!EdifactReader.TryReadFirst(input, "CUSCAR", issues, out var message))
        {
            return new ReadResult<CargoManifest>(null, new ValidationReport(issues));
        }

        // Some carriers leave UNH S009/0065 empty (one public sample does): such a message is read as the cargo report.
        if (message is null)
        {
            input.Position = start;
            var again = new List<ValidationIssue>();
            if (EdifactReader.TryReadFirst(input, string.Empty, again, out message) && message is not null)
            {
                issues.Add(new ValidationIssue("EDI408", ValidationSeverity.Warning, "UNH names no message type (S009/0065 is empty); the message is read as CUSCAR", new IssueLocation { Line = message.Segments[0].Line, Segment = message.Segments[0].Number, EdifactPath = "UNH/S009/0065" }));
            }
        }

        if (message is null)
        {
            issues.Add(new ValidationIssue("EDI407", ValidationSeverity.Error, "the interchange has no CUSCAR message: a cargo report comes as UNH S009 CUSCAR:D:95B:UN", IssueLocation.Document));
            return new ReadResult<CargoManifest>(null, new ValidationReport(issues));
        }

        if (message.Directory != "D95B")
        {
            issues.Add(new ValidationIssue("EDI403", ValidationSeverity.Warning, $"the message is CUSCAR {message.Directory}; it is read with the D.95B guide", new IssueLocation { Line = message.Segments[0].Line, Segment = message.Segments[0].Number, EdifactPath = "UNH/S009" }));
        }

        issues.AddRange(new EdifactValidator().Validate(message).Issues);
        var root = EdifactValidator.Parse(message, EdifactSchema.Find("CUSCAR", "D", "95B")!, []);
        var values = new CuscarValues(Fallback.Read(root.Segments), issues);
        return new ReadResult<CargoManifest>(Manifest(root, values), new ValidationReport(issues));
    }

    private static MemoryStream Buffer(Stream edifact)
    {
        var copy = new MemoryStream();
        edifact.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static CargoManifest Manifest(EdifactValidator.Node root, CuscarValues h)
    {
        var bgm = root.Segments.FirstOrDefault(static s => s.Tag == "BGM");
        var type = bgm?[1, 4] is { } code && ManifestMessageType.IsCode(code) ? new ManifestMessageType(code) : ManifestMessageType.OriginalManifest;
        var function = ManifestFunctionCode.IsCode(bgm?[3]) ? new ManifestFunctionCode(bgm![3]) : default;
        string? Party(string role) => root.Segments.FirstOrDefault(s => s.Tag == "NAD" && s[1] == role)?[2, 1];
        var bills = root.Children.Where(static c => c.Group.Tag == "SG4").SelectMany(static cni => cni.Children.Where(static c => c.Group.Tag == "SG5").Select(rff => (Cni: cni, Rff: rff))).ToList();
        var billValues = bills.Select(b => BillValues(b.Rff, h.Issues)).ToList();
        var all = new CuscarValues([.. h.Pairs, .. billValues.SelectMany(static v => v.Pairs)], h.Issues);
        var scopes = all.Pairs.Where(static p => p.Key.StartsWith("Equipment[", StringComparison.Ordinal) && p.Key.Contains("].", StringComparison.Ordinal))
            .ToLookup(static p => p.Key[..(p.Key.IndexOf("].", StringComparison.Ordinal) + 2)], StringComparer.Ordinal);
        var equipment = root.Children.Where(static c => c.Group.Tag == "SG2").Select((e, k) =>
        {
            var prefix = $"Equipment[{k + 1}].";
            return Equipment(e, new CuscarValues([.. scopes[prefix].Select(p => (p.Key[prefix.Length..], p.Value, p.Segment))], h.Issues));
        }).ToList();
        var consignments = bills.Select((b, i) => Consignment(b.Cni, b.Rff, billValues[i], h.Issues)).ToList();
        var firstUse = FirstBillNaming(consignments);
        var claimed = new Dictionary<int, int>();
        for (var i = 0; i < billValues.Count; i++)
        {
            foreach (var k in billValues[i].All("Equipment").SelectMany(static l => l.Split(',')))
            {
                claimed.TryAdd(int.TryParse(k, CultureInfo.InvariantCulture, out var n) ? n : 0, i + 1);
            }
        }

        var owners = h.Has("Equipment")
            ? [.. equipment.Select((_, k) => claimed.GetValueOrDefault(k + 1))]
            : equipment.Select(e => firstUse.GetValueOrDefault(e.ContainerId ?? string.Empty)).ToList();
        var owned = equipment.Select((e, k) => (Owner: owners[k], Equipment: e)).ToLookup(static x => x.Owner, static x => x.Equipment);
        var tdt = root.Children.FirstOrDefault(static c => c.Group.Tag == "SG1");
        return new CargoManifest
        {
            Head = new ManifestHead
            {
                MessageId = h.Get("MessageID", bgm?[2]) ?? string.Empty,
                FunctionCode = function,
                MessageType = type,
                SenderId = h.Get("SenderID", Party("MS")) ?? string.Empty,
                ReceiverId = h.Get("ReceiverID", Party("MR")) ?? string.Empty,
                SendTime = h.Time("SendTime", root.Segments.FirstOrDefault(static s => s.Tag == "DTM" && s[1, 1] == "137")),
                Version = h.Has("Version") ? h.Get("Version", null) : ManifestHead.DefaultVersion,
            },
            Declaration = new ManifestDeclaration
            {
                DeclarationOfficeId = h.Get("DeclarationOffice", null),
                RepresentativePersonName = h.Get("RepresentativePerson", null),
                ExitCustomsOfficeId = h.Get("ExitCustomsOffice", null),
                EntryCustomsOfficeId = h.Get("EntryCustomsOffice", null),
                AgentId = h.Get("AgentID", Party("AG")),
                CarrierId = h.Get("CarrierID", Party("CA") ?? tdt?.Segments[0][5, 1]),
                BorderTransportMeans = tdt is null ? null : new BorderTransportMeans
                {
                    JourneyId = h.Get("Journey", tdt.Segments[0][2]),
                    TypeCode = h.Get("TypeCode", tdt.Segments[0][3, 1]),
                    Id = h.Get("Vessel", tdt.Segments[0][8, 1]),
                    Name = h.Get("VesselName", tdt.Segments[0][8, 4]),
                    FirstArrivalLocationId = h.Get("FirstArrival", tdt.Segments.FirstOrDefault(static s => s.Tag == "LOC" && s[1] == "60")?[2, 1]),
                    ArrivalDateTime = h.Get("Arrival", tdt.Segments.FirstOrDefault(static s => s.Tag == "DTM" && s[1, 1] == "132")?[1, 2]),
                    DepartureDateTime = h.Get("Departure", tdt.Segments.FirstOrDefault(static s => s.Tag == "DTM" && s[1, 1] == "133")?[1, 2]),
                },
                UnloadingLocation = h.Has("UnloadingLocation") ? new ManifestLocation { Id = h.Get("UnloadingLocation.ID", null), Name = h.Get("UnloadingLocation.Name", null), Date = h.Get("UnloadingLocation.Date", null) } : null,
                TransportEquipment = [.. owned[0]],
                Consignments = [.. consignments.Select((c, i) => c with { TransportEquipment = [.. owned[i + 1]] })],
                AdditionalInformation = h.Get("AdditionalInformation", Text(root.Segments, "AAI")),
            },
        };
    }

    /// <summary>Maps each container number to the first bill (from 1) whose goods lines name it.</summary>
    internal static Dictionary<string, int> FirstBillNaming(IReadOnlyList<ManifestConsignment> bills)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < bills.Count; i++)
        {
            foreach (var id in bills[i].Items.SelectMany(static item => item.ContainerIds))
            {
                first.TryAdd(id, i + 1);
            }
        }

        return first;
    }

    /// <summary>Gets a bill's fallback pairs, which travel in its first goods line under <c>Consignment.</c>.</summary>
    private static CuscarValues BillValues(EdifactValidator.Node sg5, List<ValidationIssue> issues) =>
        new CuscarValues(sg5.Children.FirstOrDefault(static c => c.Group.Tag == "SG10") is { } first ? Fallback.Read(first.Segments) : [], issues).Scope("Consignment.");

    private static ManifestConsignment Consignment(EdifactValidator.Node cni, EdifactValidator.Node sg5, CuscarValues s, List<ValidationIssue> issues)
    {
        var goods = sg5.Children.Where(static c => c.Group.Tag == "SG10").ToList();
        var pairs = goods.Count > 0 ? Fallback.Read(goods[0].Segments) : [];
        var rff = sg5.Segments[0];
        var house = rff[1, 1] == "BH";
        ManifestParty? Party(string role, string name)
        {
            var nad = sg5.Children.FirstOrDefault(c => c.Group.Tag == "SG7" && c.Segments[0][1] == role);
            return nad is not null || s.HasPrefix(name + ".") ? CuscarReader.Party(nad, s.Scope(name + ".")) : null;
        }

        ManifestLocation? Location(string? qualifier, string key)
        {
            var loc = qualifier is null ? null : sg5.Segments.FirstOrDefault(x => x.Tag == "LOC" && x[1] == qualifier);
            return loc is not null || s.Has(key) ? new ManifestLocation { Id = s.Get(key + ".ID", loc?[2, 1]), Name = s.Get(key + ".Name", null), Date = s.Get(key + ".Date", null) } : null;
        }

        string? Count(string qualifier) => sg5.Segments.FirstOrDefault(x => x.Tag == "CNT" && x[1, 1] == qualifier)?[1, 2];
        var mass = sg5.Segments.FirstOrDefault(static x => x.Tag == "CNT" && x[1, 1] == "7");
        return new ManifestConsignment
        {
            MasterBillId = s.Get("Master", house ? cni.Segments[0][2, 1] : rff[1, 2]),
            HouseBillId = house ? s.Get("House", rff[1, 2]) ?? string.Empty : null,
            ChangeReasonCode = s.Get("ChangeReason", null),
            ConditionCode = s.Get("Condition", null),
            ConsolidatorId = s.Get("Consolidator", null),
            GrossVolume = s.Decimal("Volume", Count("15"), rff),
            Value = s.Decimal("Value", null, rff),
            ValueCurrency = s.Get("Currency", null),
            LoadingLocation = Location("9", "Loading"),
            UnloadingLocation = Location("11", "Unloading"),
            GoodsReceiptPlace = Location(null, "Receipt"),
            TranshipmentLocationIds = s.Has("Transhipment") ? s.All("Transhipment") : [.. sg5.Segments.Where(static x => x.Tag == "LOC" && x[1] == "13").Select(static x => x[2, 1])],
            TransitDestinationId = s.Get("TransitDestination", null),
            RoutingCountryCodes = s.All("RoutingCountry"),
            GoodsConsignedPlaceId = s.Get("GoodsConsignedPlace", null),
            CustomsStatusCode = s.Get("CustomsStatus", null),
            TransportSplitIndicator = s.Get("SplitIndicator", null),
            FreightPaymentMethodCode = s.Get("FreightPayment", null),
            PackageQuantity = s.Int64("Packages", Count("11"), rff),
            PackageTypeCode = s.Get("PackageType", null),
            TotalGrossMass = Kilograms(s.Decimal("Mass", mass?[1, 2], rff), mass?[1, 3], s, mass ?? rff),
            PreviousDocuments = [.. s.Records("PreviousDocument").Select(static r => new PreviousCustomsDocument(r.Get("ID"), r.Get("TypeCode")))],
            HandlingInstructionsCode = s.Get("HandlingInstructions", null),
            Consignee = Party("CN", "Consignee"),
            Consignor = Party("CZ", "Consignor"),
            NotifyParty = Party("N1", "NotifyParty"),
            DangerousGoodsContact = s.Has("DangerousGoodsContact") ? new ManifestContact { Name = s.Get("DangerousGoodsContact.Name", null), Communications = Communications(s.Scope("DangerousGoodsContact."), []) } : null,
            Items = [.. goods.Where(static g => g.Segments[0][1] != "0").Select((g, i) => Item(g, i == 0 ? pairs : Fallback.Read(g.Segments), issues))],
        };
    }

    private static ManifestParty Party(EdifactValidator.Node? sg7, CuscarValues s)
    {
        var nad = sg7?.Segments[0];
        var structured = nad?.Elements.ElementAtOrDefault(3) is { Count: > 0 } name && name.Any(static n => n.Length > 0);
        var unstructured = nad?.Elements.ElementAtOrDefault(2)?.Where(static l => l.Length > 0).ToList() ?? [];
        var lines = structured ? unstructured : unstructured.Skip(1).ToList();
        var street = nad is null ? null : Join(nad.Elements.ElementAtOrDefault(4)) ?? (lines.Count == 0 ? null : string.Join('\n', lines));
        string? Part(int element) => nad?[element] is { Length: > 0 } v ? v : null;
        var address = new PartyAddress
        {
            Line = s.Get("Street", street),
            CityName = s.Get("City", Part(6)),
            CountrySubEntityId = s.Get("SubEntity", Part(7)),
            CountrySubEntityName = s.Get("SubEntityName", null),
            PostcodeId = s.Get("Postcode", Part(8)),
            CountryCode = s.Get("Country", Part(9)),
        };
        var groups = sg7?.Children.Where(static c => c.Group.Tag == "SG8").ToList() ?? [];
        var contact = groups.FirstOrDefault(static g => g.Segments[0][1] == "IC");
        var own = groups.FirstOrDefault(static g => g.Segments[0][1] != "IC");
        return new ManifestParty
        {
            Id = s.Get("ID", nad?[2, 1]),
            Name = s.Get("Name", structured ? Join(nad!.Elements[3]) : unstructured.FirstOrDefault()),
            Address = s.Has("Address") || address != new PartyAddress() ? address : null,
            Contact = contact is null ? null : new ManifestContact { Name = s.Get("Contact", contact.Segments[0][2, 2]), Communications = Communications(s.Scope("Contact."), contact.Segments) },
            Communications = Communications(s, own?.Segments ?? []),
        };
    }

    private static List<PartyCommunication> Communications(CuscarValues s, IEnumerable<EdifactSegment> segments) =>
        s.Has("Communication")
            ? [.. s.Records("Communication").Select(static r => new PartyCommunication(r.Get("ID"), r.Get("TypeID")))]
            : [.. segments.Where(static x => x.Tag == "COM").Select(static x => new PartyCommunication(x[1, 1], x[1, 2]))];

    private static ConsignmentItem Item(EdifactValidator.Node sg10, List<(string Key, string? Value, EdifactSegment Segment)> pairs, List<ValidationIssue> issues)
    {
        var s = new CuscarValues([.. pairs.Where(static p => !p.Key.StartsWith("Consignment.", StringComparison.Ordinal))], issues);
        var gid = sg10.Segments[0];
        var mea = sg10.Segments.FirstOrDefault(static x => x.Tag == "MEA" && x[1] == "AAE" && x[2, 1] == "G");
        var mass = s.Decimal("Mass", mea?[3, 2], gid);
        return new ConsignmentItem
        {
            SequenceNumber = s.Int64("Sequence", gid[1], gid) is { } number ? (number is >= int.MinValue and <= int.MaxValue ? (int)number : s.Invalid<int>("Sequence", gid[1], gid, "is too large for a line number")) : null,
            PackageQuantity = s.Int64("Packages", gid[2, 1], gid),
            PackageTypeCode = s.Get("PackageType", gid[2, 2]),
            MarksNumbers = s.Get("Marks", Join(sg10.Segments.FirstOrDefault(static x => x.Tag == "PCI")?.Elements.ElementAtOrDefault(1))),
            CargoDescription = s.Get("Description", Text(sg10.Segments, "AAA")),
            HsCode = s.Get("HS", sg10.Segments.FirstOrDefault(static x => x.Tag == "CST")?[2, 1]),
            DangerousGoodsCode = s.Get("DangerousGoods", sg10.Segments.FirstOrDefault(static x => x.Tag == "DGS")?[3, 1]),
            AdditionalInformation = s.Get("AdditionalInformation", Text(sg10.Segments, "AAI")),
            GrossMass = Kilograms(mass, mea?[3, 1], s, mea ?? gid),
            ContainerIds = s.Has("Container") ? s.All("Container") : [.. sg10.Segments.Where(static x => x.Tag == "SGP").Select(static x => x[1, 1])],
            CustomsProcedureCode = s.Get("CustomsProcedure", null),
            UniqueConsignmentReference = s.Get("UCR", null),
            OriginCountryCode = s.Get("Origin", null),
        };
    }

    private static TransportEquipment Equipment(EdifactValidator.Node sg2, CuscarValues s)
    {
        var eqd = sg2.Segments[0];
        return new TransportEquipment
        {
            ContainerId = s.Get("ID", eqd[2, 1]),
            CharacteristicCode = s.Get("Size", eqd[3, 1]),
            SupplierPartyTypeCode = s.Get("Supplier", eqd[4]),
            FullnessCode = s.Get("Fullness", eqd[6]),
            Seals = s.Has("Seal")
                ? [.. s.Records("Seal").Select(static r => new EquipmentSeal(r.Value ?? string.Empty, r.Get("Agency")))]
                : [.. sg2.Segments.Where(static x => x.Tag == "SEL").Select(static x => new EquipmentSeal(x[1], x[2, 1] is { Length: > 0 } agency ? agency : null))],
        };
    }

    private static decimal? Kilograms(decimal? value, string? unit, CuscarValues s, EdifactSegment segment) =>
        unit is not ("TNE" or "TON") || value is null ? value
        : Math.Abs(value.Value) <= decimal.MaxValue / 1000 ? value * 1000
        : s.Invalid<decimal>("Mass", value.Value.ToString(CultureInfo.InvariantCulture), segment, "tonnes is too large to hold in kilograms");

    private static string? Text(IEnumerable<EdifactSegment> segments, string qualifier) =>
        Join(segments.FirstOrDefault(x => x.Tag == "FTX" && x[1] == qualifier)?.Elements.ElementAtOrDefault(3));

    private static string? Join(IReadOnlyList<string>? components) => components is { Count: > 0 } && string.Concat(components) is { Length: > 0 } text ? text : null;
}
