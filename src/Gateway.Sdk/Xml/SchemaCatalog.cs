using System.Xml;
using System.Xml.Schema;

namespace Gateway.Sdk.Xml;

/// <summary>Finds the XSD for a message namespace: the SDK's embedded schemas, or official ones from a folder.</summary>
/// <remarks>
/// The SDK's schemas are authored from published field tables (each says so in its header). When you have
/// the official XSDs from the single window's download area, put them in a folder and use
/// <see cref="FromDirectory"/>: a schema there replaces the embedded one with the same target namespace.
/// Schemas in the folder may include or import each other; nothing outside the folder is ever fetched.
/// </remarks>
public sealed class SchemaCatalog
{
    private const string ResourcePrefix = "Gateway.Sdk.Schemas.";

    private readonly string? _directory;
    private readonly Lazy<IReadOnlyDictionary<string, XmlSchemaSet>> _sets;

    private SchemaCatalog(string? directory)
    {
        _directory = directory;
        _sets = new Lazy<IReadOnlyDictionary<string, XmlSchemaSet>>(Load);
    }

    /// <summary>Gets the catalog of the schemas embedded in the SDK.</summary>
    public static SchemaCatalog Default { get; } = new(null);

    /// <summary>Gets the target namespaces the catalog has a schema for.</summary>
    public IReadOnlyCollection<string> Namespaces => [.. _sets.Value.Keys];

    /// <summary>Creates a catalog in which the <c>*.xsd</c> files of a folder replace the embedded schemas of the same namespace.</summary>
    /// <param name="directory">A folder of XSD files.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static SchemaCatalog FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return Directory.Exists(directory)
            ? new SchemaCatalog(Path.GetFullPath(directory))
            : throw new DirectoryNotFoundException($"{directory}: schema folder not found; give a folder holding XSD files.");
    }

    /// <summary>Gets the compiled schema set for a namespace.</summary>
    /// <param name="targetNamespace">The namespace of the message's root element.</param>
    /// <returns>The compiled schemas, or <see langword="null"/> when the catalog has none for that namespace.</returns>
    /// <exception cref="XmlSchemaException">A schema in the folder is invalid.</exception>
    public XmlSchemaSet? Find(string targetNamespace)
    {
        ArgumentNullException.ThrowIfNull(targetNamespace);
        return _sets.Value.GetValueOrDefault(targetNamespace);
    }

    private Dictionary<string, XmlSchemaSet> Load()
    {
        var byNamespace = new Dictionary<string, List<XmlSchema>>(StringComparer.Ordinal);
        var assembly = typeof(SchemaCatalog).Assembly;
        var embedded = assembly.GetManifestResourceNames().Where(static n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToDictionary(static n => n, n =>
        {
            using var stream = assembly.GetManifestResourceStream(n)!;
            return Read(stream, EmbeddedXmlResolver.UriOf(n));
        });

        // A schema that another one includes (the manifest types) is compiled through that reference, under the includer's namespace.
        var included = embedded.SelectMany(static e => e.Value.Includes.OfType<XmlSchemaExternal>().Select(i => EmbeddedXmlResolver.PathOf(new Uri(new Uri(EmbeddedXmlResolver.UriOf(e.Key)), i.SchemaLocation!))))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (_, schema) in embedded.Where(e => !included.Contains(EmbeddedXmlResolver.PathOf(new Uri(EmbeddedXmlResolver.UriOf(e.Key))))))
        {
            Add(byNamespace, schema);
        }

        if (_directory is not null)
        {
            var files = Directory.EnumerateFiles(_directory, "*.xsd").Order(StringComparer.Ordinal).ToDictionary(static f => f, static f =>
            {
                using var stream = File.OpenRead(f);
                return Read(stream, new Uri(f).AbsoluteUri);
            });

            // A schema that another one includes or imports is compiled through that reference, not added twice.
            var referenced = files.Values.SelectMany(static s => s.Includes.OfType<XmlSchemaExternal>())
                .Where(static e => e.SchemaLocation is not null)
                .Select(e => Path.GetFullPath(Path.Combine(_directory, e.SchemaLocation!)))
                .ToHashSet(StringComparer.Ordinal);
            var replaced = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (file, schema) in files.Where(f => !referenced.Contains(f.Key)))
            {
                var ns = schema.TargetNamespace ?? string.Empty;
                if (replaced.Add(ns))
                {
                    byNamespace.Remove(ns);
                }

                Add(byNamespace, schema);
            }
        }

        var sets = new Dictionary<string, XmlSchemaSet>(StringComparer.Ordinal);
        foreach (var (ns, schemas) in byNamespace)
        {
            var set = new XmlSchemaSet { XmlResolver = new EmbeddedXmlResolver(_directory is null ? null : new FolderXmlResolver(_directory)) };
            foreach (var schema in schemas)
            {
                set.Add(schema);
            }

            set.Compile();
            sets[ns] = set;
        }

        return sets;
    }

    private static void Add(Dictionary<string, List<XmlSchema>> byNamespace, XmlSchema schema)
    {
        var ns = schema.TargetNamespace ?? string.Empty;
        if (!byNamespace.TryGetValue(ns, out var list))
        {
            byNamespace[ns] = list = [];
        }

        list.Add(schema);
    }

    private static XmlSchema Read(Stream stream, string uri)
    {
        var settings = XmlInput.Settings(XmlLimits.Default);
        using var reader = XmlReader.Create(stream, settings, uri);
        try
        {
            return XmlSchema.Read(reader, null)!;
        }
        catch (XmlException e)
        {
            throw new XmlSchemaException($"{uri}:{e.LineNumber}:{e.LinePosition}: not a readable XSD: {e.Message}", e);
        }
    }
}
