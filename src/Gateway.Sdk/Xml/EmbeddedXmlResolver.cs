using System.Xml;

namespace Gateway.Sdk.Xml;

/// <summary>Resolves includes between the SDK's embedded schemas (<c>gateway-sdk:///folder/file.xsd</c>), handing other URIs to a folder resolver or refusing them.</summary>
internal sealed class EmbeddedXmlResolver(XmlResolver? fallback) : XmlResolver
{
    public const string Scheme = "gateway-sdk";
    private const string ResourcePrefix = "Gateway.Sdk.Schemas.";

    /// <summary>Gets the URI an embedded resource is read under, so that its relative includes resolve to other resources.</summary>
    /// <remarks>Resource names carry the build machine's folder separator (<c>\</c> when built on Windows); URIs always use <c>/</c>.</remarks>
    public static string UriOf(string resourceName) => $"{Scheme}:///{resourceName[ResourcePrefix.Length..].Replace('\\', '/')}";

    /// <summary>Gets the path, with <c>/</c>, of an embedded schema URI or resource name, to compare the two.</summary>
    public static string PathOf(Uri uri) => uri.AbsolutePath.TrimStart('/');

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        if (absoluteUri.Scheme != Scheme)
        {
            return fallback?.GetEntity(absoluteUri, role, ofObjectToReturn)
                ?? throw new XmlException($"{absoluteUri}: the SDK's schemas include only each other; nothing is fetched from elsewhere.");
        }

        var assembly = typeof(EmbeddedXmlResolver).Assembly;
        var path = PathOf(absoluteUri);
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n[ResourcePrefix.Length..].Replace('\\', '/') == path);
        return (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new XmlException($"{absoluteUri}: no such embedded schema.");
    }
}
