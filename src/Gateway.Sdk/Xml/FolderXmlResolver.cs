using System.Xml;

namespace Gateway.Sdk.Xml;

/// <summary>Resolves schema includes and imports to files inside one folder and refuses everything else (no network, no other paths).</summary>
internal sealed class FolderXmlResolver(string directory) : XmlResolver
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        var path = absoluteUri.IsFile ? Path.GetFullPath(absoluteUri.LocalPath) : null;
        return path is not null && path.StartsWith(_root, StringComparison.Ordinal)
            ? File.OpenRead(path)
            : throw new XmlException($"{absoluteUri}: schemas may include or import only files in {_root}; copy the referenced XSD into that folder.");
    }
}
