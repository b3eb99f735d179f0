namespace Gateway.Sdk.Xml;

/// <summary>Holds an element that a reader found but the SDK does not model, so that it is kept rather than dropped.</summary>
/// <param name="Name">The element's local name.</param>
/// <param name="OuterXml">The element with its content, as XML text.</param>
/// <remarks>Readers also report each one as a warning (<c>XML010</c>); writers put them back at the end of their block, after checking that <paramref name="OuterXml"/> is one well-formed element named <paramref name="Name"/> (<c>XML012</c>).</remarks>
public sealed record XmlExtension(string Name, string OuterXml);
