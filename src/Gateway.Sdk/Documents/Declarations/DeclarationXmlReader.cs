using System.Buffers;
using System.Xml;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Reads a <c>DecMessage</c> XML document into a <see cref="CustomsDeclaration"/>.</summary>
/// <remarks>
/// <para>Input is treated as hostile: DTDs and entities are refused, size and nesting are limited
/// (<see cref="XmlLimits"/>), and the text must be UTF-8. Such problems come back in the report, never as an exception.</para>
/// <para>The reader accepts what <see cref="DeclarationXmlWriter"/> writes and what single-window exports contain: child
/// order is not enforced (the XSD does that), empty elements read as unset for numbers, dates and codes and as empty
/// strings for text. Elements the SDK does not model are kept in <c>AdditionalElements</c> and reported as warnings
/// (<c>XML010</c>); values that do not convert are left unset and reported as errors. Thread-safe.</para>
/// <para>A document of the plain shape writers produce (no comments, CDATA, character references or unknown elements, every
/// value converting) up to 4 MiB is read straight from its bytes, several times faster than through
/// <see cref="XmlReader"/>; anything else is read through <see cref="XmlReader"/>, which reports it. Both ways give the same
/// declaration. A text that repeats the previous goods line's value is the same string, and short ones (codes, flags)
/// are shared between documents.</para>
/// </remarks>
public sealed class DeclarationXmlReader
{
    private const string Ns = CustomsDeclaration.Namespace;

    /// <summary>Documents up to this size are read straight from their bytes when they have the plain shape (<see cref="DeclarationUtf8Reader"/>).</summary>
    private const long FastMaxBytes = 4 * 1024 * 1024;
    private readonly XmlLimits _limits;

    /// <summary>Initializes a new instance of the <see cref="DeclarationXmlReader"/> class.</summary>
    /// <param name="limits">Input limits; <see langword="null"/> for <see cref="XmlLimits.Default"/>.</param>
    public DeclarationXmlReader(XmlLimits? limits = null) => _limits = limits ?? XmlLimits.Default;

    /// <summary>Reads a declaration from UTF-8 XML.</summary>
    /// <param name="utf8Xml">The document; read to its end and left open.</param>
    /// <returns>The declaration (unless the input is not readable XML) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<CustomsDeclaration> Read(Stream utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        if (!utf8Xml.CanSeek || utf8Xml.Length - utf8Xml.Position is var size && size >= Math.Min(_limits.MaxCharacters, FastMaxBytes))
        {
            return ReadSlowly(utf8Xml);
        }

        // Seekable and small: read it into a pooled buffer for the fast way; a stream longer than it said goes on after the buffer.
        var buffer = ArrayPool<byte>.Shared.Rent((int)size + 1);
        try
        {
            var count = utf8Xml.ReadAtLeast(buffer.AsSpan(0, (int)size + 1), (int)size + 1, throwOnEndOfStream: false);
            return count <= size && DeclarationUtf8Reader.TryRead(buffer, 0, count, _limits) is { } declaration
                ? new ReadResult<CustomsDeclaration>(declaration, ValidationReport.Empty)
                : ReadSlowly(new PrefixedStream(buffer.AsMemory(0, count), utf8Xml));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a declaration from UTF-8 XML bytes.</summary>
    /// <param name="utf8Xml">The document.</param>
    /// <returns>The declaration (unless the input is not readable XML) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<CustomsDeclaration> Read(byte[] utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        if (DeclarationUtf8Reader.TryRead(utf8Xml, 0, utf8Xml.Length, _limits) is { } declaration)
        {
            return new ReadResult<CustomsDeclaration>(declaration, ValidationReport.Empty);
        }

        using var stream = new MemoryStream(utf8Xml, writable: false);
        return ReadSlowly(stream);
    }

    /// <summary>Reads with <see cref="XmlReader"/>, which accepts every document and reports every problem.</summary>
    private ReadResult<CustomsDeclaration> ReadSlowly(Stream utf8Xml)
    {
        var state = new ReadSession(_limits, recordPositions: false);
        var value = Read(utf8Xml, state);
        return new ReadResult<CustomsDeclaration>(value, new ValidationReport(state.Issues));
    }

    internal CustomsDeclaration? Read(Stream utf8Xml, ReadSession state)
    {
        try
        {
            using var reader = XmlInput.Open(utf8Xml, _limits);
            while (XmlInput.Read(reader, _limits) && reader.NodeType != XmlNodeType.Element)
            {
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                state.Add("XML001", ValidationSeverity.Error, "the document has no root element: send a DecMessage document", null, null, 1, 1);
                return null;
            }

            if (reader.LocalName != "DecMessage" || reader.NamespaceURI != Ns)
            {
                state.Add("DEC000", ValidationSeverity.Error, $"the root element is {{{reader.NamespaceURI}}}{reader.LocalName}; a declaration is DecMessage in namespace {Ns}", "/" + reader.LocalName, null, XmlInput.Line(reader), XmlInput.Column(reader));
                return null;
            }

            return ReadMessage(reader, state);
        }
        catch (Exception e) when (XmlInput.ToIssue(e, _limits) is { } issue)
        {
            state.Issues.Add(issue);
            return null;
        }
    }

