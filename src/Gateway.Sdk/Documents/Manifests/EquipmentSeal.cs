namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents a container seal (<c>SealID</c>).</summary>
/// <param name="Id">The seal number (the element's text).</param>
/// <param name="AgencyCode">Who sealed it (<c>@AgencyCode</c>), such as the shipper or carrier.</param>
public sealed record EquipmentSeal(string Id, string? AgencyCode = null);
