using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>
/// Reads a declaration of the plain shape most messages have straight from UTF-8 bytes (<see cref="Utf8XmlCursor"/>),
/// allocating little beyond the declaration itself. It gives up, returning <see langword="null"/>, at anything else:
/// an unknown or repeated element, a value that does not convert, goods before the header, a comment. Then
/// <see cref="DeclarationXmlReader"/> reads the document with <see cref="System.Xml.XmlReader"/> and reports what it finds.
/// </summary>
internal sealed class DeclarationUtf8Reader
{
    [ThreadStatic]
    private static DeclarationUtf8Reader? cached;

    private readonly Utf8XmlCursor _c = new();
    private readonly Utf8FieldValues<DeclarationHead> _head;
    private readonly Utf8FieldValues<DeclarationGoods> _goodsValues;
    private readonly Utf8FieldValues<GoodsLicence> _licence;
    private readonly Utf8FieldValues<LicenceVehicle> _vehicle;
    private readonly Utf8FieldValues<DeclarationContainer> _container;
    private readonly Utf8FieldValues<AttachedLicence> _attached;
    private readonly Utf8FieldValues<RequestedCertificate> _certificate;
    private readonly Utf8FieldValues<OtherPackage> _package;
    private readonly Utf8FieldValues<EnterpriseQualification> _qualification;
    private readonly Utf8FieldValues<GoodsUser> _user;
    private readonly Utf8FieldValues<EnterprisePromise> _promise;
    private readonly Utf8FieldValues<DeclarationSign> _sign;
    private readonly Utf8FieldValues<DeclarationFreeText> _freeText;
    private readonly Utf8FieldValues<ElectronicDocument> _document;
    private readonly Utf8FieldValues<OriginCertificateRelation> _relation;
    private readonly List<DeclarationGoods> _goods = [];
    private readonly List<GoodsLicence> _licences = [];
    private readonly List<LicenceVehicle> _vehicles = [];
    private readonly List<DeclarationContainer> _containers = [];
    private readonly List<AttachedLicence> _attachedLicences = [];
    private readonly List<RequestedCertificate> _certificates = [];
    private readonly List<OtherPackage> _packages = [];
    private readonly List<EnterpriseQualification> _qualifications = [];
    private readonly List<GoodsUser> _users = [];
    private readonly List<EnterprisePromise> _promises = [];
    private readonly List<ElectronicDocument> _documents = [];
    private readonly List<OriginCertificateRelation> _relations = [];

    private DeclarationUtf8Reader()
    {
        _head = new(_c, DeclarationFields.DeclarationHead);
        _goodsValues = new(_c, DeclarationFields.DeclarationGoods);
        _licence = new(_c, DeclarationFields.GoodsLicence);
        _vehicle = new(_c, DeclarationFields.LicenceVehicle);
        _container = new(_c, DeclarationFields.DeclarationContainer);
        _attached = new(_c, DeclarationFields.AttachedLicence);
        _certificate = new(_c, DeclarationFields.RequestedCertificate);
        _package = new(_c, DeclarationFields.OtherPackage);
        _qualification = new(_c, DeclarationFields.EnterpriseQualification);
        _user = new(_c, DeclarationFields.GoodsUser);
        _promise = new(_c, DeclarationFields.EnterprisePromise);
        _sign = new(_c, DeclarationFields.DeclarationSign);
        _freeText = new(_c, DeclarationFields.DeclarationFreeText);
        _document = new(_c, DeclarationFields.ElectronicDocument);
        _relation = new(_c, DeclarationFields.OriginCertificateRelation);
    }

    private enum Step
    {
        End,
        Child,
        Fail,
    }

    /// <summary>Reads the declaration in <paramref name="document"/>, or returns <see langword="null"/> when it must be read the slow way.</summary>
    public static CustomsDeclaration? TryRead(byte[] document, int offset, int count, XmlLimits limits)
    {
        // Elements here are at most 6 deep (DecMessage/DecLists/DecList/DecGoodsLimits/DecGoodsLimit/DecGoodsLimitVin/VinNo),
        // and no document has more characters than bytes: within these, the limits cannot be broken.
        if (count > limits.MaxCharacters || limits.MaxDepth <= 6)
        {
            return null;
        }

        var reader = cached ?? new DeclarationUtf8Reader();
        cached = null;
        try
        {
            return reader.Read(document, offset, count);
        }
        finally
        {
            reader.Clear();
            cached = reader;
        }
    }

