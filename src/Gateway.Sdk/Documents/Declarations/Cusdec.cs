using System.Globalization;
using System.Text;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Configures <see cref="CusdecWriter"/>.</summary>
public sealed record CusdecWriterOptions : EdifactInterchangeOptions
{
    /// <summary>Gets the guide that says where each field goes.</summary>
    /// <value><see cref="CusdecMapping.Default"/>.</value>
    public CusdecMapping Mapping { get; init; } = CusdecMapping.Default;
}

/// <summary>Writes a <see cref="CustomsDeclaration"/> as a UN/EDIFACT interchange with one CUSDEC D.96B message.</summary>
/// <remarks>
/// The interchange is <c>UNOW</c> (UTF-8) syntax version 4, so Chinese text travels as is. Fields go where
/// <see cref="CusdecWriterOptions.Mapping"/> says; the rest travel in <c>FTX+ZZZ</c> segments, so
/// <see cref="CusdecReader"/> gives back an equal declaration. The message is checked against the CUSDEC D.96B
/// segment table before it is written. Thread-safe.
/// </remarks>
public sealed class CusdecWriter
{
    private readonly CusdecWriterOptions _options;

    /// <summary>Initializes a new instance of the <see cref="CusdecWriter"/> class.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public CusdecWriter(CusdecWriterOptions? options = null) => _options = options ?? new CusdecWriterOptions();

    /// <summary>Writes a declaration.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <returns>The interchange bytes (UTF-8).</returns>
    /// <exception cref="EdifactException">The declaration holds what CUSDEC cannot carry: elements the SDK does not model,
    /// or more text than the segment table allows (<c>EDI401</c>).</exception>
    public byte[] Write(CustomsDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return _options.Write(Message(declaration));
    }

    private List<EdifactSegment> Message(CustomsDeclaration d)
    {
        Refuse("DecMessage", d.AdditionalElements.Count);
        var schema = EdifactSchema.Find("CUSDEC", "D", "96B")!;
        var mapping = _options.Mapping;
        var context = new WireContext(d.Head.Direction == TradeDirection.Export);
        var root = new Level(schema.Root);
        var fallback = new Fallback();
        if (d.Version is not null)
        {
            fallback.Add("DecMessage.Version", d.Version);
        }

        Single(root, fallback, schema, mapping, DeclarationFields.DeclarationHead, d.Head, context);
        List(root, fallback, schema, mapping, DeclarationFields.DeclarationContainer, d.Containers, context, string.Empty);
        List(root, fallback, schema, mapping, DeclarationFields.AttachedLicence, d.AttachedLicences, context, string.Empty);
        List(root, fallback, schema, mapping, DeclarationFields.RequestedCertificate, d.RequestedCertificates, context, string.Empty);
        List(root, fallback, schema, mapping, DeclarationFields.OtherPackage, d.OtherPackages, context, string.Empty);
        List(root, fallback, schema, mapping, DeclarationFields.EnterpriseQualification, d.EnterpriseQualifications, context, string.Empty);
        List(root, fallback, schema, mapping, DeclarationFields.GoodsUser, d.Users, context, string.Empty);
        List(root, fallback, schema, mapping, DeclarationFields.EnterprisePromise, d.Promises, context, string.Empty);
        Single(root, fallback, schema, mapping, DeclarationFields.DeclarationSign, d.Sign, context);
        if (d.FreeText is not null)
        {
            fallback.Add("DecFreeTxt", null);
            Single(root, fallback, schema, mapping, DeclarationFields.DeclarationFreeText, d.FreeText, context);
        }

        List(root, fallback, schema, mapping, DeclarationFields.ElectronicDocument, d.ElectronicDocuments, context, string.Empty);
        List(root, fallback, schema, mapping, DeclarationFields.OriginCertificateRelation, d.OriginCertificateRelations, context, string.Empty);
        var goodsIndex = 0;
        foreach (var goods in d.Goods)
        {
            goodsIndex++;
            var item = Open(root, mapping, DeclarationFields.DeclarationGoods, goods, context, schema, out var goodsFallback);
            var licences = 0;
            foreach (var licence in goods.Licences)
            {
                licences++;
                List(item, goodsFallback, schema, mapping, DeclarationFields.GoodsLicence, [licence], context, string.Empty, licences);
                List(item, goodsFallback, schema, mapping, DeclarationFields.LicenceVehicle, licence.Vehicles, context, $"DecGoodsLimit[{licences}].");
            }

            var room = 9 - item.Segments.Count(x => x.Tag == "FTX");
            fallback.AddRange($"DecList[{goodsIndex}].", goodsFallback.WriteTo(item.Segments, room));
        }

        root.Segments.Insert(0, new EdifactSegment("UNS", [["D"]]));
        root.Segments.Add(new EdifactSegment("UNS", [["S"]]));
        fallback.WriteTo(root.Segments);
        List<EdifactSegment> segments = [new("UNH", [["1"], ["CUSDEC", "D", "96B", "UN"]]), .. root.Serialize().Where(s => s.Tag != "UNH" && s.Tag != "UNT")];
        segments.Add(new EdifactSegment("UNT", [[(segments.Count + 1).ToString(CultureInfo.InvariantCulture)], ["1"]]));

        var header = new EdifactInterchange(new EdifactSegment("UNB", [["UNOW", "4"]]));
        var report = new EdifactValidator().Validate(new EdifactMessage(header, null, segments));
        if (report.Errors.FirstOrDefault() is { } error)
        {
            throw new EdifactException("EDI401", $"the declaration does not fit CUSDEC D.96B at {error.Location.EdifactPath}: {error.Message}; shorten the texts or file it as XML", 0, 0, 0);
        }

        return segments;
    }

