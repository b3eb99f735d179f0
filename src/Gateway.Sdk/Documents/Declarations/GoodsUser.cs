using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents a user of the goods (使用人).</summary>
/// <remarks>Wire element <c>DecUser</c> inside <c>DecUsers</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record GoodsUser
{
    /// <summary>Gets the contact person of the using unit (使用单位联系人).</summary>
    /// <remarks>Wire element <c>UseOrgPersonCode</c>. Optional.</remarks>
    public string? ContactPerson { get; init; }

    /// <summary>Gets the contact phone of the using unit (使用单位联系电话).</summary>
    /// <remarks>Wire element <c>UseOrgPersonTel</c>. Optional.</remarks>
    public string? ContactPhone { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