    private CustomsDeclaration? Read(byte[] document, int offset, int count)
    {
        if (!_c.Open(document, offset, count) || !_c.Root("DecMessage"u8, "http://www.chinaport.gov.cn/dec"u8, out var version))
        {
            return null;
        }

        DeclarationHead? head = null;
        DeclarationSign? sign = null;
        DeclarationFreeText? freeText = null;
        var wrappers = 0;
        var export = false;
        while (!_c.AtEndTag())
        {
            if (!_c.StartTag(out var tag, out var empty))
            {
                return null;
            }

            var name = _c.Name(tag);
            bool read;
            if (name.SequenceEqual("DecHead"u8) && head is null)
            {
                head = Single(_head, empty, DeclarationBlocks.DeclarationHead);
                export = head?.Direction == TradeDirection.Export;
                read = head is not null;
            }
            else if (name.SequenceEqual("DecSign"u8) && sign is null)
            {
                sign = Single(_sign, empty, DeclarationBlocks.DeclarationSign);
                read = sign is not null;
            }
            else if (name.SequenceEqual("DecFreeTxt"u8) && freeText is null)
            {
                freeText = Single(_freeText, empty, DeclarationBlocks.DeclarationFreeText);
                read = freeText is not null;
            }
            else
            {
                read = name switch
                {
                    _ when name.SequenceEqual("DecLists"u8) => head is not null && Once(ref wrappers, 1) && Goods(empty, export),
                    _ when name.SequenceEqual("DecContainers"u8) => Once(ref wrappers, 2) && Wrapped(_container, empty, _containers, DeclarationBlocks.DeclarationContainer),
                    _ when name.SequenceEqual("DecLicenseDocus"u8) => Once(ref wrappers, 4) && Wrapped(_attached, empty, _attachedLicences, DeclarationBlocks.AttachedLicence),
                    _ when name.SequenceEqual("DecRequestCerts"u8) => Once(ref wrappers, 8) && Wrapped(_certificate, empty, _certificates, DeclarationBlocks.RequestedCertificate),
                    _ when name.SequenceEqual("DecOtherPacks"u8) => Once(ref wrappers, 16) && Wrapped(_package, empty, _packages, DeclarationBlocks.OtherPackage),
                    _ when name.SequenceEqual("DecCopLimits"u8) => Once(ref wrappers, 32) && Wrapped(_qualification, empty, _qualifications, DeclarationBlocks.EnterpriseQualification),
                    _ when name.SequenceEqual("DecUsers"u8) => Once(ref wrappers, 64) && Wrapped(_user, empty, _users, DeclarationBlocks.GoodsUser),
                    _ when name.SequenceEqual("DecCopPromises"u8) => Once(ref wrappers, 128) && Wrapped(_promise, empty, _promises, DeclarationBlocks.EnterprisePromise),
                    _ when name.SequenceEqual("EdocRealation"u8) => Add(_document, empty, _documents, DeclarationBlocks.ElectronicDocument),
                    _ when name.SequenceEqual("EcoRelation"u8) => Add(_relation, empty, _relations, DeclarationBlocks.OriginCertificateRelation),
                    _ => false,
                };
            }

            if (!read)
            {
                return null;
            }
        }

        if (!_c.EndTag("DecMessage"u8) || !_c.AtDocumentEnd() || head is null || sign is null || _c.Failed)
        {
            return null;
        }

        return new CustomsDeclaration
        {
            Version = version,
            Head = head,
            Goods = _goods,
            Containers = _containers,
            AttachedLicences = _attachedLicences,
            RequestedCertificates = _certificates,
            OtherPackages = _packages,
            EnterpriseQualifications = _qualifications,
            Users = _users,
            Promises = _promises,
            Sign = sign,
            FreeText = freeText,
            ElectronicDocuments = _documents,
            OriginCertificateRelations = _relations,
        };
    }

    private static bool Once(ref int seen, int bit)
    {
        var first = (seen & bit) == 0;
        seen |= bit;
        return first;
    }

    private void Clear()
    {
        _c.Clear();
        _goods.Clear();
        _containers.Clear();
        _attachedLicences.Clear();
        _certificates.Clear();
        _packages.Clear();
        _qualifications.Clear();
        _users.Clear();
        _promises.Clear();
        _documents.Clear();
        _relations.Clear();
        _licences.Clear();
        _vehicles.Clear();
    }

    /// <summary>Reads the goods lines of <c>DecLists</c>, each with its licences and their vehicles.</summary>
    private bool Goods(bool empty, bool export)
    {
        while (!empty && !_c.AtEndTag())
        {
            if (!Item(DeclarationFields.DeclarationGoods, out var itemEmpty))
            {
                return false;
            }

            _goodsValues.Reset();
            _licences.Clear();
            var (child, childEmpty) = (default(Range), false);
            var step = itemEmpty ? Step.End : Fields(_goodsValues, out child, out childEmpty);
            if (step == Step.Child && (!_c.Name(child).SequenceEqual("DecGoodsLimits"u8) || !Licences(childEmpty)))
            {
                return false;
            }

            if (step == Step.Child)
            {
                step = Fields(_goodsValues, out _, out _);
            }

            if (step != Step.End)
            {
                return false;
            }

            _goods.Add(DeclarationBlocks.DeclarationGoods(_goodsValues, export, _licences));
        }

        return empty || _c.EndTag("DecLists"u8);
    }