    private static void Refuse(string block, int extensions)
    {
        if (extensions > 0)
        {
            throw new EdifactException("EDI401", $"{block} holds {extensions} element(s) the SDK does not model; CUSDEC cannot carry them: remove them or file the declaration as XML", 0, 0, 0);
        }
    }

    /// <summary>Writes a block with one instance at a level: its template lines, the rest to the fallback.</summary>
    private static void Single<T>(Level level, Fallback fallback, EdifactSchema schema, CusdecMapping mapping, XmlBlock<T> block, T item, WireContext context)
    {
        Refuse(block.Element, block.Extensions(item).Count);
        var values = block.Fields.Select(f => f.Get(item, context)).ToArray();
        var used = new bool[values.Length];
        foreach (var line in mapping.Blocks.GetValueOrDefault(block.Element) ?? [])
        {
            if (Fill(line.Template, block, values, used, schema, anchor: line.Group is null && level.IsMandatory(line.Template.Tag)) is { } segment)
            {
                (line.Group is null ? level : level.Open(line.Group)).Segments.Add(segment);
            }
        }

        Rest(fallback, block, values, used, block.Element + ".");
    }

    /// <summary>Writes list items: each one's anchor (when the block has template lines), the rest to the fallback as <c>Block[i].Field</c>.</summary>
    private static void List<T>(Level level, Fallback fallback, EdifactSchema schema, CusdecMapping mapping, XmlBlock<T> block, IReadOnlyList<T> items, WireContext context, string prefix, int first = 1)
    {
        var anchor = mapping.Blocks.GetValueOrDefault(block.Element)?.FirstOrDefault();
        for (var i = 0; i < items.Count; i++)
        {
            Refuse(block.Element, block.Extensions(items[i]).Count);
            var values = block.Fields.Select(f => f.Get(items[i], context)).ToArray();
            var used = new bool[values.Length];
            var key = $"{prefix}{block.Element}[{first + i}]";
            if (anchor is not null)
            {
                (anchor.Group is null ? level : level.Open(anchor.Group)).Segments.Add(Anchor(anchor.Template, block, values, used, schema));
            }
            else if (values.All(v => v is null))
            {
                fallback.Add(key, null);
            }

            Rest(fallback, block, values, used, key + ".");
        }
    }

