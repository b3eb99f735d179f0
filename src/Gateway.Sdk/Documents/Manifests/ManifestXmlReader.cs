using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;
using V = Gateway.Sdk.Documents.Manifests.ManifestVocabulary;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Reads a manifest message (<c>Manifest</c> in a <c>urn:Declaration:datamodel:standard:CN:MTxxxx:1</c> namespace) into a <see cref="CargoManifest"/>.</summary>
/// <remarks>
/// <para>Input is treated as hostile: DTDs and entities are refused, size and nesting are limited
/// (<see cref="XmlLimits"/>), and the text must be UTF-8. Such problems come back in the report, never as an exception.</para>
/// <para>Child order is not enforced (the XSD does that). Elements the SDK does not model are kept in the nearest
/// <c>AdditionalElements</c> and reported as warnings (<c>XML010</c>); values that do not convert are left unset and
/// reported as errors (<c>MAN003</c>); a <c>Head/MessageType</c> that disagrees with the namespace is an error
/// (<c>MAN002</c>). Thread-safe.</para>
/// </remarks>
public sealed class ManifestXmlReader
{
    private readonly XmlLimits _limits;

    /// <summary>Initializes a new instance of the <see cref="ManifestXmlReader"/> class.</summary>
    /// <param name="limits">Input limits; <see langword="null"/> for <see cref="XmlLimits.Default"/>.</param>
    public ManifestXmlReader(XmlLimits? limits = null) => _limits = limits ?? XmlLimits.Default;

