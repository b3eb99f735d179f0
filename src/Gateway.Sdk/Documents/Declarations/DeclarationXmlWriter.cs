using System.Xml;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Writes a <see cref="CustomsDeclaration"/> as a <c>DecMessage</c> XML document.</summary>
/// <remarks>
/// Elements follow the specification order (<c>docs/declarations.md</c>), official misspellings are kept
/// (<c>EdocRealation</c>, <c>DistinatePort</c>, <c>PromiseItmes</c> …), numbers use the invariant culture with no
/// exponent and no trailing zeros, dates are <c>yyyyMMdd</c>, and the output is UTF-8 without a byte order mark.
/// The same declaration always gives the same bytes. The writer does not validate: use
/// <see cref="DeclarationValidator"/> first. Thread-safe.
/// </remarks>
public sealed class DeclarationXmlWriter
{
    private static readonly byte[] Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8.ToArray();
    private readonly DeclarationXmlOptions _options;

    /// <summary>Initializes a new instance of the <see cref="DeclarationXmlWriter"/> class.</summary>
    /// <param name="options">Layout options; <see langword="null"/> for <see cref="DeclarationXmlOptions.Default"/>.</param>
    public DeclarationXmlWriter(DeclarationXmlOptions? options = null) => _options = options ?? DeclarationXmlOptions.Default;

    /// <summary>Writes a declaration to a stream.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <param name="utf8Output">The stream to write UTF-8 bytes to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DocumentValidationException">A text field holds a character XML cannot carry (<c>DEC005</c>).</exception>
    public void Write(CustomsDeclaration declaration, Stream utf8Output)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(utf8Output);
        utf8Output.Write(Declaration);
        using var writer = XmlWriter.Create(utf8Output, XmlBlockWriter.Settings(_options.Indent));
        Write(declaration, writer);
        writer.Flush();
        utf8Output.Write("\n"u8);
    }

    /// <summary>Writes a declaration to a byte array.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <returns>The UTF-8 bytes of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="declaration"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentValidationException">A text field holds a character XML cannot carry (<c>DEC005</c>).</exception>
    public byte[] Write(CustomsDeclaration declaration)
    {
        using var buffer = new MemoryStream();
        Write(declaration, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the <c>DecMessage</c> element to an existing writer, for example inside an envelope.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <param name="writer">The writer, positioned where the element belongs.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DocumentValidationException">A text field holds a character XML cannot carry (<c>DEC005</c>).</exception>
    public void Write(CustomsDeclaration declaration, XmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(writer);
        const string ns = CustomsDeclaration.Namespace;
        var w = new XmlBlockWriter(writer, ns, new WireContext(declaration.Head.Direction == TradeDirection.Export), _options.EmitEmptyElements);
        writer.WriteStartElement("DecMessage", ns);
        if (declaration.Version is not null)
        {
            writer.WriteAttributeString("Version", declaration.Version);
        }

        w.Write(DeclarationFields.DeclarationHead, declaration.Head, "/DecMessage/DecHead");
        w.WriteList(DeclarationFields.DeclarationGoods, declaration.Goods, "/DecMessage", (goods, xpath) =>
            w.WriteList(DeclarationFields.GoodsLicence, goods.Licences, xpath, (licence, licencePath) =>
                w.WriteList(DeclarationFields.LicenceVehicle, licence.Vehicles, licencePath)), always: true);
        w.WriteList(DeclarationFields.DeclarationContainer, declaration.Containers, "/DecMessage");
        w.WriteList(DeclarationFields.AttachedLicence, declaration.AttachedLicences, "/DecMessage");
        w.WriteList(DeclarationFields.RequestedCertificate, declaration.RequestedCertificates, "/DecMessage");
        w.WriteList(DeclarationFields.OtherPackage, declaration.OtherPackages, "/DecMessage");
        w.WriteList(DeclarationFields.EnterpriseQualification, declaration.EnterpriseQualifications, "/DecMessage");
        w.WriteList(DeclarationFields.GoodsUser, declaration.Users, "/DecMessage");
        w.WriteList(DeclarationFields.EnterprisePromise, declaration.Promises, "/DecMessage");
        w.Write(DeclarationFields.DeclarationSign, declaration.Sign, "/DecMessage/DecSign");
        if (declaration.FreeText is not null)
        {
            w.Write(DeclarationFields.DeclarationFreeText, declaration.FreeText, "/DecMessage/DecFreeTxt");
        }

        w.WriteList(DeclarationFields.ElectronicDocument, declaration.ElectronicDocuments, "/DecMessage");
        w.WriteList(DeclarationFields.OriginCertificateRelation, declaration.OriginCertificateRelations, "/DecMessage");
        w.WriteExtensions(declaration.AdditionalElements);
        writer.WriteEndElement();
    }
}