    private static CustomsDeclaration ReadMessage(XmlReader r, ReadSession s)
    {
        var version = r.GetAttribute("Version");
        var (line, column) = (XmlInput.Line(r), XmlInput.Column(r));
        s.Record("/DecMessage", line, column);
        DeclarationHead? head = null;
        DeclarationSign? sign = null;
        DeclarationFreeText? freeText = null;
        var goods = new List<DeclarationGoods>();
        var containers = new List<DeclarationContainer>();
        var licences = new List<AttachedLicence>();
        var certificates = new List<RequestedCertificate>();
        var packages = new List<OtherPackage>();
        var qualifications = new List<EnterpriseQualification>();
        var users = new List<GoodsUser>();
        var promises = new List<EnterprisePromise>();
        var documents = new List<ElectronicDocument>();
        var relations = new List<OriginCertificateRelation>();
        var extensions = new List<XmlExtension>();
        var context = default(WireContext);
        var goodsBeforeHead = 0;
        var wrappers = new HashSet<string>(StringComparer.Ordinal);

        XmlBlockReader.ForEachChild(r, s, () =>
        {
            var name = r.NamespaceURI == Ns ? r.LocalName : string.Empty;
            if (IsWrapper(name) && !wrappers.Add(name))
            {
                Twice(r, s, name);
                return;
            }

            switch (name)
            {
                case "DecHead" when head is null:
                    head = DeclarationBlocks.DeclarationHead(Block(r, s, DeclarationFields.DeclarationHead, "/DecMessage/DecHead", "Head", context));
                    context = new WireContext(head.Direction == TradeDirection.Export);
                    goodsBeforeHead = goods.Count;
                    break;
                case "DecLists":
                    Wrapped(r, s, "DecList", "/DecMessage/DecLists", (xpath, i) => goods.Add(ReadGoods(r, s, xpath, $"Goods[{i}]", context)));
                    break;
                case "DecContainers":
                    Wrapped(r, s, DeclarationFields.DeclarationContainer, "Containers", containers, DeclarationBlocks.DeclarationContainer);
                    break;
                case "DecLicenseDocus":
                    Wrapped(r, s, DeclarationFields.AttachedLicence, "AttachedLicences", licences, DeclarationBlocks.AttachedLicence);
                    break;
                case "DecRequestCerts":
                    Wrapped(r, s, DeclarationFields.RequestedCertificate, "RequestedCertificates", certificates, DeclarationBlocks.RequestedCertificate);
                    break;
                case "DecOtherPacks":
                    Wrapped(r, s, DeclarationFields.OtherPackage, "OtherPackages", packages, DeclarationBlocks.OtherPackage);
                    break;
                case "DecCopLimits":
                    Wrapped(r, s, DeclarationFields.EnterpriseQualification, "EnterpriseQualifications", qualifications, DeclarationBlocks.EnterpriseQualification);
                    break;
                case "DecUsers":
                    Wrapped(r, s, DeclarationFields.GoodsUser, "Users", users, DeclarationBlocks.GoodsUser);
                    break;
                case "DecCopPromises":
                    Wrapped(r, s, DeclarationFields.EnterprisePromise, "Promises", promises, DeclarationBlocks.EnterprisePromise);
                    break;
                case "DecSign" when sign is null:
                    sign = DeclarationBlocks.DeclarationSign(Block(r, s, DeclarationFields.DeclarationSign, "/DecMessage/DecSign", "Sign", context));
                    break;
                case "DecFreeTxt" when freeText is null:
                    freeText = DeclarationBlocks.DeclarationFreeText(Block(r, s, DeclarationFields.DeclarationFreeText, "/DecMessage/DecFreeTxt", "FreeText", context));
                    break;
                case "EdocRealation":
                    documents.Add(DeclarationBlocks.ElectronicDocument(Block(r, s, DeclarationFields.ElectronicDocument, $"/DecMessage/EdocRealation[{documents.Count + 1}]", $"ElectronicDocuments[{documents.Count}]", context)));
                    break;
                case "EcoRelation":
                    relations.Add(DeclarationBlocks.OriginCertificateRelation(Block(r, s, DeclarationFields.OriginCertificateRelation, $"/DecMessage/EcoRelation[{relations.Count + 1}]", $"OriginCertificateRelations[{relations.Count}]", context)));
                    break;
                case "DecHead" or "DecSign" or "DecFreeTxt":
                    Twice(r, s, name);
                    break;
                default:
                    var (l, c, n) = (XmlInput.Line(r), XmlInput.Column(r), r.LocalName);
                    extensions.Add(new XmlExtension(n, XmlBlockReader.Capture(r, s.Limits, Ns)));
                    s.Add("XML010", ValidationSeverity.Warning, $"{n} is not a DecMessage block the SDK models; it is kept as is (check the spelling, or the specification version)", "/DecMessage/" + n, null, l, c);
                    break;
            }
        });

        if (head is null)
        {
            s.Add("DEC001", ValidationSeverity.Error, "DecHead is missing: every declaration has a header", "/DecMessage/DecHead", "Head", line, column);
        }

        if (sign is null)
        {
            s.Add("DEC001", ValidationSeverity.Error, "DecSign is missing: it carries OperType and the ClientSeqNo that identifies the filing", "/DecMessage/DecSign", "Sign", line, column);
        }

        // Goods read before the header could not know the direction: apply the export swap now.
        if (head?.Direction == TradeDirection.Export)
        {
            for (var i = 0; i < goodsBeforeHead; i++)
            {
                goods[i] = goods[i] with { OriginCountry = goods[i].DestinationCountry, DestinationCountry = goods[i].OriginCountry };
            }
        }

        return new CustomsDeclaration
        {
            Version = version,
            Head = head ?? new DeclarationHead(),
            Goods = goods,
            Containers = containers,
            AttachedLicences = licences,
            RequestedCertificates = certificates,
            OtherPackages = packages,
            EnterpriseQualifications = qualifications,
            Users = users,
            Promises = promises,
            Sign = sign ?? new DeclarationSign(),
            FreeText = freeText,
            ElectronicDocuments = documents,
            OriginCertificateRelations = relations,
            AdditionalElements = extensions,
        };
    }

