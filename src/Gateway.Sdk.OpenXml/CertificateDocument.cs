using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gateway.Sdk.Documents.Origin;

namespace Gateway.Sdk.OpenXml;

/// <summary>Prints a certificate of origin application (<see cref="CertificateOfOrigin"/>) as a Word document
/// (<c>.docx</c>) laid out like the certificate form, for an exporter's own print-out.</summary>
/// <remarks>
/// <para>The layout follows Form RCEP (RCEP Annex 3B and the form's overleaf notes), boxes numbered 1–16 as there:
/// 1 exporter, beside it the certificate number and the title; 2 consignee; 3 producer; 4 means of transport and route
/// (departure date, vessel or flight, port of discharge); 5 for official use (blank for the importing party); goods
/// columns 6 item number, 7 marks, 8 packages and description, 9 HS code (<see cref="CertificateType.HsDigits"/> digits,
/// 6 by default), 10 origin criterion, 11 country of origin, 12 quantity, gross weight and, where the criterion is RVC,
/// the FOB value, 13 invoices; the back-to-back, third-party invoicing and issued-retroactively checkboxes; 14 remarks
/// (<see cref="CertificateHead.Remark"/>, the <see cref="CertificateOfOrigin.Extensions"/> as
/// <see cref="OriginExtensionMaps.IntoRemarks"/> writes them, and each third-party invoicing operator); 15 the
/// exporter's declaration with the destination and the application date; 16 the certification, blank for the issuing
/// body. Every type is printed in this layout: the title names the type (<see cref="CertificateTypes.Default"/>) and
/// boxes 15 and 16 its agreement, or the rules of origin of the People's Republic of China for a non-preferential certificate.</para>
/// <para>A4 portrait, narrow margins, Arial with SimSun for Chinese text, one bordered grid. When the goods leave room on
/// the first page, their columns run down to the checkboxes as on the printed form; when they do not, they flow onto
/// further pages, each starting with the goods header row, and boxes 14–16 stay together with the last goods line. The
/// footer numbers the pages. Texts keep their line breaks; a character a <c>.docx</c> cannot carry is printed as U+FFFD.</para>
/// <para>This is a self-print aid, not an official template: the certificate that counts is the one the issuing body
/// issues, on its form. Thread-safe.</para>
/// </remarks>
public static class CertificateDocument
{
    /// <summary>The width of the form in twentieths of a point: A4 (11906) less two 720 margins.</summary>
    private const int FormWidth = 10466;

    /// <summary>Half of the form: the left and right columns of boxes 1–5 and 15–16.</summary>
    private const int Half = FormWidth / 2;

    /// <summary>The height between A4's top and bottom margins.</summary>
    private const int PageHeight = 16838 - (2 * 720);

    /// <summary>What the goods columns leave free on the first page, for errors in the estimates.</summary>
    private const int Safety = 800;

    /// <summary>Box titles, 7 pt.</summary>
    private const int TitleSize = 14;

    /// <summary>Values, 8.5 pt.</summary>
    private const int ValueSize = 17;

    private const string Box = "☐";
    private const string CheckedBox = "☒";

    /// <summary>The widths of goods columns 6–13; the first four and the last four each make <see cref="Half"/>.</summary>
    private static readonly int[] GoodsColumns = [620, 1180, 2536, 897, 900, 900, 1833, 1600];

    private static readonly string[] GoodsTitles =
    [
        "6. Item number",
        "7. Marks and numbers on packages",
        "8. Number and kind of packages; and description of goods",
        "9. HS Code of the goods (6 digit-level)",
        "10. Origin Conferring Criterion",
        "11. RCEP Country of Origin",
        "12. Quantity (Gross weight or other measurement), and value (FOB) where RVC is applied",
        "13. Invoice number(s) and date of invoice(s)",
    ];

    /// <summary>Writes the certificate as a <c>.docx</c> document to a stream.</summary>
    /// <param name="certificate">The certificate application.</param>
    /// <param name="output">The stream to write the document to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(CertificateOfOrigin certificate, Stream output)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(output);
        if (output is { CanSeek: true, CanRead: true })
        {
            Package(certificate, output);
            return;
        }

