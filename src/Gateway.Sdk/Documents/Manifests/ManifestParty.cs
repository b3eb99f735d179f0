using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents a party of a consignment: consignee, consignor or notify party.</summary>
public sealed record ManifestParty
{
    /// <summary>Gets the party's code (<c>ID</c>): a scheme prefix, <c>+</c> and the code, such as a unified social credit code; scheme codes are not verified.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the name (<c>Name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the address (<c>Address</c>).</summary>
    public PartyAddress? Address { get; init; }

    /// <summary>Gets the contact person (<c>Contact</c>).</summary>
    public ManifestContact? Contact { get; init; }

    /// <summary>Gets the party's telephone, fax or e-mail (<c>Communication</c>).</summary>
    public IReadOnlyList<PartyCommunication> Communications { get; init => field = EquatableList.From(value); } = EquatableList<PartyCommunication>.Empty;

    /// <summary>Gets elements the SDK does not model (such as AEO details), read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
