using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents an enterprise commitment (企业承诺).</summary>
/// <remarks>Wire element <c>DecCopPromise</c> inside <c>DecCopPromises</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record EnterprisePromise
{
    /// <summary>Gets the proof or declaration material code such as 101040 (import) or 102053 (export) (证明/声明材料代码); the element name's misspelling is official.</summary>
    /// <remarks>Wire element <c>DeclaratioMaterialCode</c>. Required to submit.</remarks>
    public string? MaterialCode { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}