    /// <summary>Opens a group occurrence for a list item whose anchor opens a group (a goods item), with the block's other lines inside it.</summary>
    private static Level Open<T>(Level level, CusdecMapping mapping, XmlBlock<T> block, T item, WireContext context, EdifactSchema schema, out Fallback fallback)
    {
        Refuse(block.Element, block.Extensions(item).Count);
        var lines = mapping.Blocks[block.Element];
        var values = block.Fields.Select(f => f.Get(item, context)).ToArray();
        var used = new bool[values.Length];
        var occurrence = level.Open(lines[0].Group!);
        occurrence.Segments.Add(Anchor(lines[0].Template, block, values, used, schema));
        foreach (var line in lines.Skip(1))
        {
            if (Fill(line.Template, block, values, used, schema, anchor: false) is { } segment)
            {
                (line.Group is null ? occurrence : occurrence.Open(line.Group)).Segments.Add(segment);
            }
        }

        fallback = new Fallback();
        Rest(fallback, block, values, used, block.Element + ".");
        return occurrence;
    }

    /// <summary>Fills an anchor, which is always written: when its values cannot be expressed, it is written empty and they go to the fallback.</summary>
    private static EdifactSegment Anchor<T>(CusdecMapping.Template template, XmlBlock<T> block, string?[] values, bool[] used, EdifactSchema schema) =>
        Fill(template, block, values, used, schema, anchor: true) ?? Fill(template, block, new string?[values.Length], used, schema, anchor: true)!;

    private static EdifactSegment? Fill<T>(CusdecMapping.Template template, XmlBlock<T> block, string?[] values, bool[] used, EdifactSchema schema, bool anchor)
    {
        var segment = template.Fill(
            field => block.Index.TryGetValue(field, out var i) ? values[i] : null,
            (e, c, text) => Fits(schema, template.Tag, e, c, text),
            anchor);
        if (segment is not null)
        {
            foreach (var field in template.Fields)
            {
                if (block.Index.TryGetValue(field, out var i) && values[i] is { Length: > 0 })
                {
                    used[i] = true; // an empty text goes to the fallback, where it stays distinct from an absent one
                }
            }
        }

        return segment;
    }

    private static bool Fits(EdifactSchema schema, string tag, int element, int component, string text)
    {
        if (!schema.Segments.TryGetValue(tag, out var spec) || element > spec.Elements.Count)
        {
            return false;
        }

        var e = spec.Elements[element - 1];
        var format = e.Format ?? (component <= e.Components.Count ? e.Components[component - 1].Format : null);
        return format is not null && (e.Format is null || component == 1) && EdifactValidator.Check(text, format) is null;
    }

    private static void Rest<T>(Fallback fallback, XmlBlock<T> block, string?[] values, bool[] used, string prefix)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!used[i] && values[i] is not null)
            {
                fallback.Add(prefix + block.Fields[i].Name, values[i]);
            }
        }
    }

    /// <summary>The segments and group occurrences of one level, written in segment-table order.</summary>
    private sealed class Level(EdifactSchema.Group group)
    {
        public List<EdifactSegment> Segments { get; } = [];

        private List<(string Tag, Level Level)> Children { get; } = [];

        public bool IsMandatory(string tag) => group.Entries.Any(e => e.Tag == tag && e.Mandatory && e is not EdifactSchema.Group);

        public Level Open(string tag)
        {
            var child = new Level(group.Entries.OfType<EdifactSchema.Group>().Single(g => g.Tag == tag));
            Children.Add((tag, child));
            return child;
        }

        public IEnumerable<EdifactSegment> Serialize()
        {
            var pending = Segments.ToList();
            for (var k = 0; k < group.Entries.Count; k++)
            {
                var entry = group.Entries[k];
                if (entry is EdifactSchema.Group)
                {
                    foreach (var child in Children.Where(c => c.Tag == entry.Tag).SelectMany(c => c.Level.Serialize()))
                    {
                        yield return child;
                    }

                    continue;
                }

                var later = group.Entries.Skip(k + 1).Any(e => e.Tag == entry.Tag);
                var take = pending.Where(s => s.Tag == entry.Tag).Take(later ? entry.MaxRepeat : int.MaxValue).ToList();
                foreach (var segment in take)
                {
                    pending.Remove(segment);
                    yield return segment;
                }
            }
        }
    }
}