    /// <summary>Reads the licences of <c>DecGoodsLimits</c>, each with its vehicles.</summary>
    private bool Licences(bool empty)
    {
        while (!empty && !_c.AtEndTag())
        {
            if (!Item(DeclarationFields.GoodsLicence, out var itemEmpty))
            {
                return false;
            }

            _licence.Reset();
            _vehicles.Clear();
            var (child, childEmpty) = (default(Range), false);
            var step = itemEmpty ? Step.End : Fields(_licence, out child, out childEmpty);
            while (step == Step.Child)
            {
                if (!_c.Name(child).SequenceEqual("DecGoodsLimitVin"u8) || !Block(_vehicle, childEmpty))
                {
                    return false;
                }

                _vehicles.Add(DeclarationBlocks.LicenceVehicle(_vehicle));
                step = Fields(_licence, out child, out childEmpty);
            }

            if (step != Step.End)
            {
                return false;
            }

            _licences.Add(DeclarationBlocks.GoodsLicence(_licence, _vehicles));
        }

        return empty || _c.EndTag("DecGoodsLimits"u8);
    }

    /// <summary>Reads the items of a wrapper element, each a block of fields only.</summary>
    private bool Wrapped<T>(Utf8FieldValues<T> values, bool empty, List<T> items, Func<FieldValues<T>, T> build)
    {
        while (!empty && !_c.AtEndTag())
        {
            if (!Item(values.Block, out var itemEmpty) || !Add(values, itemEmpty, items, build))
            {
                return false;
            }
        }

        return empty || _c.EndTag(values.Block.WrapperTags!.Utf8Name);
    }

    /// <summary>Reads a block that appears once, after its start tag.</summary>
    private T? Single<T>(Utf8FieldValues<T> values, bool empty, Func<FieldValues<T>, T> build)
        where T : class => Block(values, empty) ? build(values) : null;

    /// <summary>Reads a repeated block, after its start tag, and adds it to <paramref name="items"/>.</summary>
    private bool Add<T>(Utf8FieldValues<T> values, bool empty, List<T> items, Func<FieldValues<T>, T> build)
    {
        if (!Block(values, empty))
        {
            return false;
        }

        items.Add(build(values));
        return true;
    }

    /// <summary>Reads the start tag of an item, which must be <paramref name="block"/>'s element.</summary>
    private bool Item<T>(XmlBlock<T> block, out bool empty) =>
        _c.StartTag(out var tag, out empty) && _c.Name(tag).SequenceEqual(block.Tags.Utf8Name);

    /// <summary>Reads a block of fields only, after its start tag, up to and including its end tag.</summary>
    private bool Block<T>(Utf8FieldValues<T> values, bool empty)
    {
        values.Reset();
        return empty || Fields(values, out _, out _) == Step.End;
    }

    /// <summary>Reads leaf elements into <paramref name="values"/> up to the block's end tag (read too), or up to the start tag of a child that is not a field.</summary>
    private Step Fields<T>(Utf8FieldValues<T> values, out Range child, out bool childEmpty)
    {
        var fields = values.Block.Fields;
        var after = 0; // the index of the field read last, plus one
        while (!_c.AtEndTag())
        {
            // Blocks of a kind mostly have the same fields: try the start tag that followed this field last time before reading a name.
            var index = values.Predict(after);
            (child, childEmpty) = (default, false);
            if (index == fields.Length || !_c.KnownStartTag(fields[index].OpenTag))
            {
                if (!_c.StartTag(out child, out childEmpty))
                {
                    return Step.Fail;
                }

                index = values.Block.Find(_c.Name(child), after);
                if (index < 0)
                {
                    return Step.Child;
                }

                values.Learn(after, index);
            }

            var (start, length, escaped) = (0, 0, false);
            if (!childEmpty && !_c.Leaf(fields[index].Utf8Name, out start, out length, out escaped))
            {
                return Step.Fail;
            }

            if (!values.Set(index, start, length, escaped))
            {
                return Step.Fail;
            }

            after = index + 1;
        }

        (child, childEmpty) = (default, false);
        return _c.EndTag(values.Block.Tags.Utf8Name) ? Step.End : Step.Fail;
    }
}
