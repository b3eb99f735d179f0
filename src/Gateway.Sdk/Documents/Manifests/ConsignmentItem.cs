using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents a goods line of a consignment (<c>ConsignmentItem</c>).</summary>
public sealed record ConsignmentItem
{
    /// <summary>Gets the line number, from 1 (<c>SequenceNumeric</c>).</summary>
    public int? SequenceNumber { get; init; }

    /// <summary>Gets the number of packages (<c>ConsignmentItemPackaging/QuantityQuantity</c>).</summary>
    public long? PackageQuantity { get; init; }

    /// <summary>Gets the package type (<c>ConsignmentItemPackaging/TypeCode</c>).</summary>
    public string? PackageTypeCode { get; init; }

    /// <summary>Gets the shipping marks (<c>ConsignmentItemPackaging/MarksNumbers</c>), <c>N/M</c> when there are none.</summary>
    public string? MarksNumbers { get; init; }

    /// <summary>Gets the goods description (<c>Commodity/CargoDescription</c>).</summary>
    public string? CargoDescription { get; init; }

    /// <summary>Gets the HS code (<c>Commodity/Classification/TariffClassificationCode</c>).</summary>
    public string? HsCode { get; init; }

    /// <summary>Gets the UN dangerous goods number, four digits (<c>UNDGCode</c>).</summary>
    public string? DangerousGoodsCode { get; init; }

    /// <summary>Gets the line's remark (<c>AdditionalInformation/Content</c>).</summary>
    public string? AdditionalInformation { get; init; }

    /// <summary>Gets the line's gross mass in kilograms (<c>GoodsMeasure/GrossMassMeasure</c>).</summary>
    public decimal? GrossMass { get; init; }

    /// <summary>Gets the containers carrying the line (<c>EquipmentIdentification/ID</c>); each must be one of the consignment's <see cref="ManifestConsignment.TransportEquipment"/>.</summary>
    public IReadOnlyList<string> ContainerIds { get; init => field = EquatableList.From(value); } = EquatableList<string>.Empty;

    /// <summary>Gets the customs procedure (<c>CustomsProcedure/CurrentCode</c>).</summary>
    public string? CustomsProcedureCode { get; init; }

    /// <summary>Gets the unique consignment reference (<c>UCR/ID</c>).</summary>
    public string? UniqueConsignmentReference { get; init; }

    /// <summary>Gets the country of origin, ISO 3166 alpha-2 (<c>Origin/OriginCountryCode</c>).</summary>
    public string? OriginCountryCode { get; init; }

    /// <summary>Gets elements the SDK does not model, read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
