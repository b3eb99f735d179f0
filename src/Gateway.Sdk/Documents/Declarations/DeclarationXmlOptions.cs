namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Controls the layout of the XML that <see cref="DeclarationXmlWriter"/> produces.</summary>
/// <remarks>Output is always UTF-8 without a byte order mark, with <c>\n</c> line ends and invariant number formats.</remarks>
public sealed record DeclarationXmlOptions
{
    /// <summary>Gets the default options.</summary>
    public static DeclarationXmlOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether to indent elements by two spaces.</summary>
    /// <value><see langword="true"/>. Indentation does not change the meaning; sign what you send, after writing.</value>
    public bool Indent { get; init; } = true;

    /// <summary>Gets a value indicating whether to write every field, empty when unset, as single-window exports do.</summary>
    /// <value><see langword="false"/>: unset fields and empty child lists are left out. When <see langword="true"/>,
    /// reading the output back gives empty strings instead of <see langword="null"/> for unset text fields.</value>
    public bool EmitEmptyElements { get; init; }
}
