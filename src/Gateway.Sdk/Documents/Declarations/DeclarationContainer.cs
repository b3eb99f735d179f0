using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents a container of the shipment (集装箱).</summary>
/// <remarks>Wire element <c>Container</c> inside <c>DecContainers</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record DeclarationContainer
{
    /// <summary>Gets the ISO 6346 container number (集装箱号).</summary>
    /// <remarks>Wire element <c>ContainerId</c>. Required to save a draft and to submit.</remarks>
    public ContainerNumber? Number { get; init; }

    /// <summary>Gets the container size and type code (集装箱规格).</summary>
    /// <remarks>Wire element <c>ContainerMd</c>. Required to save a draft and to submit.</remarks>
    public string? SizeType { get; init; }

    /// <summary>Gets the line numbers packed in the container, comma-separated such as 1,3 (商品项号关系).</summary>
    /// <remarks>Wire element <c>GoodsNo</c>. Required to save a draft and to submit.</remarks>
    public string? ItemNumbers { get; init; }

    /// <summary>Gets the LCL flag (拼箱标识).</summary>
    /// <remarks>Wire element <c>LclFlag</c>. Optional.</remarks>
    public string? LessThanContainerLoad { get; init; }

    /// <summary>Gets the weight of goods and container (箱货重量).</summary>
    /// <remarks>Wire element <c>GoodsContaWt</c>. Optional.</remarks>
    public decimal? GoodsAndContainerWeight { get; init; }

    /// <summary>Gets the container tare weight (自重).</summary>
    /// <remarks>Wire element <c>ContainerWt</c>. Optional.</remarks>
    public decimal? TareWeight { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