    private static bool IsWrapper(string name) => name is "DecLists" or "DecContainers" or "DecLicenseDocus" or "DecRequestCerts" or "DecOtherPacks" or "DecCopLimits" or "DecUsers" or "DecCopPromises";

    /// <summary>Reports and skips a second occurrence of an element a declaration has once.</summary>
    private static void Twice(XmlReader r, ReadSession s, string name)
    {
        var (line, column) = (XmlInput.Line(r), XmlInput.Column(r));
        XmlBlockReader.Capture(r, s.Limits);
        s.Add("XML006", ValidationSeverity.Error, $"{name} appears twice; a declaration has one, merge them or keep the right one", "/DecMessage/" + name, null, line, column);
    }

    private static DeclarationGoods ReadGoods(XmlReader r, ReadSession s, string xpath, string propertyPath, WireContext context)
    {
        var licences = new List<GoodsLicence>();
        var values = Block(r, s, DeclarationFields.DeclarationGoods, xpath, propertyPath, context, () =>
        {
            if (r.LocalName != "DecGoodsLimits" || r.NamespaceURI != Ns)
            {
                return false;
            }

            Wrapped(r, s, "DecGoodsLimit", xpath + "/DecGoodsLimits", (limitPath, i) =>
            {
                var vehicles = new List<LicenceVehicle>();
                var limitProperty = $"{propertyPath}.Licences[{i}]";
                var limit = Block(r, s, DeclarationFields.GoodsLicence, limitPath, limitProperty, context, () =>
                {
                    if (r.LocalName != "DecGoodsLimitVin" || r.NamespaceURI != Ns)
                    {
                        return false;
                    }

                    var vin = vehicles.Count;
                    vehicles.Add(DeclarationBlocks.LicenceVehicle(Block(r, s, DeclarationFields.LicenceVehicle, $"{limitPath}/DecGoodsLimitVin[{vin + 1}]", $"{limitProperty}.Vehicles[{vin}]", context)));
                    return true;
                });
                licences.Add(DeclarationBlocks.GoodsLicence(limit, vehicles));
            });
            return true;
        });
        return DeclarationBlocks.DeclarationGoods(values, context.IsExport, licences);
    }

    private static FieldValues<T> Block<T>(XmlReader r, ReadSession s, XmlBlock<T> block, string xpath, string propertyPath, WireContext context, Func<bool>? child = null) =>
        XmlBlockReader.Read(r, s, block, Ns, xpath, propertyPath, context, child);

    private static void Wrapped<T>(XmlReader r, ReadSession s, XmlBlock<T> block, string property, List<T> items, Func<FieldValues<T>, T> build)
    {
        var wrapper = "/DecMessage/" + block.Wrapper;
        Wrapped(r, s, block.Element, wrapper, (xpath, i) => items.Add(build(Block(r, s, block, xpath, $"{property}[{i}]", default))));
    }

    /// <summary>Reads the items of a wrapper element; <paramref name="item"/> gets the item's XPath and 0-based index and must consume it.</summary>
    private static void Wrapped(XmlReader r, ReadSession s, string element, string wrapperPath, Action<string, int> item)
    {
        s.Record(wrapperPath, XmlInput.Line(r), XmlInput.Column(r));
        var count = 0;
        XmlBlockReader.ForEachChild(r, s, () =>
        {
            if (r.LocalName == element && r.NamespaceURI == Ns)
            {
                item($"{wrapperPath}/{element}[{count + 1}]", count);
                count++;
            }
            else
            {
                var (line, column, name) = (XmlInput.Line(r), XmlInput.Column(r), r.LocalName);
                XmlBlockReader.Capture(r, s.Limits);
                s.Add("XML011", ValidationSeverity.Error, $"{name} does not belong in {wrapperPath[(wrapperPath.LastIndexOf('/') + 1)..]}, which holds only {element} elements; move or remove it", $"{wrapperPath}/{name}", null, line, column);
            }
        });
    }
}
