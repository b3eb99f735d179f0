using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents the result for one bill of lading in an MT9999 receipt (<c>Response/Consignment</c>).</summary>
public sealed record ManifestBillResult
{
    /// <summary>Gets the master bill (<c>TransportContractDocument/ID</c>).</summary>
    public string? MasterBillId { get; init; }

    /// <summary>Gets the house bill (<c>AssociatedTransportDocument/ID</c>).</summary>
    public string? HouseBillId { get; init; }

    /// <summary>Gets the result (<c>ResponseType</c>).</summary>
    public required ManifestResponse Response { get; init; }

    /// <summary>Gets the results per container of the bill (<c>TransportEquipment</c>), when the receipt gives them there.</summary>
    public IReadOnlyList<ManifestContainerResult> Containers { get; init => field = EquatableList.From(value); } = EquatableList<ManifestContainerResult>.Empty;
}
