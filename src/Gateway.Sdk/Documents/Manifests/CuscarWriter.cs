using System.Globalization;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Writes a <see cref="CargoManifest"/> as a UN/EDIFACT interchange with one CUSCAR D.95B message.</summary>
/// <remarks>
/// <para>China customs publishes no CUSCAR guide, so this is the SDK's own, built on the public samples and the D.95B
/// segment table (docs/manifests.md#cuscar): <c>BGM</c> carries the message type (C002/1000), id and function; <c>DTM+137</c>
/// the send time; <c>NAD+MS/MR/CA/AG</c> sender, receiver, carrier and agent; group 1 (<c>TDT+20</c>, <c>LOC+60</c>,
/// <c>DTM+132/133</c>) the vessel and voyage; group 2 (<c>EQD+CN</c>, <c>SEL</c>) the containers; one group 4 (<c>CNI</c>)
/// per bill with group 5 (<c>RFF+BM</c> or <c>RFF+BH</c>, <c>CNT+7/11/15</c>, <c>LOC+9/11/13</c>), parties in group 7
/// (<c>NAD+CN/CZ/N1</c>, <c>CTA</c>, <c>COM</c>) and one group 10 (<c>GID</c>, <c>FTX+AAA/AAI</c>, <c>MEA+AAE+G</c>, <c>SGP</c>,
/// <c>DGS</c>, <c>PCI+24</c>, <c>CST</c>) per goods line. A value with no element of its own, or too long or empty for it,
/// travels as <c>key=value</c> in <c>FTX+ZZZ</c> at the message level, or in the bill's first goods line, so
/// <see cref="CuscarReader.Read(Stream)"/> gives back an equal manifest.</para>
/// <para>The interchange is <c>UNOW</c> syntax 4. The message is checked against the CUSCAR D.95B segment table before it
/// is written. Thread-safe.</para>
/// </remarks>
public sealed class CuscarWriter
{
    private readonly EdifactInterchangeOptions _options;

    /// <summary>Initializes a new instance of the <see cref="CuscarWriter"/> class.</summary>
    /// <param name="options">The interchange options; <see langword="null"/> for the defaults (from <c>GATEWAY-SDK</c> to <c>CHINAPORT</c>).</param>
    public CuscarWriter(EdifactInterchangeOptions? options = null) => _options = options ?? new EdifactInterchangeOptions();

    /// <summary>Writes a manifest.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <returns>The interchange bytes (UTF-8).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is <see langword="null"/>.</exception>
    /// <exception cref="EdifactException">The manifest holds what CUSCAR cannot carry: elements the SDK does not model, or
    /// more text than the segment table allows (<c>EDI401</c>).</exception>
    public byte[] Write(CargoManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return _options.Write(Message(manifest));
    }

    private static List<EdifactSegment> Message(CargoManifest m)
    {
        var head = m.Head;
        var d = m.Declaration;
        Refuse("Manifest", m.AdditionalElements);
        Refuse("Declaration", d.AdditionalElements);
        var h = new CuscarSlots(new Fallback(), string.Empty);
        List<EdifactSegment> top = [new("BGM", [["85", string.Empty, string.Empty, head.MessageType.Code], [h.Text("MessageID", head.MessageId, 35)], [head.FunctionCode.Code]])];
        if (head.SendTime is { } time)
        {
            top.Add(Segment("DTM", [["137", time.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), "204"]]));
            if (time.Millisecond != 0)
            {
                h.Fallback.Add("SendTime", time.ToString(ManifestNodes.SendTimeFormat, CultureInfo.InvariantCulture));
            }
        }

        top.Add(Party("MS", h.Text("SenderID", head.SenderId, 35)));
        top.Add(Party("MR", h.Text("ReceiverID", head.ReceiverId, 35)));
        if (d.CarrierId is not null)
        {
            top.Add(Party("CA", h.Text("CarrierID", d.CarrierId, 35)));
        }

        if (d.AgentId is not null)
        {
            top.Add(Party("AG", h.Text("AgentID", d.AgentId, 35)));
        }

        if (head.Version != ManifestHead.DefaultVersion)
        {
            h.Fallback.Add("Version", head.Version);
        }

