using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents a contact person (<c>Contact</c>, and <c>UNDGContact</c> for dangerous goods).</summary>
public sealed record ManifestContact
{
    /// <summary>Gets the person's name (<c>Name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the person's telephone, fax or e-mail (<c>Communication</c>).</summary>
    public IReadOnlyList<PartyCommunication> Communications { get; init => field = EquatableList.From(value); } = EquatableList<PartyCommunication>.Empty;
}
