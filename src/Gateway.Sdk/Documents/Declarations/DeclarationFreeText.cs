using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents free text and related numbers (自由文本).</summary>
/// <remarks>Wire element <c>DecFreeTxt</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record DeclarationFreeText
{
    /// <summary>Gets the bonded (supervised) warehouse number (监管仓号).</summary>
    /// <remarks>Wire element <c>BonNo</c>. Optional.</remarks>
    public string? BondedWarehouseNumber { get; init; }

    /// <summary>Gets the yard code (货场代码).</summary>
    /// <remarks>Wire element <c>CusFie</c>. Optional.</remarks>
    public string? YardCode { get; init; }

    /// <summary>Gets the declarant's contact (报关员联系方式).</summary>
    /// <remarks>Wire element <c>DecBpNo</c>. Optional.</remarks>
    public string? DeclarantContact { get; init; }

    /// <summary>Gets the declarant's certificate number (申报人员证号).</summary>
    /// <remarks>Wire element <c>DecNo</c>. Optional.</remarks>
    public string? DeclarantCertificateNumber { get; init; }

    /// <summary>Gets the related declaration number (关联报关单号).</summary>
    /// <remarks>Wire element <c>RelId</c>. Optional.</remarks>
    public string? RelatedDeclarationId { get; init; }

    /// <summary>Gets the related manual number (关联备案号).</summary>
    /// <remarks>Wire element <c>RelManNo</c>. Optional.</remarks>
    public string? RelatedManualNumber { get; init; }

    /// <summary>Gets the voyage number (航次号).</summary>
    /// <remarks>Wire element <c>VoyNo</c>. Optional.</remarks>
    public string? VoyageNumber { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
