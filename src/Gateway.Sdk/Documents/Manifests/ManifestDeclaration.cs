using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents the business content of a manifest message (<c>Declaration</c>).</summary>
/// <remarks>
/// MT1101/MT2101 use the office, agent, carrier, vessel and consignment fields; MT3101 (arrival report) uses
/// <see cref="DeclarationOfficeId"/>, the vessel, <see cref="UnloadingLocation"/>, <see cref="TransportEquipment"/> and, for bulk
/// cargo, consignments. Elements are written in the order of the properties here.
/// </remarks>
public sealed record ManifestDeclaration
{
    /// <summary>Gets the customs office receiving an arrival report (<c>DeclarationOfficeID</c>, 4 digits).</summary>
    public string? DeclarationOfficeId { get; init; }

    /// <summary>Gets the person or agent transmitting the manifest (舱单传输人, <c>RepresentativePerson/Name</c>).</summary>
    public string? RepresentativePersonName { get; init; }

    /// <summary>Gets the customs office of exit (<c>ExitCustomsOffice/ID</c>, 4 digits), for export manifests.</summary>
    public string? ExitCustomsOfficeId { get; init; }

    /// <summary>Gets the customs office of entry (<c>EntryCustomsOffice/ID</c>, 4 digits), for import manifests.</summary>
    public string? EntryCustomsOfficeId { get; init; }

    /// <summary>Gets the shipping agent's code (<c>Agent/ID</c>).</summary>
    public string? AgentId { get; init; }

    /// <summary>Gets the carrier's code (<c>Carrier/ID</c>, SCAC or IATA).</summary>
    public string? CarrierId { get; init; }

    /// <summary>Gets the vessel, aircraft or vehicle and its voyage (<c>BorderTransportMeans</c>).</summary>
    public BorderTransportMeans? BorderTransportMeans { get; init; }

    /// <summary>Gets the customs-controlled place where an arrival report's goods arrived (<c>UnloadingLocation</c>; date <c>ArrivalDate</c>).</summary>
    public ManifestLocation? UnloadingLocation { get; init; }

    /// <summary>Gets the containers of an arrival report (<c>TransportEquipment</c>), one per box.</summary>
    public IReadOnlyList<TransportEquipment> TransportEquipment { get; init => field = EquatableList.From(value); } = EquatableList<TransportEquipment>.Empty;

    /// <summary>Gets the consignments (<c>Consignment</c>), one per bill of lading.</summary>
    public IReadOnlyList<ManifestConsignment> Consignments { get; init => field = EquatableList.From(value); } = EquatableList<ManifestConsignment>.Empty;

    /// <summary>Gets the message-level remark (<c>AdditionalInformation/Content</c>).</summary>
    public string? AdditionalInformation { get; init; }

    /// <summary>Gets elements the SDK does not model, read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