        Put(h, "RepresentativePerson", d.RepresentativePersonName);
        Put(h, "DeclarationOffice", d.DeclarationOfficeId);
        Put(h, "ExitCustomsOffice", d.ExitCustomsOfficeId);
        Put(h, "EntryCustomsOffice", d.EntryCustomsOfficeId);
        if (d.UnloadingLocation is { } place)
        {
            h.Flag("UnloadingLocation");
            Put(h, "UnloadingLocation.ID", place.Id);
            Put(h, "UnloadingLocation.Name", place.Name);
            Put(h, "UnloadingLocation.Date", place.Date);
        }

        var groups = new List<EdifactSegment>();
        if (d.BorderTransportMeans is { } b)
        {
            Refuse("BorderTransportMeans", b.AdditionalElements);
            groups.Add(Segment("TDT", [["20"], [h.Text("Journey", b.JourneyId, 17)], [h.Text("TypeCode", b.TypeCode, 3)], [], [], [], [], [h.Text("Vessel", b.Id, 9), string.Empty, string.Empty, h.Text("VesselName", b.Name, 35)]]));
            if (b.FirstArrivalLocationId is not null)
            {
                groups.Add(Segment("LOC", [["60"], [h.Text("FirstArrival", b.FirstArrivalLocationId, 25)]]));
            }

            Time(groups, h, "132", "Arrival", b.ArrivalDateTime);
            Time(groups, h, "133", "Departure", b.DepartureDateTime);
        }

        var equipment = d.TransportEquipment.Select(static e => (Owner: 0, Equipment: e))
            .Concat(d.Consignments.SelectMany(static (c, i) => c.TransportEquipment.Select(e => (Owner: i + 1, Equipment: e)))).ToList();
        var bills = d.Consignments.Select(static _ => new Fallback()).ToList();
        for (var k = 0; k < equipment.Count; k++)
        {
            var (owner, e) = equipment[k];
            Equipment(groups, owner == 0 ? new CuscarSlots(h.Fallback, $"Equipment[{k + 1}].") : new CuscarSlots(bills[owner - 1], $"Consignment.Equipment[{k + 1}]."), e);
        }

        // Containers are listed once for the message; the bill that owns each is found from its lines, and said outright
        // (each bill lists its containers, by position) only when that would not give them back.
        var firstUse = CuscarReader.FirstBillNaming(d.Consignments);
        var derived = equipment.Select(e => firstUse.GetValueOrDefault(e.Equipment.ContainerId ?? string.Empty));
        if (!derived.SequenceEqual(equipment.Select(static e => e.Owner)))
        {
            h.Flag("Equipment");
            for (var i = 0; i < bills.Count; i++)
            {
                bills[i].Add("Consignment.Equipment", string.Join(',', Enumerable.Range(0, equipment.Count).Where(k => equipment[k].Owner == i + 1).Select(static k => (k + 1).ToString(CultureInfo.InvariantCulture))));
            }
        }

        for (var i = 0; i < d.Consignments.Count; i++)
        {
            Consignment(groups, d.Consignments[i], i + 1, bills[i]);
        }

        var texts = new List<EdifactSegment>();
        Chunked(texts, "AAI", h, "AdditionalInformation", d.AdditionalInformation);
        Overflow(h.Fallback.WriteTo(texts, 9 - texts.Count), "message");
        List<EdifactSegment> segments = [new("UNH", [["1"], ["CUSCAR", "D", "95B", "UN"]]), .. top, .. texts, .. groups];
        segments.Add(Segment("UNT", [[(segments.Count + 1).ToString(CultureInfo.InvariantCulture)], ["1"]]));
        var header = new EdifactInterchange(new EdifactSegment("UNB", [["UNOW", "4"]]));
        if (new EdifactValidator().Validate(new EdifactMessage(header, null, segments)).Errors.FirstOrDefault() is { } error)
        {
            throw new EdifactException("EDI401", $"the manifest does not fit CUSCAR D.95B at {error.Location.EdifactPath}: {error.Message}; shorten the texts or file it as XML", 0, 0, 0);
        }

