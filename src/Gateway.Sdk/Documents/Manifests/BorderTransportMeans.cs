using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents the means of transport crossing the border and its voyage (<c>BorderTransportMeans</c>).</summary>
public sealed record BorderTransportMeans
{
    /// <summary>Gets the voyage or flight number (航次, <c>JourneyID</c>).</summary>
    public string? JourneyId { get; init; }

    /// <summary>Gets the transport mode (<c>TypeCode</c>, UN Rec. 19: <c>1</c> sea, <c>4</c> air).</summary>
    public string? TypeCode { get; init; }

    /// <summary>Gets the vessel id (<c>ID</c>): <c>UN</c> and the IMO number for ships, such as <c>UN9321483</c>; the registration for aircraft.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the vessel name (<c>Name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the first port of arrival in China (<c>FirstArrivalLocationID</c>), for import manifests.</summary>
    public string? FirstArrivalLocationId { get; init; }

    /// <summary>Gets the estimated time of arrival (<c>ArrivalDateTime</c>), as written; the format is not verified.</summary>
    public string? ArrivalDateTime { get; init; }

    /// <summary>Gets the estimated time of departure (<c>DepartureDateTime</c>), as written; the format is not verified.</summary>
    public string? DepartureDateTime { get; init; }

    /// <summary>Gets elements the SDK does not model, read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
