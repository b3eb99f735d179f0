using System.Xml;

namespace Gateway.Sdk.Xml;

/// <summary>Resolves includes between the SDK's embedded schemas (<c>gateway-sdk:///folder/file.xsd</c>), handing other URIs to a folder resolver or refusing them.</summary>
internal sealed class EmbeddedXmlResolver(XmlResolver? fallback) : XmlResolver
{
    public const string Scheme = "gateway-sdk";
    private const string ResourcePrefix = "Gateway.Sdk.Schemas.";

    /// <summary>Gets the URI an embedded resource is read under, so that its relative includes resolve to other resources.</summary>
    public static string UriOf(string resourceName) => $"{Scheme}:///{resourceName[ResourcePrefix.Length..]}";

    /// <summary>Gets the resource name of an embedded schema URI.</summary>
    public static string ResourceOf(Uri uri) => ResourcePrefix + uri.AbsolutePath.TrimStart('/');

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        if (absoluteUri.Scheme != Scheme)
        {
            return fallback?.GetEntity(absoluteUri, role, ofObjectToReturn)
                ?? throw new XmlException($"{absoluteUri}: the SDK's schemas include only each other; nothing is fetched from elsewhere.");
        }

        return typeof(EmbeddedXmlResolver).Assembly.GetManifestResourceStream(ResourceOf(absoluteUri))
            ?? throw new XmlException($"{absoluteUri}: no such embedded schema.");
    }
}
