using System.Globalization;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Writes a <see cref="CargoManifest"/> as a <c>Manifest</c> XML document in its message type's namespace.</summary>
/// <remarks>
/// Elements follow the order of docs/manifests.md (the WCO-style order of the 《舱单报文格式》 field tables, which
/// <c>schemas/manifest</c> enforces); unset values are left out; numbers use the invariant culture with no exponent and
/// no trailing zeros; <c>SendTime</c> is <c>yyyyMMddHHmmssfff</c>; output is UTF-8 without a byte order mark. The same
/// manifest always gives the same bytes. The writer does not validate: use <see cref="ManifestValidator"/> first. Thread-safe.
/// </remarks>
public sealed class ManifestXmlWriter
{
    private readonly bool _indent;

    /// <summary>Initializes a new instance of the <see cref="ManifestXmlWriter"/> class.</summary>
    /// <param name="indent">Whether to indent two spaces a level; <see langword="false"/> writes everything on one line.</param>
    public ManifestXmlWriter(bool indent = true) => _indent = indent;

    /// <summary>Writes a manifest to a stream.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="utf8Output">The stream to write UTF-8 bytes to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DocumentValidationException">A text holds a character XML cannot carry (<c>MAN005</c>), or a kept element is not well-formed (<c>XML012</c>).</exception>
    public void Write(CargoManifest manifest, Stream utf8Output)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(utf8Output);
        using var output = new Utf8XmlEmitter(utf8Output);
        var w = Start(output, manifest.Head, _indent);
        Declaration(w, manifest.Declaration);
        End(w, output, manifest.AdditionalElements);
    }

    /// <summary>Writes a manifest to a byte array.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <returns>The UTF-8 bytes of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentValidationException">A text holds a character XML cannot carry (<c>MAN005</c>), or a kept element is not well-formed (<c>XML012</c>).</exception>
    public byte[] Write(CargoManifest manifest)
    {
        using var stream = new MemoryStream();
        Write(manifest, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the prolog, the root start tag and <c>Head</c>; shared with the receipt writer.</summary>
    internal static NestedXmlWriter Start(Utf8XmlEmitter output, ManifestHead head, bool indent)
    {
        output.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8);
        var w = new NestedXmlWriter(output, indent, "MAN005");
        w.Open("Manifest", $" xmlns=\"{head.MessageType.Namespace}\"");
        w.Open("Head");
        w.Leaf("MessageID", head.MessageId);
        w.Leaf("FunctionCode", head.FunctionCode.Code);
        w.Leaf("MessageType", head.MessageType.Code);
        w.Leaf("SenderID", head.SenderId);
        w.Leaf("ReceiverID", head.ReceiverId);
        w.Leaf("SendTime", head.SendTime?.ToString(ManifestNodes.SendTimeFormat, CultureInfo.InvariantCulture));
        w.Leaf("Version", head.Version);
        w.Close();
        return w;
    }

    internal static void End(NestedXmlWriter w, Utf8XmlEmitter output, IReadOnlyList<XmlExtension> extensions)
    {
        w.Extensions(extensions);
        w.Close();
        output.Raw("\n"u8);
    }

    private static void Declaration(NestedXmlWriter w, ManifestDeclaration d)
    {
        w.Open("Declaration");
        w.Leaf("DeclarationOfficeID", d.DeclarationOfficeId);
        w.Wrapped("RepresentativePerson", "Name", d.RepresentativePersonName);
        w.Wrapped("ExitCustomsOffice", "ID", d.ExitCustomsOfficeId);
        w.Wrapped("EntryCustomsOffice", "ID", d.EntryCustomsOfficeId);
        w.Wrapped("Agent", "ID", d.AgentId);
        w.Wrapped("Carrier", "ID", d.CarrierId);
        if (d.BorderTransportMeans is { } b)
        {
            TransportMeans(w, b);
        }

        Location(w, "UnloadingLocation", "ArrivalDate", d.UnloadingLocation);
        foreach (var e in d.TransportEquipment)
        {
            Equipment(w, e);
        }

        foreach (var c in d.Consignments)
        {
            Consignment(w, c);
        }

        w.Wrapped("AdditionalInformation", "Content", d.AdditionalInformation);
        w.Extensions(d.AdditionalElements);
        w.Close();
    }

    internal static void TransportMeans(NestedXmlWriter w, BorderTransportMeans b)
    {
        w.Open("BorderTransportMeans");
        w.Leaf("JourneyID", b.JourneyId);
        w.Leaf("TypeCode", b.TypeCode);
        w.Leaf("ID", b.Id);
        w.Leaf("Name", b.Name);
        w.Leaf("FirstArrivalLocationID", b.FirstArrivalLocationId);
        w.Leaf("ArrivalDateTime", b.ArrivalDateTime);
        w.Leaf("DepartureDateTime", b.DepartureDateTime);
        w.Extensions(b.AdditionalElements);
        w.Close();
    }

    private static void Location(NestedXmlWriter w, string name, string? dateElement, ManifestLocation? location)
    {
        if (location is null)
        {
            return;
        }

        w.Open(name);
        w.Leaf("ID", location.Id);
        w.Leaf(dateElement ?? "Name", dateElement is null ? location.Name : location.Date);
        w.Close();
    }

    private static void Consignment(NestedXmlWriter w, ManifestConsignment c)
    {
        w.Open("Consignment");
        if (c.MasterBillId is not null || c.ChangeReasonCode is not null || c.ConditionCode is not null || c.ConsolidatorId is not null)
        {
            w.Open("TransportContractDocument");
            w.Leaf("ID", c.MasterBillId);
            w.Leaf("ChangeReasonCode", c.ChangeReasonCode);
            w.Leaf("ConditionCode", c.ConditionCode);
            w.Wrapped("Consolidator", "ID", c.ConsolidatorId);
            w.Close();
        }

        w.Wrapped("AssociatedTransportDocument", "ID", c.HouseBillId);
        w.Leaf("GrossVolumeMeasure", c.GrossVolume);
        w.Leaf("ValueAmount", c.Value, "CurrencyTypeCode", c.ValueCurrency);
        Location(w, "LoadingLocation", "LoadingDate", c.LoadingLocation);
        Location(w, "UnloadingLocation", "ArrivalDate", c.UnloadingLocation);
        Location(w, "GoodsReceiptPlace", null, c.GoodsReceiptPlace);
        foreach (var id in c.TranshipmentLocationIds)
        {
            w.Wrapped("TranshipmentLocation", "ID", id);
        }

        w.Wrapped("TransitDestination", "ID", c.TransitDestinationId);
        foreach (var country in c.RoutingCountryCodes)
        {
            w.Leaf("RoutingCountryCode", country);
        }

        w.Wrapped("GoodsConsignedPlace", "ID", c.GoodsConsignedPlaceId);
        w.Leaf("CustomsStatusCode", c.CustomsStatusCode);
        w.Leaf("TransportSplitIndicator", c.TransportSplitIndicator);
        w.Wrapped("FreightPayment", "MethodCode", c.FreightPaymentMethodCode);
        if (c.PackageQuantity is not null || c.PackageTypeCode is not null)
        {
            w.Open("ConsignmentPackaging");
            w.Leaf("QuantityQuantity", c.PackageQuantity);
            w.Leaf("TypeCode", c.PackageTypeCode);
            w.Close();
        }

        w.Leaf("TotalGrossMassMeasure", c.TotalGrossMass);
        foreach (var d in c.PreviousDocuments)
        {
            w.Open("PreviousCustomsDocument");
            w.Leaf("ID", d.Id);
            w.Leaf("TypeCode", d.TypeCode);
            w.Close();
        }

        w.Wrapped("HandlingInstructions", "Code", c.HandlingInstructionsCode);
        Party(w, "Consignee", c.Consignee);
        Party(w, "Consignor", c.Consignor);
        Party(w, "NotifyParty", c.NotifyParty);
        Contact(w, "UNDGContact", c.DangerousGoodsContact);
        foreach (var e in c.TransportEquipment)
        {
            Equipment(w, e);
        }

        foreach (var item in c.Items)
        {
            Item(w, item);
        }

        w.Extensions(c.AdditionalElements);
        w.Close();
    }

    private static void Party(NestedXmlWriter w, string name, ManifestParty? party)
    {
        if (party is null)
        {
            return;
        }

        w.Open(name);
        w.Leaf("ID", party.Id);
        w.Leaf("Name", party.Name);
        if (party.Address is { } a)
        {
            w.Open("Address");
            w.Leaf("Line", a.Line);
            w.Leaf("CityName", a.CityName);
            w.Leaf("CountrySubEntityID", a.CountrySubEntityId);
            w.Leaf("CountrySubEntityName", a.CountrySubEntityName);
            w.Leaf("PostcodeID", a.PostcodeId);
            w.Leaf("CountryCode", a.CountryCode);
            w.Close();
        }

        Contact(w, "Contact", party.Contact);
        Communications(w, party.Communications);
        w.Extensions(party.AdditionalElements);
        w.Close();
    }

    private static void Contact(NestedXmlWriter w, string name, ManifestContact? contact)
    {
        if (contact is null)
        {
            return;
        }

        w.Open(name);
        w.Leaf("Name", contact.Name);
        Communications(w, contact.Communications);
        w.Close();
    }

    private static void Communications(NestedXmlWriter w, IReadOnlyList<PartyCommunication> communications)
    {
        foreach (var c in communications)
        {
            w.Open("Communication");
            w.Leaf("ID", c.Id);
            w.Leaf("TypeID", c.TypeId);
            w.Close();
        }
    }

    private static void Equipment(NestedXmlWriter w, TransportEquipment e)
    {
        w.Open("TransportEquipment");
        w.Wrapped("EquipmentIdentification", "ID", e.ContainerId);
        w.Leaf("CharacteristicCode", e.CharacteristicCode);
        w.Leaf("SupplierPartyTypeCode", e.SupplierPartyTypeCode);
        w.Leaf("FullnessCode", e.FullnessCode);
        foreach (var seal in e.Seals)
        {
            w.Leaf("SealID", seal.Id, "AgencyCode", seal.AgencyCode);
        }

        w.Extensions(e.AdditionalElements);
        w.Close();
    }

    private static void Item(NestedXmlWriter w, ConsignmentItem i)
    {
        w.Open("ConsignmentItem");
        w.Leaf("SequenceNumeric", i.SequenceNumber);
        if (i.PackageQuantity is not null || i.PackageTypeCode is not null || i.MarksNumbers is not null)
        {
            w.Open("ConsignmentItemPackaging");
            w.Leaf("QuantityQuantity", i.PackageQuantity);
            w.Leaf("TypeCode", i.PackageTypeCode);
            w.Leaf("MarksNumbers", i.MarksNumbers);
            w.Close();
        }

        if (i.CargoDescription is not null || i.HsCode is not null)
        {
            w.Open("Commodity");
            w.Leaf("CargoDescription", i.CargoDescription);
            w.Wrapped("Classification", "TariffClassificationCode", i.HsCode);
            w.Close();
        }

        w.Leaf("UNDGCode", i.DangerousGoodsCode);
        w.Wrapped("AdditionalInformation", "Content", i.AdditionalInformation);
        if (i.GrossMass is not null)
        {
            w.Wrapped("GoodsMeasure", "GrossMassMeasure", XmlFormat.Decimal(i.GrossMass.Value));
        }

        foreach (var id in i.ContainerIds)
        {
            w.Wrapped("EquipmentIdentification", "ID", id);
        }

        w.Wrapped("CustomsProcedure", "CurrentCode", i.CustomsProcedureCode);
        w.Wrapped("UCR", "ID", i.UniqueConsignmentReference);
        w.Wrapped("Origin", "OriginCountryCode", i.OriginCountryCode);
        w.Extensions(i.AdditionalElements);
        w.Close();
    }
}