        return segments;
    }

    private static void Consignment(List<EdifactSegment> output, ManifestConsignment c, int number, Fallback fallback)
    {
        Refuse("Consignment", c.AdditionalElements);
        var s = new CuscarSlots(fallback, "Consignment.");
        var master = s.Text("Master", c.MasterBillId, 35);
        output.Add(Segment("CNI", [[number.ToString(CultureInfo.InvariantCulture)], [master]]));
        output.Add(c.HouseBillId is null ? Segment("RFF", [["BM", master]]) : Segment("RFF", [["BH", s.Text("House", c.HouseBillId, 35)]]));
        Count(output, "7", s.Number("Mass", c.TotalGrossMass), "KGM");
        Count(output, "11", s.Number("Packages", c.PackageQuantity), null);
        Count(output, "15", s.Number("Volume", c.GrossVolume), "MTQ");
        Location(output, s, "9", "Loading", c.LoadingLocation);
        Location(output, s, "11", "Unloading", c.UnloadingLocation);
        Location(output, s, null, "Receipt", c.GoodsReceiptPlace);
        if (c.TranshipmentLocationIds.All(static t => t.Length is > 0 and <= 25))
        {
            output.AddRange(c.TranshipmentLocationIds.Select(static t => Segment("LOC", [["13"], [t]])));
        }
        else
        {
            c.TranshipmentLocationIds.ToList().ForEach(t => s.Fallback.Add("Consignment.Transhipment", t));
        }

        Put(s, "ChangeReason", c.ChangeReasonCode);
        Put(s, "Condition", c.ConditionCode);
        Put(s, "Consolidator", c.ConsolidatorId);
        Put(s, "Value", c.Value is { } value ? XmlFormat.Decimal(value) : null);
        Put(s, "Currency", c.ValueCurrency);
        Put(s, "TransitDestination", c.TransitDestinationId);
        c.RoutingCountryCodes.ToList().ForEach(r => s.Fallback.Add("Consignment.RoutingCountry", r));
        Put(s, "GoodsConsignedPlace", c.GoodsConsignedPlaceId);
        Put(s, "CustomsStatus", c.CustomsStatusCode);
        Put(s, "SplitIndicator", c.TransportSplitIndicator);
        Put(s, "FreightPayment", c.FreightPaymentMethodCode);
        Put(s, "PackageType", c.PackageTypeCode);
        foreach (var document in c.PreviousDocuments)
        {
            s.Flag("PreviousDocument");
            Put(s, "PreviousDocument.ID", document.Id);
            Put(s, "PreviousDocument.TypeCode", document.TypeCode);
        }

        Put(s, "HandlingInstructions", c.HandlingInstructionsCode);
        if (c.DangerousGoodsContact is { } contact)
        {
            s.Flag("DangerousGoodsContact");
            Put(s, "DangerousGoodsContact.Name", contact.Name);
            Communications(s, "DangerousGoodsContact.", contact.Communications, force: true, []);
        }

        Party(output, s, "CN", "Consignee", c.Consignee);
        Party(output, s, "CZ", "Consignor", c.Consignor);
        Party(output, s, "N1", "NotifyParty", c.NotifyParty);
        if (c.Items.Count == 0)
        {
            // Group 10 is mandatory: a bill without lines gets a line numbered 0 that only carries the bill's fallback.
            output.Add(Segment("GID", [["0"]]));
            Overflow(s.Fallback.WriteTo(output, 99), $"bill {number}");
        }

        for (var i = 0; i < c.Items.Count; i++)
        {
            Item(output, c.Items[i], i == 0 ? new CuscarSlots(s.Fallback, string.Empty) : new CuscarSlots(new Fallback(), string.Empty), $"bill {number} line {i + 1}");
        }
    }

    private static void Item(List<EdifactSegment> output, ConsignmentItem item, CuscarSlots s, string where)
    {
        Refuse("ConsignmentItem", item.AdditionalElements);
        var sequence = item.SequenceNumber is { } n && n is > 0 and <= 99999 ? n.ToString(CultureInfo.InvariantCulture) : Moved(s, "Sequence", item.SequenceNumber?.ToString(CultureInfo.InvariantCulture));
        var packages = item.PackageQuantity is { } p && p is >= 0 and <= 99999999 ? p.ToString(CultureInfo.InvariantCulture) : Moved(s, "Packages", item.PackageQuantity?.ToString(CultureInfo.InvariantCulture));
        output.Add(Segment("GID", [[sequence], [packages, s.Text("PackageType", item.PackageTypeCode, 17)]]));
        var start = output.Count;
        Chunked(output, "AAA", s, "Description", item.CargoDescription);
        Chunked(output, "AAI", s, "AdditionalInformation", item.AdditionalInformation);
        var room = 99 - (output.Count - start);
        if (item.GrossMass is not null)
        {
            output.Add(Segment("MEA", [["AAE"], ["G"], ["KGM", s.Number("Mass", item.GrossMass)]]));
        }

        if (item.ContainerIds.All(static id => id.Length is > 0 and <= 17))
        {
            output.AddRange(item.ContainerIds.Select(static id => Segment("SGP", [[id]])));
        }
        else
        {
            item.ContainerIds.ToList().ForEach(id => s.Fallback.Add("Container", id));
        }

        if (item.DangerousGoodsCode is { Length: 4 } un && un.All(char.IsAsciiDigit))
        {
            output.Add(Segment("DGS", [["IMD"], [], [un]]));
        }
        else
        {
            Put(s, "DangerousGoods", item.DangerousGoodsCode);
        }

        if (s.Chunks("Marks", item.MarksNumbers, 35, 10) is { Length: > 0 } marks)
        {
            output.Add(Segment("PCI", [["24"], marks]));
        }

        if (s.Text("HS", item.HsCode, 18) is { Length: > 0 } hs)
        {
            output.Add(Segment("CST", [[], [hs]]));
        }

        Put(s, "CustomsProcedure", item.CustomsProcedureCode);
        Put(s, "UCR", item.UniqueConsignmentReference);
        Put(s, "Origin", item.OriginCountryCode);
        var texts = new List<EdifactSegment>();
        Overflow(s.Fallback.WriteTo(texts, room), where);
        output.InsertRange(start + (99 - room), texts);
    }

    private static void Equipment(List<EdifactSegment> output, CuscarSlots s, TransportEquipment e)
    {
        Refuse("TransportEquipment", e.AdditionalElements);
        output.Add(Segment("EQD", [["CN"], [s.Text("ID", e.ContainerId, 17)], [s.Text("Size", e.CharacteristicCode, 10)], [s.Text("Supplier", e.SupplierPartyTypeCode, 3)], [], [s.Text("Fullness", e.FullnessCode, 3)]]));
        if (e.Seals.Count <= 9 && e.Seals.All(static seal => seal.Id.Length is > 0 and <= 10 && seal.AgencyCode is null or { Length: > 0 and <= 3 }))
        {
            output.AddRange(e.Seals.Select(static seal => Segment("SEL", [[seal.Id], [seal.AgencyCode ?? string.Empty]])));
            return;
        }

        foreach (var seal in e.Seals)
        {
            s.Fallback.Add(s.Prefix + "Seal", seal.Id);
            Put(s, "Seal.Agency", seal.AgencyCode);
        }
    }

    private static void Party(List<EdifactSegment> output, CuscarSlots bill, string role, string name, ManifestParty? party)
    {
        if (party is null)
        {
            return;
        }

        Refuse(name, party.AdditionalElements);
        var s = new CuscarSlots(bill.Fallback, $"Consignment.{name}.");
        var a = party.Address;
        string[] street = s.Chunks("Street", a?.Line, 35, 3);
        string[] address = [s.Text("City", a?.CityName, 35), s.Text("SubEntity", a?.CountrySubEntityId, 9), s.Text("Postcode", a?.PostcodeId, 9), s.Text("Country", a?.CountryCode, 3)];
        Put(s, "SubEntityName", a?.CountrySubEntityName);
        if (a is not null && street.Length == 0 && address.All(static x => x.Length == 0))
        {
            s.Flag("Address");
        }

        output.Add(Segment("NAD", [[role], [s.Text("ID", party.Id, 35)], [], s.Chunks("Name", party.Name, 35, 5), street, [address[0]], [address[1]], [address[2]], [address[3]]]));
        Communications(s, string.Empty, party.Communications, force: false, output);
        if (party.Contact is { } contact)
        {
            output.Add(Segment("CTA", [["IC"], [string.Empty, s.Text("Contact", contact.Name, 35)]]));
            Communications(s, "Contact.", contact.Communications, force: false, output);
        }
    }

    /// <summary>Writes <c>COM</c> segments (after a <c>CTA</c> for a party's own numbers) when all of them fit, else puts the whole list in the fallback.</summary>
    private static void Communications(CuscarSlots s, string scope, IReadOnlyList<PartyCommunication> list, bool force, List<EdifactSegment> output)
    {
        if (list.Count == 0)
        {
            return;
        }

        if (!force && list.Count <= 9 && list.All(static c => c.Id is { Length: > 0 and <= 25 } && c.TypeId is { Length: > 0 and <= 3 }))
        {
            if (scope.Length == 0)
            {
                output.Add(Segment("CTA", []));
            }

            output.AddRange(list.Select(static c => Segment("COM", [[c.Id!, c.TypeId!]])));
            return;
        }

        foreach (var c in list)
        {
            s.Flag(scope + "Communication");
            Put(s, scope + "Communication.ID", c.Id);
            Put(s, scope + "Communication.TypeID", c.TypeId);
        }
    }

    private static void Location(List<EdifactSegment> output, CuscarSlots s, string? qualifier, string key, ManifestLocation? location)
    {
        if (location is null)
        {
            return;
        }

        if (qualifier is null)
        {
            s.Flag(key);
            Put(s, key + ".ID", location.Id);
        }
        else
        {
            output.Add(Segment("LOC", [[qualifier], [s.Text(key + ".ID", location.Id, 25)]]));
        }

        Put(s, key + ".Name", location.Name);
        Put(s, key + ".Date", location.Date);
    }

    private static void Time(List<EdifactSegment> output, CuscarSlots s, string qualifier, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        var text = s.Text(key, value, 35);
        var format = text.Length switch { 8 => "102", 12 => "203", 14 => "204", _ => string.Empty };
        output.Add(Segment("DTM", [[qualifier, text, format]]));
    }

    private static void Chunked(List<EdifactSegment> output, string qualifier, CuscarSlots s, string key, string? text)
    {
        if (s.Chunks(key, text, 70, 5) is { Length: > 0 } chunks)
        {
            output.Add(Segment("FTX", [[qualifier], [], [], chunks]));
        }
    }

    private static void Count(List<EdifactSegment> output, string qualifier, string value, string? unit)
    {
        if (value.Length > 0)
        {
            output.Add(Segment("CNT", [unit is null ? [qualifier, value] : [qualifier, value, unit]]));
        }
    }

    private static EdifactSegment Party(string role, string id) => Segment("NAD", [[role], [id]]);

    /// <summary>Makes a segment without trailing empty components and elements, as partners write them.</summary>
    private static EdifactSegment Segment(string tag, IEnumerable<IReadOnlyList<string>> elements)
    {
        var trimmed = elements.Select(static e => (IReadOnlyList<string>)[.. e.Take(e.Count - e.Reverse().TakeWhile(static c => c.Length == 0).Count())]).ToList();
        while (trimmed.Count > 0 && trimmed[^1].Count == 0)
        {
            trimmed.RemoveAt(trimmed.Count - 1);
        }

        return new EdifactSegment(tag, trimmed);
    }

    private static void Put(CuscarSlots s, string key, string? value)
    {
        if (value is not null)
        {
            s.Fallback.Add(s.Prefix + key, value);
        }
    }

    private static string Moved(CuscarSlots s, string key, string? value)
    {
        Put(s, key, value);
        return string.Empty;
    }

    private static void Refuse(string block, IReadOnlyList<XmlExtension> extensions)
    {
        if (extensions.Count > 0)
        {
            throw new EdifactException("EDI401", $"{block} holds {extensions.Count} element(s) the SDK does not model; CUSCAR cannot carry them: remove them or file the manifest as XML", 0, 0, 0);
        }
    }

    private static void Overflow(List<string> left, string where)
    {
        if (left.Count > 0)
        {
            throw new EdifactException("EDI401", $"the {where} has more text without a CUSCAR element than its FTX segments can carry: shorten it or file the manifest as XML", 0, 0, 0);
        }
    }
}