    /// <summary>Reads a manifest from UTF-8 XML.</summary>
    /// <param name="utf8Xml">The document; read to its end and left open.</param>
    /// <returns>The manifest (unless the input is not a readable manifest) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<CargoManifest> Read(Stream utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        var session = new ReadSession(_limits, recordPositions: false);
        var value = Read(utf8Xml, session);
        return new ReadResult<CargoManifest>(value, new ValidationReport(session.Issues));
    }

    /// <summary>Reads a manifest from UTF-8 XML bytes.</summary>
    /// <param name="utf8Xml">The document.</param>
    /// <returns>The manifest (unless the input is not a readable manifest) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<CargoManifest> Read(byte[] utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        using var stream = new MemoryStream(utf8Xml, writable: false);
        return Read(stream);
    }

    internal static CargoManifest? Read(Stream utf8Xml, ReadSession s)
    {
        if (ManifestNodes.Root(utf8Xml, s, out var type) is not { } root)
        {
            return null;
        }

        var n = new ManifestNodes(s, type.Namespace);
        var extensions = V.Manifest.Check(root, "/Manifest", n.Namespace, s);
        var head = Head(n, root, type);
        const string xpath = "/Manifest/Declaration";
        var declaration = n.Child(root, "Declaration");
        if (declaration is null)
        {
            s.Add("MAN001", ValidationSeverity.Error, "Declaration is missing: a manifest message has Head and then Declaration", xpath, "Declaration", root.Line, root.Column);
        }

        return new CargoManifest
        {
            Head = head,
            Declaration = declaration is null ? new ManifestDeclaration() : Declaration(n, declaration, xpath),
            AdditionalElements = extensions,
        };
    }

    /// <summary>Reads <c>Head</c>, reporting a missing one and a message type that disagrees with the namespace.</summary>
    internal static ManifestHead Head(ManifestNodes n, XmlTree root, ManifestMessageType type)
    {
        var (head, x) = n.Block(root, "Head", "/Manifest", V.Head);
        if (head is null)
        {
            n.Session.Add("MAN001", ValidationSeverity.Error, "Head is missing: every manifest message starts with Head (MessageID, FunctionCode, MessageType …)", x, "Head", root.Line, root.Column);
        }

        var written = n.Text(head, "MessageType", x);
        if (written is not null && written != type.Code)
        {
            var node = n.Child(head, "MessageType")!;
            n.Session.Add("MAN002", ValidationSeverity.Error, $"MessageType is {written} but the namespace says {type.Code}; make them agree", x + "/MessageType", "Head.MessageType", node.Line, node.Column);
        }

        var function = n.Text(head, "FunctionCode", x);
        return new ManifestHead
        {
            MessageId = n.Text(head, "MessageID", x) ?? string.Empty,
            FunctionCode = ManifestFunctionCode.IsCode(function) ? new ManifestFunctionCode(function!) : Invalid(n, head, x, "FunctionCode", function),
            MessageType = type,
            SenderId = n.Text(head, "SenderID", x) ?? string.Empty,
            ReceiverId = n.Text(head, "ReceiverID", x) ?? string.Empty,
            SendTime = n.Time(head, "SendTime", x, "Head.SendTime"),
            Version = n.Text(head, "Version", x),
        };
    }

    private static ManifestFunctionCode Invalid(ManifestNodes n, XmlTree? head, string x, string name, string? text)
    {
        if (n.Child(head, name) is { } node)
        {
            n.Session.Add("MAN003", ValidationSeverity.Error, $"{name} '{text}' is not a function code: one to three letters or digits, such as 9 (original)", x + "/" + name, "Head.FunctionCode", node.Line, node.Column);
        }

        return default;
    }

    private static ManifestDeclaration Declaration(ManifestNodes n, XmlTree d, string x)
    {
        var extensions = V.Declaration.Check(d, x, n.Namespace, n.Session);
        return new ManifestDeclaration
        {
            DeclarationOfficeId = n.Text(d, "DeclarationOfficeID", x),
            RepresentativePersonName = n.Text(d, "RepresentativePerson", "Name", x, V.Name),
            ExitCustomsOfficeId = n.Text(d, "ExitCustomsOffice", "ID", x, V.Id),
            EntryCustomsOfficeId = n.Text(d, "EntryCustomsOffice", "ID", x, V.Id),
            AgentId = n.Text(d, "Agent", "ID", x, V.Id),
            CarrierId = n.Text(d, "Carrier", "ID", x, V.Id),
            BorderTransportMeans = n.Child(d, "BorderTransportMeans") is { } b ? TransportMeans(n, b, x + "/BorderTransportMeans") : null,
            UnloadingLocation = Location(n, d, "UnloadingLocation", "ArrivalDate", x, V.UnloadingLocation),
            TransportEquipment = [.. n.Each(d, "TransportEquipment").Select(e => Equipment(n, e.Node, $"{x}/TransportEquipment[{e.Index}]"))],
            Consignments = [.. n.Each(d, "Consignment").Select(c => Consignment(n, c.Node, $"{x}/Consignment[{c.Index}]", $"Declaration.Consignments[{c.Index - 1}]"))],
            AdditionalInformation = n.Text(d, "AdditionalInformation", "Content", x, V.Content),
            AdditionalElements = extensions,
        };
    }

    private static BorderTransportMeans TransportMeans(ManifestNodes n, XmlTree b, string x) => new()
    {
        AdditionalElements = V.BorderTransportMeans.Check(b, x, n.Namespace, n.Session),
        JourneyId = n.Text(b, "JourneyID", x),
        TypeCode = n.Text(b, "TypeCode", x),
        Id = n.Text(b, "ID", x),
        Name = n.Text(b, "Name", x),
        FirstArrivalLocationId = n.Text(b, "FirstArrivalLocationID", x),
        ArrivalDateTime = n.Text(b, "ArrivalDateTime", x),
        DepartureDateTime = n.Text(b, "DepartureDateTime", x),
    };

    private static ManifestLocation? Location(ManifestNodes n, XmlTree parent, string name, string? dateElement, string parentXPath, XmlVocabulary vocabulary)
    {
        var (node, x) = n.Block(parent, name, parentXPath, vocabulary);
        return node is null ? null : new ManifestLocation
        {
            Id = n.Text(node, "ID", x),
            Name = dateElement is null ? n.Text(node, "Name", x) : null,
            Date = dateElement is null ? null : n.Text(node, dateElement, x),
        };
    }

    private static ManifestConsignment Consignment(ManifestNodes n, XmlTree c, string x, string p)
    {
        var extensions = V.Consignment.Check(c, x, n.Namespace, n.Session);
        var (contract, cx) = n.Block(c, "TransportContractDocument", x, V.TransportContractDocument);
        var (packaging, px) = n.Block(c, "ConsignmentPackaging", x, V.Packaging);
        var value = n.Child(c, "ValueAmount");
        return new ManifestConsignment
        {
            MasterBillId = n.Text(contract, "ID", cx),
            ChangeReasonCode = n.Text(contract, "ChangeReasonCode", cx),
            ConditionCode = n.Text(contract, "ConditionCode", cx),
            ConsolidatorId = n.Text(contract, "Consolidator", "ID", cx, V.Id),
            HouseBillId = n.Text(c, "AssociatedTransportDocument", "ID", x, V.Id),
            GrossVolume = n.Decimal(c, "GrossVolumeMeasure", x, p + ".GrossVolume"),
            Value = n.Decimal(c, "ValueAmount", x, p + ".Value"),
            ValueCurrency = value?.Attribute("CurrencyTypeCode"),
            LoadingLocation = Location(n, c, "LoadingLocation", "LoadingDate", x, V.LoadingLocation),
            UnloadingLocation = Location(n, c, "UnloadingLocation", "ArrivalDate", x, V.UnloadingLocation),
            GoodsReceiptPlace = Location(n, c, "GoodsReceiptPlace", null, x, V.GoodsReceiptPlace),
            TranshipmentLocationIds = [.. n.Each(c, "TranshipmentLocation").Select(t => Checked(n, t.Node, $"{x}/TranshipmentLocation[{t.Index}]", V.Id, "ID"))],
            TransitDestinationId = n.Text(c, "TransitDestination", "ID", x, V.Id),
            RoutingCountryCodes = [.. n.Each(c, "RoutingCountryCode").Select(static r => r.Node.Text)],
            GoodsConsignedPlaceId = n.Text(c, "GoodsConsignedPlace", "ID", x, V.Id),
            CustomsStatusCode = n.Text(c, "CustomsStatusCode", x),
            TransportSplitIndicator = n.Text(c, "TransportSplitIndicator", x),
            FreightPaymentMethodCode = n.Text(c, "FreightPayment", "MethodCode", x, V.FreightPayment),
            PackageQuantity = n.Int64(packaging, "QuantityQuantity", px, p + ".PackageQuantity"),
            PackageTypeCode = n.Text(packaging, "TypeCode", px),
            TotalGrossMass = n.Decimal(c, "TotalGrossMassMeasure", x, p + ".TotalGrossMass"),
            PreviousDocuments = [.. n.Each(c, "PreviousCustomsDocument").Select(d => PreviousDocument(n, d.Node, $"{x}/PreviousCustomsDocument[{d.Index}]"))],
            HandlingInstructionsCode = n.Text(c, "HandlingInstructions", "Code", x, V.HandlingInstructions),
            Consignee = Party(n, c, "Consignee", x),
            Consignor = Party(n, c, "Consignor", x),
            NotifyParty = Party(n, c, "NotifyParty", x),
            DangerousGoodsContact = n.Block(c, "UNDGContact", x, V.Contact) is ({ } contact, var ux) ? Contact(n, contact, ux) : null,
            TransportEquipment = [.. n.Each(c, "TransportEquipment").Select(e => Equipment(n, e.Node, $"{x}/TransportEquipment[{e.Index}]"))],
            Items = [.. n.Each(c, "ConsignmentItem").Select(i => Item(n, i.Node, $"{x}/ConsignmentItem[{i.Index}]", $"{p}.Items[{i.Index - 1}]"))],
            AdditionalElements = extensions,
        };
    }

    private static string Checked(ManifestNodes n, XmlTree node, string x, XmlVocabulary vocabulary, string leaf)
    {
        vocabulary.Check(node, x, n.Namespace, n.Session);
        return n.Text(node, leaf, x) ?? string.Empty;
    }

    private static PreviousCustomsDocument PreviousDocument(ManifestNodes n, XmlTree d, string x)
    {
        V.PreviousCustomsDocument.Check(d, x, n.Namespace, n.Session);
        return new PreviousCustomsDocument(n.Text(d, "ID", x), n.Text(d, "TypeCode", x));
    }

    private static ManifestParty? Party(ManifestNodes n, XmlTree c, string name, string parentXPath)
    {
        var x = parentXPath + "/" + name;
        if (n.Child(c, name) is not { } party)
        {
            return null;
        }

        var extensions = V.Party.Check(party, x, n.Namespace, n.Session);
        var (address, ax) = n.Block(party, "Address", x, V.Address);
        return new ManifestParty
        {
            Id = n.Text(party, "ID", x),
            Name = n.Text(party, "Name", x),
            Address = address is null ? null : new PartyAddress
            {
                Line = n.Text(address, "Line", ax),
                CityName = n.Text(address, "CityName", ax),
                CountrySubEntityId = n.Text(address, "CountrySubEntityID", ax),
                CountrySubEntityName = n.Text(address, "CountrySubEntityName", ax),
                PostcodeId = n.Text(address, "PostcodeID", ax),
                CountryCode = n.Text(address, "CountryCode", ax),
            },
            Contact = n.Block(party, "Contact", x, V.Contact) is ({ } contact, var cx) ? Contact(n, contact, cx) : null,
            Communications = Communications(n, party, x),
            AdditionalElements = extensions,
        };
    }

    private static ManifestContact Contact(ManifestNodes n, XmlTree contact, string x) => new()
    {
        Name = n.Text(contact, "Name", x),
        Communications = Communications(n, contact, x),
    };

    private static List<PartyCommunication> Communications(ManifestNodes n, XmlTree parent, string x) =>
        [.. n.Each(parent, "Communication").Select(c =>
        {
            var cx = $"{x}/Communication[{c.Index}]";
            V.Communication.Check(c.Node, cx, n.Namespace, n.Session);
            return new PartyCommunication(n.Text(c.Node, "ID", cx), n.Text(c.Node, "TypeID", cx));
        })];

    private static TransportEquipment Equipment(ManifestNodes n, XmlTree e, string x) => new()
    {
        AdditionalElements = V.TransportEquipment.Check(e, x, n.Namespace, n.Session),
        ContainerId = n.Text(e, "EquipmentIdentification", "ID", x, V.Id),
        CharacteristicCode = n.Text(e, "CharacteristicCode", x),
        SupplierPartyTypeCode = n.Text(e, "SupplierPartyTypeCode", x),
        FullnessCode = n.Text(e, "FullnessCode", x),
        Seals = [.. n.Each(e, "SealID").Select(static s => new EquipmentSeal(s.Node.Text, s.Node.Attribute("AgencyCode")))],
    };

    private static ConsignmentItem Item(ManifestNodes n, XmlTree i, string x, string p)
    {
        var extensions = V.Item.Check(i, x, n.Namespace, n.Session);
        var (packaging, px) = n.Block(i, "ConsignmentItemPackaging", x, V.ItemPackaging);
        var (commodity, cx) = n.Block(i, "Commodity", x, V.Commodity);
        var (measure, mx) = n.Block(i, "GoodsMeasure", x, V.GoodsMeasure);
        return new ConsignmentItem
        {
            SequenceNumber = n.Int32(i, "SequenceNumeric", x, p + ".SequenceNumber"),
            PackageQuantity = n.Int64(packaging, "QuantityQuantity", px, p + ".PackageQuantity"),
            PackageTypeCode = n.Text(packaging, "TypeCode", px),
            MarksNumbers = n.Text(packaging, "MarksNumbers", px),
            CargoDescription = n.Text(commodity, "CargoDescription", cx),
            HsCode = n.Text(commodity, "Classification", "TariffClassificationCode", cx, V.Classification),
            DangerousGoodsCode = n.Text(i, "UNDGCode", x),
            AdditionalInformation = n.Text(i, "AdditionalInformation", "Content", x, V.Content),
            GrossMass = n.Decimal(measure, "GrossMassMeasure", mx, p + ".GrossMass"),
            ContainerIds = [.. n.Each(i, "EquipmentIdentification").Select(e => Checked(n, e.Node, $"{x}/EquipmentIdentification[{e.Index}]", V.Id, "ID"))],
            CustomsProcedureCode = n.Text(i, "CustomsProcedure", "CurrentCode", x, V.CustomsProcedure),
            UniqueConsignmentReference = n.Text(i, "UCR", "ID", x, V.Id),
            OriginCountryCode = n.Text(i, "Origin", "OriginCountryCode", x, V.Origin),
            AdditionalElements = extensions,
        };
    }
}