/// <summary>Reads a CUSDEC message written by <see cref="CusdecWriter"/> (or by a partner following the same guide) into a <see cref="CustomsDeclaration"/>.</summary>
/// <remarks>
/// The report holds the envelope findings (control counts, <c>EDI2xx</c>), the segment-table findings (<c>EDI3xx</c>) and
/// values that do not convert (<c>DEC003</c> …, located by line and segment). Syntax that cannot be read at all ends in an
/// issue, never an exception. Thread-safe.
/// </remarks>
public sealed class CusdecReader
{
    private readonly CusdecMapping _mapping;

    /// <summary>Initializes a new instance of the <see cref="CusdecReader"/> class.</summary>
    /// <param name="mapping">The guide; <see langword="null"/> for <see cref="CusdecMapping.Default"/>.</param>
    public CusdecReader(CusdecMapping? mapping = null) => _mapping = mapping ?? CusdecMapping.Default;

    /// <summary>Reads the first CUSDEC message of an interchange.</summary>
    /// <param name="edifact">The interchange; read to its end and left open.</param>
    /// <returns>The declaration (unless there is no readable CUSDEC message) and the problems met.</returns>
    public ReadResult<CustomsDeclaration> Read(Stream edifact)
    {
        ArgumentNullException.ThrowIfNull(edifact);
        var issues = new List<ValidationIssue>();
        if (!EdifactReader.TryReadFirst(edifact, "CUSDEC", issues, out var message))
        {
            return new ReadResult<CustomsDeclaration>(null, new ValidationReport(issues));
        }

        if (message is null)
        {
            issues.Add(new ValidationIssue("EDI402", ValidationSeverity.Error, "the interchange has no CUSDEC message: send a customs declaration (UNH S009 CUSDEC:D:96B:UN)", IssueLocation.Document));
            return new ReadResult<CustomsDeclaration>(null, new ValidationReport(issues));
        }

        var schema = EdifactSchema.Find("CUSDEC", "D", "96B")!;
        if (message.Directory != "D96B")
        {
            issues.Add(new ValidationIssue("EDI403", ValidationSeverity.Warning, $"the message is CUSDEC {message.Directory}; it is read with the D.96B guide", new IssueLocation { Line = message.Segments[0].Line, Segment = message.Segments[0].Number, EdifactPath = "UNH/S009" }));
        }

        var root = EdifactValidator.Parse(message, schema, issues);
        var session = new ReadSession(XmlLimits.Default, recordPositions: false);
        var declaration = Declaration(root, session);
        issues.AddRange(session.Issues);
        return new ReadResult<CustomsDeclaration>(declaration, new ValidationReport(issues));
    }

