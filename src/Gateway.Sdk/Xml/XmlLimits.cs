namespace Gateway.Sdk.Xml;

/// <summary>Sets the limits that protect the readers from hostile or broken XML.</summary>
/// <remarks>
/// DTDs and external entities are always refused. A document over a limit is reported as an error
/// (<c>XML002</c>) after bounded work; it never exhausts memory or hangs.
/// </remarks>
public sealed record XmlLimits
{
    /// <summary>Gets the default limits.</summary>
    public static XmlLimits Default { get; } = new();

    /// <summary>Gets the largest document accepted, in characters.</summary>
    /// <value>16,777,216 (16 Mi) characters; a 50-line declaration is well under 200 K.</value>
    public long MaxCharacters { get; init; } = 16L * 1024 * 1024;

    /// <summary>Gets the deepest element nesting accepted.</summary>
    /// <value>64 levels; declarations need 7 (DecMessage/DecLists/DecList/DecGoodsLimits/DecGoodsLimit/DecGoodsLimitVin/VinNo).</value>
    public int MaxDepth { get; init; } = 64;
}
