namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents a manifest message type code (舱单报文类型), such as <c>MT2101</c>: an extensible value.</summary>
/// <remarks>
/// The code names the business (digit 1), the transport mode (digit 2: 1 sea, 2 air, 4 road) and a sub-type, and it
/// is part of the message namespace <c>urn:Declaration:datamodel:standard:CN:MTxxxx:1</c>. The known codes are
/// those of the 《舱单报文类型编码表》 as observed in public code (docs/manifests.md); any <c>MT</c> code can be expressed.
/// </remarks>
public readonly record struct ManifestMessageType
{
    private const string NamespacePrefix = "urn:Declaration:datamodel:standard:CN:";
    private static readonly System.Buffers.SearchValues<char> UpperAlphanumerics = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    private readonly string? _code;

    /// <summary>Initializes a new instance of the <see cref="ManifestMessageType"/> struct.</summary>
    /// <param name="code"><c>MT</c> followed by four letters or digits, such as <c>MT2101</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> does not have that shape.</exception>
    public ManifestMessageType(string code)
    {
        if (!IsCode(code))
        {
            throw new ArgumentException($"'{code}' is not a manifest message type: use MT and four letters or digits, such as MT2101", nameof(code));
        }

        _code = code;
    }

    /// <summary>Gets the original manifest, sea (原始舱单).</summary>
    public static ManifestMessageType OriginalManifest { get; } = new("MT1101");

    /// <summary>Gets the pre-stowage manifest, sea (预配舱单).</summary>
    public static ManifestMessageType PreStowageManifest { get; } = new("MT2101");

    /// <summary>Gets the arrival report, sea (运抵报告).</summary>
    public static ManifestMessageType ArrivalReport { get; } = new("MT3101");

    /// <summary>Gets the loading manifest, sea (装载舱单).</summary>
    public static ManifestMessageType LoadingManifest { get; } = new("MT4101");

    /// <summary>Gets the import tally report, sea (进口理货报告).</summary>
    public static ManifestMessageType ImportTallyReport { get; } = new("MT5101");

    /// <summary>Gets the export tally report, sea (出口理货报告).</summary>
    public static ManifestMessageType ExportTallyReport { get; } = new("MT5102");

    /// <summary>Gets the receipt or instruction notice (回执) customs sends back.</summary>
    public static ManifestMessageType Receipt { get; } = new("MT9999");

    /// <summary>Gets the code, such as <c>MT2101</c>.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets the namespace of messages of this type.</summary>
    /// <value><c>urn:Declaration:datamodel:standard:CN:</c> + the code + <c>:1</c>.</value>
    public string Namespace => NamespacePrefix + Code + ":1";

    /// <summary>Gets the type of a message from its root element's namespace.</summary>
    /// <param name="ns">A namespace such as <c>urn:Declaration:datamodel:standard:CN:MT2101:1</c>.</param>
    /// <param name="type">The type when the namespace is a manifest namespace.</param>
    /// <returns><see langword="true"/> when <paramref name="ns"/> is a manifest namespace.</returns>
    public static bool TryFromNamespace(string? ns, out ManifestMessageType type)
    {
        type = default;
        if (ns is null || !ns.StartsWith(NamespacePrefix, StringComparison.Ordinal) || !ns.EndsWith(":1", StringComparison.Ordinal)
            || ns.Length != NamespacePrefix.Length + 8 || !IsCode(ns.Substring(NamespacePrefix.Length, 6)))
        {
            return false;
        }

        type = new ManifestMessageType(ns.Substring(NamespacePrefix.Length, 6));
        return true;
    }

    /// <summary>Says whether text has the shape of a message type code.</summary>
    /// <param name="code">The text.</param>
    /// <returns><see langword="true"/> for <c>MT</c> followed by four upper-case letters or digits.</returns>
    public static bool IsCode(string? code) =>
        code is { Length: 6 } && code.StartsWith("MT", StringComparison.Ordinal) && !code.AsSpan(2).ContainsAnyExcept(UpperAlphanumerics);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, such as <c>MT2101</c>.</returns>
    public override string ToString() => Code;
}