    private CustomsDeclaration Declaration(EdifactValidator.Node root, ReadSession s)
    {
        var fallback = Fallback.Read(root.Segments);
        var head = Single(root, fallback, s, DeclarationFields.DeclarationHead, "/DecMessage/DecHead", "Head", default, DeclarationBlocks.DeclarationHead);
        var context = new WireContext(head.Direction == TradeDirection.Export);
        var goods = new List<DeclarationGoods>();
        var lines = _mapping.Blocks["DecList"];
        foreach (var item in root.Children.Where(c => c.Group.Tag == lines[0].Group && lines[0].Template.Matches(c.Segments[0])))
        {
            var i = goods.Count;
            var spilled = $"DecList[{i + 1}].";
            var local = Fallback.Read(item.Segments)
                .Concat(fallback.Where(p => p.Key.StartsWith(spilled, StringComparison.Ordinal)).Select(p => (p.Key[spilled.Length..], p.Value, p.Segment)))
                .ToList();
            var values = Values(item, local, lines, "DecList.", item.Segments[0]);
            var licences = List(item, local, s, DeclarationFields.GoodsLicence, $"/DecMessage/DecLists/DecList[{i + 1}]", $"Goods[{i}].Licences", context, string.Empty, (v, k) =>
                DeclarationBlocks.GoodsLicence(v, List(item, local, s, DeclarationFields.LicenceVehicle, $"/DecMessage/DecLists/DecList[{i + 1}]/DecGoodsLimits/DecGoodsLimit[{k + 1}]", $"Goods[{i}].Licences[{k}].Vehicles", context, $"DecGoodsLimit[{k + 1}].", (w, _) => DeclarationBlocks.LicenceVehicle(w))));
            goods.Add(DeclarationBlocks.DeclarationGoods(Build(values, s, DeclarationFields.DeclarationGoods, $"/DecMessage/DecLists/DecList[{i + 1}]", $"Goods[{i}]", context), context.IsExport, licences));
        }

        var freeText = fallback.Any(p => p.Key == "DecFreeTxt" || p.Key.StartsWith("DecFreeTxt.", StringComparison.Ordinal))
            ? Single(root, fallback, s, DeclarationFields.DeclarationFreeText, "/DecMessage/DecFreeTxt", "FreeText", context, DeclarationBlocks.DeclarationFreeText)
            : null;
        return new CustomsDeclaration
        {
            Version = fallback.Where(p => p.Key == "DecMessage.Version").Select(p => p.Value).FirstOrDefault(),
            Head = head,
            Goods = goods,
            Containers = List(root, fallback, s, DeclarationFields.DeclarationContainer, "/DecMessage/DecContainers", "Containers", context, string.Empty, (v, _) => DeclarationBlocks.DeclarationContainer(v)),
            AttachedLicences = List(root, fallback, s, DeclarationFields.AttachedLicence, "/DecMessage/DecLicenseDocus", "AttachedLicences", context, string.Empty, (v, _) => DeclarationBlocks.AttachedLicence(v)),
            RequestedCertificates = List(root, fallback, s, DeclarationFields.RequestedCertificate, "/DecMessage/DecRequestCerts", "RequestedCertificates", context, string.Empty, (v, _) => DeclarationBlocks.RequestedCertificate(v)),
            OtherPackages = List(root, fallback, s, DeclarationFields.OtherPackage, "/DecMessage/DecOtherPacks", "OtherPackages", context, string.Empty, (v, _) => DeclarationBlocks.OtherPackage(v)),
            EnterpriseQualifications = List(root, fallback, s, DeclarationFields.EnterpriseQualification, "/DecMessage/DecCopLimits", "EnterpriseQualifications", context, string.Empty, (v, _) => DeclarationBlocks.EnterpriseQualification(v)),
            Users = List(root, fallback, s, DeclarationFields.GoodsUser, "/DecMessage/DecUsers", "Users", context, string.Empty, (v, _) => DeclarationBlocks.GoodsUser(v)),
            Promises = List(root, fallback, s, DeclarationFields.EnterprisePromise, "/DecMessage/DecCopPromises", "Promises", context, string.Empty, (v, _) => DeclarationBlocks.EnterprisePromise(v)),
            Sign = Single(root, fallback, s, DeclarationFields.DeclarationSign, "/DecMessage/DecSign", "Sign", context, DeclarationBlocks.DeclarationSign),
            FreeText = freeText,
            ElectronicDocuments = List(root, fallback, s, DeclarationFields.ElectronicDocument, "/DecMessage", "ElectronicDocuments", context, string.Empty, (v, _) => DeclarationBlocks.ElectronicDocument(v)),
            OriginCertificateRelations = List(root, fallback, s, DeclarationFields.OriginCertificateRelation, "/DecMessage", "OriginCertificateRelations", context, string.Empty, (v, _) => DeclarationBlocks.OriginCertificateRelation(v)),
        };
    }

    private T Single<T>(EdifactValidator.Node level, List<(string Key, string? Value, EdifactSegment Segment)> fallback, ReadSession s, XmlBlock<T> block, string xpath, string property, WireContext context, Func<FieldValues<T>, T> build) =>
        build(Build(Values(level, fallback, _mapping.Blocks.GetValueOrDefault(block.Element) ?? [], block.Element + ".", null), s, block, xpath, property, context));

