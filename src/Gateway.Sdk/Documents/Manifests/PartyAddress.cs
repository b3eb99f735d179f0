namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents a party's address (<c>Address</c>).</summary>
public sealed record PartyAddress
{
    /// <summary>Gets the street line (<c>Line</c>).</summary>
    public string? Line { get; init; }

    /// <summary>Gets the city (<c>CityName</c>).</summary>
    public string? CityName { get; init; }

    /// <summary>Gets the province or state code (<c>CountrySubEntityID</c>).</summary>
    public string? CountrySubEntityId { get; init; }

    /// <summary>Gets the province or state name (<c>CountrySubEntityName</c>).</summary>
    public string? CountrySubEntityName { get; init; }

    /// <summary>Gets the postcode (<c>PostcodeID</c>).</summary>
    public string? PostcodeId { get; init; }

    /// <summary>Gets the country, ISO 3166 alpha-2 (<c>CountryCode</c>).</summary>
    public string? CountryCode { get; init; }
}