        // The package writer reads back what it wrote: a stream that cannot gets a copy.
        using var buffer = new MemoryStream();
        Package(certificate, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Writes the certificate as a <c>.docx</c> document.</summary>
    /// <param name="certificate">The certificate application.</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certificate"/> is <see langword="null"/>.</exception>
    public static byte[] Write(CertificateOfOrigin certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using var buffer = new MemoryStream();
        Package(certificate, buffer);
        return buffer.ToArray();
    }

    private static void Package(CertificateOfOrigin certificate, Stream output)
    {
        var form = new Form(certificate);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        document.PackageProperties.Title = Clean($"Certificate of origin {certificate.Head.CertificateNumber}".TrimEnd());
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<FontTablePart>().Fonts = Fonts();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = Footer(certificate.Head.CertificateNumber);
        main.Document = new Document(new Body(
            form.Top(),
            Spacer(),
            form.Goods(),
            Spacer(),
            new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 720, Right = 720U, Bottom = 720, Left = 720U, Header = 360U, Footer = 360U, Gutter = 0U })));
    }

    /// <summary>Makes the thinnest paragraph, which keeps two tables apart: adjacent tables would be joined into one, and
    /// the goods header row must be the first row of its table to repeat.</summary>
    private static Paragraph Spacer() => new(new ParagraphProperties(
        new SpacingBetweenLines { Before = "0", After = "0", Line = "2", LineRule = LineSpacingRuleValues.Exact },
        new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" })));

    /// <summary>Gathers what the form prints from a certificate.</summary>
    private sealed class Form(CertificateOfOrigin certificate)
    {
        private readonly CertificateHead _head = certificate.Head;
        private readonly CertificateType? _type = CertificateTypes.Default.TryGet(certificate.Head.CertificateType, out var type) ? type : null;

        /// <summary>The estimated height of what is laid out so far, in twentieths of a point.</summary>
        private int _used;

        /// <summary>Boxes 1–5 and the title: two columns.</summary>
        public Table Top()
        {
            string[] box1 = ["1. Goods consigned from (Exporter's name, address and country)", "2. Goods consigned to (Importer's/Consignee's name, address, country)", "3. Producer's name, address and country (if known)"];
            var transport = Transport();
            var table = Grid([Half, Half], bottomBorder: false);
            table.Append(
                Row(Used(1100, Estimate(Half, (box1[0], TitleSize), (_head.Exporter, ValueSize))),
                    Cell(Half, 1, null, Title(box1[0]), Value(_head.Exporter)),
                    Cell(Half, 1, MergedCellValues.Restart, TitleBlock())),
                Row(Used(1100, Estimate(Half, (box1[1], TitleSize), (_head.Consignee, ValueSize))),
                    Cell(Half, 1, null, Title(box1[1]), Value(_head.Consignee)),
                    Cell(Half, 1, MergedCellValues.Continue, new Paragraph())),
                Row(Used(800, Estimate(Half, (box1[2], TitleSize), (_head.Producer, ValueSize))),
                    Cell(Half, 1, null, Title(box1[2]), Value(_head.Producer)),
                    Cell(Half, 1, MergedCellValues.Continue, new Paragraph())),
                Row(Used(1500, Estimate(Half, [.. transport.Select(static p => ((string?)p.InnerText, ValueSize))])),
                    Cell(Half, 1, null, transport),
                    Cell(Half, 1, null, OfficialUse())));
            return table;
        }

        /// <summary>The goods (6–13), whose header row repeats on each page, then the checkboxes and boxes 14–16; when
        /// the goods leave room on the first page, their columns run down to the checkboxes, as on the printed form.</summary>
        public Table Goods()
        {
            var table = Grid(GoodsColumns);
            table.Append(new TableRow([new TableRowProperties(new CantSplit(), new TableHeader()), .. GoodsColumns.Select((width, i) => Cell(width, 1, null, Title(GoodsTitles[i])))]));
            Used(0, GoodsColumns.Select((width, i) => Estimate(width, (GoodsTitles[i], TitleSize))).Max());
            var invoicesPrinted = false;
            for (var i = 0; i < certificate.Goods.Count; i++)
            {
                var goods = certificate.Goods[i];
                string?[] values =
                [
                    Integer(goods.LineNumber ?? i + 1),
                    i == 0 ? _head.Marks : null,
                    Description(goods),
                    goods.HsCode is { } hs ? hs[..Math.Min(hs.Length, _type?.HsDigits ?? 6)] : null,
                    Join(" ", goods.OriginCriterion, goods.OriginSubCriterion, goods.OriginCriterionReference),
                    goods.OriginCountryEn ?? goods.OriginCountry,
                    Quantity(goods),
                    Invoices(goods, ref invoicesPrinted),
                ];
                var row = table.AppendChild(new TableRow([new TableRowProperties(new CantSplit()), .. GoodsColumns.Select((width, c) => Cell(width, 1, null, Value(values[c])))]));
                if (i == certificate.Goods.Count - 1)
                {
                    KeepWithNext(row);
                }

                Used(0, GoodsColumns.Select((width, c) => Estimate(width, (values[c], ValueSize))).Max());
            }

            string[] titles = ["14. Remarks", "15. Declaration by the exporter or producer", "16. Certification"];
            var remarks = Remarks();
            var declaration = Declaration();
            var certification = Certification();
            var tail = 360 + Math.Max(700, Estimate(FormWidth, (titles[0], TitleSize), (remarks, ValueSize)))
                + Math.Max(Estimate(Half, (titles[1], TitleSize), (declaration + _head.DestinationCountry, ValueSize)), Estimate(Half, (titles[2], TitleSize), (certification, ValueSize)))
                + 900;
            var room = PageHeight - Safety - _used - tail;
            if (room > 400)
            {
                KeepWithNext(table.AppendChild(new TableRow(
                [
                    new TableRowProperties(new TableRowHeight { Val = (uint)Math.Min(room, 7000), HeightType = HeightRuleValues.AtLeast }),
                    .. GoodsColumns.Select(static width => new TableCell(
                        new TableCellProperties(new TableCellWidth { Width = Integer(width), Type = TableWidthUnitValues.Dxa }, new TableCellBorders(new TopBorder { Val = BorderValues.Nil })),
                        new Paragraph())),
                ])));
            }

            var third = _head.ThirdPartyInvoicing == "1" || certificate.NonPartyOperators.Count > 0;
            var extensions = certificate.Extensions;

            // The checkboxes and boxes 14 and 15 keep with what follows: the closing boxes move to a next page together, with the last goods line.
            table.Append(
                KeepWithNext(Row(0, Cell(FormWidth, GoodsColumns.Length, null, new Paragraph(
                    new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }),
                    Check(extensions?.BackToBack is not null), Text(" Back-to-back Certificate of Origin        ", ValueSize),
                    Check(third), Text(" Third-party invoicing        ", ValueSize),
                    Check(extensions?.IssuedRetroactively == true), Text(" ISSUED RETROACTIVELY", ValueSize))))),
                KeepWithNext(Row(700, Cell(FormWidth, GoodsColumns.Length, null, Title(titles[0]), Value(remarks)))),
                KeepWithNext(Row(0,
                    Cell(Half, 4, null, Title(titles[1]), Statement(declaration, _head.DestinationCountry)),
                    Cell(Half, 4, null, Title(titles[2]), Statement(certification, null)))),
                Row(900,
                    Signature(Half, 4, Date(_head.ApplicationDate), "Place and date, signature of authorised signatory"),
                    Signature(Half, 4, null, "Place and date, signature and stamp of the Issuing Body")));
            return table;
        }

        /// <summary>Adds a row's height, the larger of its minimum and its estimate, to <see cref="_used"/>.</summary>
        /// <returns>The minimum, for the row.</returns>
        private int Used(int minimum, int estimate)
        {
            _used += Math.Max(minimum, estimate);
            return minimum;
        }

        private Paragraph[] TitleBlock()
        {
            var (name, _) = Names();
            var paragraphs = new List<Paragraph>
            {
                new(new ParagraphProperties(new SpacingBetweenLines { After = "360" }), Text("Certificate No. ", TitleSize), Text(_head.CertificateNumber, 22, bold: true)),
                Centered(0, Text("CERTIFICATE OF ORIGIN", 28, bold: true)),
            };
            if (name is not null)
            {
                paragraphs.Add(Centered(60, Text(name, name.Length > 24 ? 18 : 24, bold: true)));
            }

            paragraphs.Add(Centered(200, Text("Issued in ", ValueSize), Text("THE PEOPLE'S REPUBLIC OF CHINA", ValueSize, bold: true)));
            return [.. paragraphs];
        }

        private Paragraph[] Transport() =>
        [
            Title("4. Means of transport and route (if known)"),
            Labelled("Departure date: ", Date(_head.IntendedExportDate)),
            Labelled("Vessel's name/Aircraft flight number: ", _head.TransportName),
            Labelled("Port of discharge: ", _head.DischargePort),
            Value(_head.RouteDetails),
        ];

        private static Paragraph[] OfficialUse() =>
        [
            Title("5. For Official Use"),
            new(Check(false), Text(" Preferential Tariff Treatment Given", ValueSize)),
            new(Check(false), Text(" Preferential Tariff Treatment Not Given (please state reason/s)", ValueSize)),
            new(new ParagraphProperties(new SpacingBetweenLines { Before = "480" }), Text("..................................................................", ValueSize)),
            Title("Signature of authorised signatory of the Importing Party"),
        ];

        /// <summary>Gets the title's form name and the agreement boxes 15 and 16 name; a <see langword="null"/> agreement
        /// with a known non-preferential type says the rules of origin of China, with an unknown type says none.</summary>
        private (string? Name, string? Agreement) Names()
        {
            if (_type is null)
            {
                return (null, null);
            }

            if (_type.Code == "RC")
            {
                return ("Form RCEP", "the Regional Comprehensive Economic Partnership Agreement");
            }

            if (_type.AgreementCode is null && _type.OriginCriteria is { Count: 0 })
            {
                return (null, null);
            }

            var at = _type.NameEn.IndexOf(" certificate of origin", StringComparison.OrdinalIgnoreCase);
            var agreement = at > 0 ? _type.NameEn[..at] : _type.NameEn;
            if (agreement.EndsWith(" FTA", StringComparison.Ordinal))
            {
                agreement = agreement[..^4] + " Free Trade Agreement";
            }

            return (_type.NameEn, agreement.Length == 0 ? null : "the " + agreement);
        }

        private bool NonPreferential => _type is { AgreementCode: null, OriginCriteria.Count: 0 };

        private string Declaration()
        {
            var (_, agreement) = Names();
            var rules = agreement is not null ? $"the requirements specified for these goods in {agreement}"
                : NonPreferential ? "the rules of origin of the People's Republic of China"
                : "the origin requirements for these goods";
            return $"The undersigned hereby declares that the above details and statement are correct and that the goods covered in this Certificate comply with {rules}. These goods are exported to: ";
        }

        private string Certification()
        {
            var (_, agreement) = Names();
            var rules = agreement is not null ? $"the origin requirements specified in {agreement}"
                : NonPreferential ? "the rules of origin of the People's Republic of China"
                : "the origin requirements for these goods";
            return $"On the basis of control carried out, it is hereby certified that the information herein is correct and that the goods described comply with {rules}.";
        }

        private string? Remarks()
        {
            var lines = new List<string?> { _head.Remark };
            if (certificate.Extensions is { } extensions)
            {
                lines.AddRange(OriginExtensionMaps.Lines(extensions));
            }

            lines.AddRange(certificate.NonPartyOperators.Select(static o => "THIRD-PARTY INVOICING: " + Join(", ", o.Name, o.CountryName ?? o.CountryCode)));
            return Join("\n", [.. lines]);
        }

        private static string? Description(CertificateGoods goods) =>
            goods.Description ?? Join(" ", goods.PackageCount is { } count ? Number(count) : null, goods.PackageUnit, goods.NameEn ?? goods.Name);

        private string? Quantity(CertificateGoods goods)
        {
            var currency = _head.Currency ?? certificate.Invoices.Select(static i => i.Currency).FirstOrDefault(static c => c is not null);
            var rvc = goods.OriginCriterion?.Contains("RVC", StringComparison.OrdinalIgnoreCase) == true;
            return Join(
                "\n",
                goods.Quantity is { } quantity ? Join(" ", Number(quantity), goods.UnitEn ?? goods.Unit) : null,
                goods.GrossWeight is { } weight ? Join(" ", "G.W.", Number(weight), goods.WeightUnit) : null,
                rvc && goods.FobValue is { } fob ? Join(" ", "FOB", currency, fob.ToString("0.00", CultureInfo.InvariantCulture)) : null);
        }

        /// <summary>Gets box 13 of a line: its own invoice, else the certificate's invoices on the first line without one.</summary>
        private string? Invoices(CertificateGoods goods, ref bool printed)
        {
            if (goods.InvoiceNumber is { } own)
            {
                var date = certificate.Invoices.FirstOrDefault(i => i.Number == own)?.Date ?? (own == _head.InvoiceNumber ? _head.InvoiceDate : null);
                return Join("\n", own, Date(date));
            }

            if (printed)
            {
                return null;
            }

            printed = true;
            return certificate.Invoices.Count > 0
                ? Join("\n", [.. certificate.Invoices.Select(static i => Join("\n", i.Number, Date(i.Date)))])
                : Join("\n", _head.InvoiceNumber, Date(_head.InvoiceDate));
        }
    }

    /// <summary>Estimates the height of a cell's paragraphs, a little high: Latin characters 0.6 em wide, others 1 em,
    /// lines 1.2 em apart, plus the cell's margins.</summary>
    private static int Estimate(int width, params (string? Text, int Size)[] paragraphs)
    {
        var height = 80;
        foreach (var (text, size) in paragraphs)
        {
            var em = size * 10;
            foreach (var line in (text ?? string.Empty).Split('\n'))
            {
                var length = line.Sum(c => c < '\u2E80' ? em * 0.6 : em);
                height += (int)Math.Ceiling(Math.Max(1, Math.Ceiling(length * 1.15 / (width - 144))) * em * 1.2);
            }
        }

        return height;
    }

    private static Table Grid(int[] widths, bool bottomBorder = true) => new(
        new TableProperties(
            new TableWidth { Width = Integer(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 8U, Space = 0U, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 8U, Space = 0U, Color = "000000" },
                bottomBorder ? new BottomBorder { Val = BorderValues.Single, Size = 8U, Space = 0U, Color = "000000" } : new BottomBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Single, Size = 8U, Space = 0U, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 72, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 72, Type = TableWidthValues.Dxa })),
        new TableGrid(widths.Select(static w => new GridColumn { Width = Integer(w) })));

    private static TableRow Row(int minimumHeight, params TableCell[] cells)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (minimumHeight > 0)
        {
            properties.Append(new TableRowHeight { Val = (uint)minimumHeight, HeightType = HeightRuleValues.AtLeast });
        }

        return new TableRow([properties, .. cells]);
    }

    private static TableCell Cell(int width, int span, MergedCellValues? merge, params Paragraph[] paragraphs)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Integer(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new VerticalMerge { Val = m });
        }

        return new TableCell([properties, .. paragraphs]);
    }

    /// <summary>Box 15 or 16's signature area: a row without a line above, its text at the bottom.</summary>
    private static TableCell Signature(int width, int span, string? value, string label) => new(
        new TableCellProperties(
            new TableCellWidth { Width = Integer(width), Type = TableWidthUnitValues.Dxa },
            new GridSpan { Val = span },
            new TableCellBorders(new TopBorder { Val = BorderValues.Nil }),
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom }),
        Value(value),
        new Paragraph(Text("..................................................................", ValueSize)),
        Title(label));

    private static Paragraph Title(string text) => new(new ParagraphProperties(new SpacingBetweenLines { After = "20" }), Text(text, TitleSize));

    /// <summary>Keeps a row on the page of the next row: every paragraph in it keeps with the next.</summary>
    private static TableRow KeepWithNext(TableRow row)
    {
        foreach (var paragraph in row.Descendants<Paragraph>())
        {
            (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        }

        return row;
    }

    private static Paragraph Value(string? text) => new(Text(text, ValueSize));

    private static Paragraph Statement(string text, string? value) => new(
        Text(text, ValueSize),
        Text(value, ValueSize, bold: true));

    private static Paragraph Labelled(string label, string? value) => new(Text(label, TitleSize), Text(value, ValueSize));

    private static Paragraph Centered(int after, params Run[] runs) =>
        new([new ParagraphProperties(new SpacingBetweenLines { After = Integer(after) }, new Justification { Val = JustificationValues.Center }), .. runs]);

    private static Run Check(bool isChecked) => new(
        new RunProperties(new RunFonts { Ascii = "Segoe UI Symbol", HighAnsi = "Segoe UI Symbol", EastAsia = "Segoe UI Symbol", ComplexScript = "Segoe UI Symbol" }, new FontSize { Val = "20" }),
        new Text(isChecked ? CheckedBox : Box));

    /// <summary>Makes a run of text whose line breaks and tabs are kept.</summary>
    private static Run Text(string? text, int halfPoints, bool bold = false)
    {
        var properties = new RunProperties(new FontSize { Val = Integer(halfPoints) }, new FontSizeComplexScript { Val = Integer(halfPoints) });
        if (bold)
        {
            properties.Bold = new Bold();
        }

        var run = new Run(properties);
        if (string.IsNullOrEmpty(text))
        {
            return run;
        }

        var lines = Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                run.Append(new Break());
            }

            var parts = lines[l].Split('\t');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    run.Append(new TabChar());
                }

                if (parts[p].Length > 0)
                {
                    run.Append(new Text(parts[p]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return run;
    }

    /// <summary>Replaces what XML cannot carry (control characters, lone surrogates) by U+FFFD.</summary>
    private static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : c is '\t' or '\n' or '\r' or (>= ' ' and not '\uFFFE' and not '\uFFFF');
            if (!ok && clean is null)
            {
                clean = new StringBuilder(text, 0, i, text.Length);
            }

            clean?.Append(ok ? c : '\uFFFD');
        }

        return clean?.ToString() ?? text;
    }

    private static Footer Footer(string? number) => new(new Paragraph(
    [
        new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
        Text(number is null ? "Page " : $"Certificate No. {number}   Page ", TitleSize),
        .. Field("PAGE"),
        Text(" of ", TitleSize),
        .. Field("NUMPAGES"),
    ]));

    private static IEnumerable<Run> Field(string instruction) =>
    [
        new(new RunProperties(new FontSize { Val = Integer(TitleSize) }), new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new(new RunProperties(new FontSize { Val = Integer(TitleSize) }), new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
        new(new RunProperties(new FontSize { Val = Integer(TitleSize) }), new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new(new RunProperties(new FontSize { Val = Integer(TitleSize) }), new Text("1")),
        new(new RunProperties(new FontSize { Val = Integer(TitleSize) }), new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    /// <summary>Arial for Latin text, SimSun (宋体) for Chinese, no space between paragraphs.</summary>
    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", EastAsia = "SimSun", ComplexScript = "Arial" },
                new FontSize { Val = Integer(ValueSize) },
                new FontSizeComplexScript { Val = Integer(ValueSize) },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

    private static Fonts Fonts() => new(
        new Font(new Panose1Number { Val = "020B0604020202020204" }, new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Swiss }, new Pitch { Val = FontPitchValues.Variable }) { Name = "Arial" },
        new Font(new AltName { Val = "宋体" }, new Panose1Number { Val = "02010600030101010101" }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Auto }, new Pitch { Val = FontPitchValues.Variable }) { Name = "SimSun" },
        new Font(new Panose1Number { Val = "020B0502040204020203" }, new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Swiss }, new Pitch { Val = FontPitchValues.Variable }) { Name = "Segoe UI Symbol" });

    private static string? Join(string separator, params string?[] parts)
    {
        var set = parts.Where(static p => !string.IsNullOrEmpty(p)).ToArray();
        return set.Length == 0 ? null : string.Join(separator, set);
    }

    private static string Integer(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal n) => n.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
