using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents one bill of lading of a manifest (<c>Consignment</c>) with its parties, containers and goods lines.</summary>
/// <remarks>Elements are written in the order of the properties here; docs/manifests.md gives each one's confidence.</remarks>
public sealed record ManifestConsignment
{
    /// <summary>Gets the master bill of lading number (总提单号, <c>TransportContractDocument/ID</c>).</summary>
    public string? MasterBillId { get; init; }

    /// <summary>Gets the reason for a change (<c>TransportContractDocument/ChangeReasonCode</c>), in change messages.</summary>
    public string? ChangeReasonCode { get; init; }

    /// <summary>Gets the bill's condition (<c>TransportContractDocument/ConditionCode</c>).</summary>
    public string? ConditionCode { get; init; }

    /// <summary>Gets the consolidator or NVOCC (<c>TransportContractDocument/Consolidator/ID</c>).</summary>
    public string? ConsolidatorId { get; init; }

    /// <summary>Gets the house bill of lading number (分提单号, <c>AssociatedTransportDocument/ID</c>).</summary>
    public string? HouseBillId { get; init; }

    /// <summary>Gets the gross volume in cubic metres (<c>GrossVolumeMeasure</c>).</summary>
    public decimal? GrossVolume { get; init; }

    /// <summary>Gets the goods value (<c>ValueAmount</c>).</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the ISO 4217 currency of <see cref="Value"/> (<c>ValueAmount/@CurrencyTypeCode</c>).</summary>
    public string? ValueCurrency { get; init; }

    /// <summary>Gets the port of loading and loading date (<c>LoadingLocation</c>).</summary>
    public ManifestLocation? LoadingLocation { get; init; }

    /// <summary>Gets the port of discharge and arrival date (<c>UnloadingLocation</c>).</summary>
    public ManifestLocation? UnloadingLocation { get; init; }

    /// <summary>Gets the place of receipt (<c>GoodsReceiptPlace</c>).</summary>
    public ManifestLocation? GoodsReceiptPlace { get; init; }

    /// <summary>Gets the transshipment ports (<c>TranshipmentLocation/ID</c>).</summary>
    public IReadOnlyList<string> TranshipmentLocationIds { get; init => field = EquatableList.From(value); } = EquatableList<string>.Empty;

    /// <summary>Gets the transit destination (<c>TransitDestination/ID</c>).</summary>
    public string? TransitDestinationId { get; init; }

    /// <summary>Gets the routing countries, ISO 3166 alpha-2 (<c>RoutingCountryCode</c>).</summary>
    public IReadOnlyList<string> RoutingCountryCodes { get; init => field = EquatableList.From(value); } = EquatableList<string>.Empty;

    /// <summary>Gets the place the goods were consigned (<c>GoodsConsignedPlace/ID</c>).</summary>
    public string? GoodsConsignedPlaceId { get; init; }

    /// <summary>Gets the customs status of the goods (<c>CustomsStatusCode</c>, China code list).</summary>
    public string? CustomsStatusCode { get; init; }

    /// <summary>Gets the split-shipment flag (<c>TransportSplitIndicator</c>).</summary>
    public string? TransportSplitIndicator { get; init; }

    /// <summary>Gets the freight payment method (<c>FreightPayment/MethodCode</c>).</summary>
    public string? FreightPaymentMethodCode { get; init; }

    /// <summary>Gets the total number of packages (<c>ConsignmentPackaging/QuantityQuantity</c>).</summary>
    public long? PackageQuantity { get; init; }

    /// <summary>Gets the package type (<c>ConsignmentPackaging/TypeCode</c>).</summary>
    public string? PackageTypeCode { get; init; }

    /// <summary>Gets the total gross mass in kilograms (<c>TotalGrossMassMeasure</c>).</summary>
    public decimal? TotalGrossMass { get; init; }

    /// <summary>Gets earlier customs documents, such as a transit document (<c>PreviousCustomsDocument</c>).</summary>
    public IReadOnlyList<PreviousCustomsDocument> PreviousDocuments { get; init => field = EquatableList.From(value); } = EquatableList<PreviousCustomsDocument>.Empty;

    /// <summary>Gets the handling instructions (<c>HandlingInstructions/Code</c>).</summary>
    public string? HandlingInstructionsCode { get; init; }

    /// <summary>Gets the consignee (收货人, <c>Consignee</c>).</summary>
    public ManifestParty? Consignee { get; init; }

    /// <summary>Gets the consignor (发货人, <c>Consignor</c>).</summary>
    public ManifestParty? Consignor { get; init; }

    /// <summary>Gets the notify party (通知人, <c>NotifyParty</c>).</summary>
    public ManifestParty? NotifyParty { get; init; }

    /// <summary>Gets the dangerous goods contact (<c>UNDGContact</c>).</summary>
    public ManifestContact? DangerousGoodsContact { get; init; }

    /// <summary>Gets the containers (<c>TransportEquipment</c>).</summary>
    public IReadOnlyList<TransportEquipment> TransportEquipment { get; init => field = EquatableList.From(value); } = EquatableList<TransportEquipment>.Empty;

    /// <summary>Gets the goods lines (<c>ConsignmentItem</c>).</summary>
    public IReadOnlyList<ConsignmentItem> Items { get; init => field = EquatableList.From(value); } = EquatableList<ConsignmentItem>.Empty;

    /// <summary>Gets elements the SDK does not model (such as <c>DeliveryDestination</c> or <c>IntermediateCarrier</c>), read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
