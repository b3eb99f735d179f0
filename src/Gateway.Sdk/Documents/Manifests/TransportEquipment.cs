using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents a container (<c>TransportEquipment</c>).</summary>
public sealed record TransportEquipment
{
    /// <summary>Gets the ISO 6346 container number (<c>EquipmentIdentification/ID</c>), such as <c>CSQU3054383</c>.</summary>
    public string? ContainerId { get; init; }

    /// <summary>Gets the ISO 6346 size and type code (<c>CharacteristicCode</c>), such as <c>22G1</c> or <c>45G1</c>.</summary>
    public string? CharacteristicCode { get; init; }

    /// <summary>Gets who supplied the container (<c>SupplierPartyTypeCode</c>): shipper- or carrier-owned.</summary>
    public string? SupplierPartyTypeCode { get; init; }

    /// <summary>Gets the full or empty indicator (<c>FullnessCode</c>): <c>5</c> full and <c>4</c> empty (UN/EDIFACT 8169); <c>7</c> and <c>8</c> are seen but not verified.</summary>
    public string? FullnessCode { get; init; }

    /// <summary>Gets the seals (<c>SealID</c>).</summary>
    public IReadOnlyList<EquipmentSeal> Seals { get; init => field = EquatableList.From(value); } = EquatableList<EquipmentSeal>.Empty;

    /// <summary>Gets elements the SDK does not model, read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
