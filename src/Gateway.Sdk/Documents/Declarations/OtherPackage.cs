using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents another kind of packaging in the shipment (其他包装).</summary>
/// <remarks>Wire element <c>DecOtherPack</c> inside <c>DecOtherPacks</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record OtherPackage
{
    /// <summary>Gets the number of packages of this kind (包装件数).</summary>
    /// <remarks>Wire element <c>PackQty</c>. Required to submit.</remarks>
    public decimal? Quantity { get; init; }

    /// <summary>Gets the packaging kind, a 包装种类 code (包装材料种类).</summary>
    /// <remarks>Wire element <c>PackType</c>. Required to submit.</remarks>
    public string? Kind { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