    /// <summary>Reads list items: the anchors in order, then the fallback pairs <c>{prefix}Block[i].Field</c>.</summary>
    private List<T> List<T>(EdifactValidator.Node level, List<(string Key, string? Value, EdifactSegment Segment)> fallback, ReadSession s, XmlBlock<T> block, string wrapper, string property, WireContext context, string prefix, Func<FieldValues<T>, int, T> build)
    {
        var anchor = _mapping.Blocks.GetValueOrDefault(block.Element)?.FirstOrDefault();
        var anchors = anchor is null ? []
            : anchor.Group is null ? level.Segments.Where(anchor.Template.Matches).ToList()
            : level.Children.Where(c => c.Group.Tag == anchor.Group && anchor.Template.Matches(c.Segments[0])).Select(c => c.Segments[0]).ToList();
        var key = prefix + block.Element + "[";
        var indexed = fallback.Where(p => p.Key.StartsWith(key, StringComparison.Ordinal))
            .Select(p => (p, Index: int.TryParse(p.Key.AsSpan(key.Length, Math.Max(0, p.Key.IndexOf(']', key.Length) - key.Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0))
            .Where(x => x.Index > 0)
            .ToList();
        var count = Math.Max(anchors.Count, indexed.Count == 0 ? 0 : indexed.Max(x => x.Index));
        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            var values = new Dictionary<string, (string Text, int Line)>(StringComparer.Ordinal);
            if (i < anchors.Count)
            {
                foreach (var (field, value) in anchor!.Template.Read(anchors[i]))
                {
                    values.TryAdd(field, (value, anchors[i].Line));
                }
            }

            var itemKey = $"{key}{i + 1}].";
            foreach (var (p, _) in indexed.Where(x => x.Index == i + 1 && x.p.Key.StartsWith(itemKey, StringComparison.Ordinal) && x.p.Key.IndexOf('[', itemKey.Length) < 0))
            {
                if (p.Value is not null)
                {
                    values.TryAdd(p.Key[itemKey.Length..], (p.Value, p.Segment.Line));
                }
            }

            items.Add(build(Build(values, s, block, $"{wrapper}/{block.Element}[{i + 1}]", $"{property}[{i}]", context), i));
        }

        return items;
    }

    /// <summary>Collects a block's values at a level: template lines first, then the fallback pairs <c>{prefix}Field</c>.</summary>
    private static Dictionary<string, (string Text, int Line)> Values(EdifactValidator.Node level, List<(string Key, string? Value, EdifactSegment Segment)> fallback, List<CusdecMapping.Line> lines, string prefix, EdifactSegment? anchor)
    {
        var values = new Dictionary<string, (string Text, int Line)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var candidates = anchor is not null && line == lines[0] ? [anchor]
                : line.Group is null ? level.Segments
                : level.Children.Where(c => c.Group.Tag == line.Group).Select(c => c.Segments[0]);
            foreach (var segment in candidates.Where(line.Template.Matches))
            {
                foreach (var (field, value) in line.Template.Read(segment))
                {
                    values.TryAdd(field, (value, segment.Line));
                }
            }
        }

        foreach (var (key, value, segment) in fallback)
        {
            if (value is not null && key.StartsWith(prefix, StringComparison.Ordinal) && key.IndexOf('[', prefix.Length) < 0)
            {
                values.TryAdd(key[prefix.Length..], (value, segment.Line));
            }
        }

        return values;
    }

    private static FieldValues<T> Build<T>(Dictionary<string, (string Text, int Line)> values, ReadSession s, XmlBlock<T> block, string xpath, string property, WireContext context)
    {
        var fields = new FieldValues<T>(s, xpath, property, block, context);
        foreach (var (name, (text, line)) in values)
        {
            if (block.Index.TryGetValue(name, out var index))
            {
                fields.Add(index, text, line, 1);
            }
            else
            {
                s.Add("EDI404", ValidationSeverity.Warning, $"{name} is not a {block.Element} field; it was ignored (check the CUSDEC guide)", xpath, property, line, 1);
            }
        }

        return fields;
    }
}
