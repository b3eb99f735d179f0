using Gateway.Sdk.Codes;
using Gateway.Sdk.Validation;
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
    private static readonly byte[] Prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8.ToArray();
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
        using var output = new Utf8XmlEmitter(utf8Output);
        var w = new XmlBlockWriter(output, new WireContext(declaration.Head.Direction == TradeDirection.Export), _options.EmitEmptyElements, _options.Indent);
        output.Raw(Prolog);
        output.Raw("<DecMessage"u8);
        if (declaration.Version is not null)
        {
            output.Raw(" Version=\""u8);
            if (!output.Text(declaration.Version, attribute: true))
            {
                var issue = new ValidationIssue("DEC005", ValidationSeverity.Error, "Version holds a character that XML cannot carry; use a version such as 4.8", new IssueLocation { XPath = "/DecMessage/@Version", PropertyPath = "Version" });
                throw new DocumentValidationException(new ValidationReport([issue]));
            }
            output.Raw("\""u8);
        }

        output.Raw(" xmlns=\"http://www.chinaport.gov.cn/dec\">"u8);
        w.Root("DecMessage");
        w.Block(DeclarationFields.DeclarationHead, declaration.Head, 1);
        WriteGoods(w, declaration.Goods, _options.EmitEmptyElements);
        w.List(DeclarationFields.DeclarationContainer, declaration.Containers, 1);
        w.List(DeclarationFields.AttachedLicence, declaration.AttachedLicences, 1);
        w.List(DeclarationFields.RequestedCertificate, declaration.RequestedCertificates, 1);
        w.List(DeclarationFields.OtherPackage, declaration.OtherPackages, 1);
        w.List(DeclarationFields.EnterpriseQualification, declaration.EnterpriseQualifications, 1);
        w.List(DeclarationFields.GoodsUser, declaration.Users, 1);
        w.List(DeclarationFields.EnterprisePromise, declaration.Promises, 1);
        w.Block(DeclarationFields.DeclarationSign, declaration.Sign, 1);
        if (declaration.FreeText is not null)
        {
            w.Block(DeclarationFields.DeclarationFreeText, declaration.FreeText, 1);
        }

        w.List(DeclarationFields.ElectronicDocument, declaration.ElectronicDocuments, 1);
        w.List(DeclarationFields.OriginCertificateRelation, declaration.OriginCertificateRelations, 1);
        w.Extensions(declaration.AdditionalElements, 1);
        if (_options.Indent)
        {
            output.Raw("\n"u8);
        }

        output.Raw("</DecMessage>\n"u8);
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

    /// <summary>Writes <c>DecLists</c>, which is always present, with the licences nested in each line.</summary>
    private static void WriteGoods(XmlBlockWriter w, IReadOnlyList<DeclarationGoods> goods, bool emitEmpty)
    {
        var lists = DeclarationFields.DeclarationGoods.WrapperTags!;
        if (goods.Count == 0)
        {
            w.Empty(lists, 1);
            return;
        }

        w.Open(lists, 1);
        for (var i = 0; i < goods.Count; i++)
        {
            var line = goods[i];
            var block = DeclarationFields.DeclarationGoods;
            w.Open(block.Tags, 2, i + 1);
            w.Fields(block, line, 3);
            if (line.Licences.Count > 0)
            {
                var limits = DeclarationFields.GoodsLicence;
                w.Open(limits.WrapperTags!, 3);
                for (var j = 0; j < line.Licences.Count; j++)
                {
                    var licence = line.Licences[j];
                    w.Open(limits.Tags, 4, j + 1);
                    w.Fields(limits, licence, 5);
                    w.List(DeclarationFields.LicenceVehicle, licence.Vehicles, 5);
                    w.Extensions(licence.AdditionalElements, 5);
                    w.Close(limits.Tags, 4);
                }

                w.Close(limits.WrapperTags!, 3);
            }
            else if (emitEmpty)
            {
                w.Empty(DeclarationFields.GoodsLicence.WrapperTags!, 3);
            }

            w.Extensions(line.AdditionalElements, 3);
            w.Close(block.Tags, 2);
        }

        w.Close(lists, 1);
    }
}
