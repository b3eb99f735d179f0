namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents the result for one container in an MT9999 receipt, as arrival reports get them (<c>TransportEquipment</c>).</summary>
/// <param name="ContainerId">The container number (<c>EquipmentIdentification/ID</c>).</param>
/// <param name="Response">The result (<c>ResponseType</c>).</param>
public sealed record ManifestContainerResult(string? ContainerId, ManifestResponse Response);
