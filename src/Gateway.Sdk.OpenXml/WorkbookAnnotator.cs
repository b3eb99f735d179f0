using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.OpenXml;

/// <summary>Writes issues back into a copy of a workbook: a comment on each cell with its problems, and the cell highlighted.</summary>
/// <remarks>Issues without a <see cref="IssueLocation.Cell"/> are left out. A cell keeps its number format and font; only its
/// fill changes (light red for errors, light yellow when the cell has warnings only). Comments are Excel notes (the legacy
/// kind that every Excel version and LibreOffice show). Thread-safe.</remarks>
public static class WorkbookAnnotator
{
    /// <summary>Copies a workbook and annotates the copy.</summary>
    /// <param name="workbook">The original <c>.xlsx</c>; it is read, not changed, and left open.</param>
    /// <param name="output">The stream to write the annotated copy to; it is left open.</param>
    /// <param name="issues">The issues, such as <see cref="WorkbookImport{T}.Report"/>.</param>
    /// <returns>How many cells were annotated.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static int Annotate(Stream workbook, Stream output, IEnumerable<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(issues);
        using var copy = new MemoryStream();
        workbook.CopyTo(copy);
        var count = 0;
        using (var document = SpreadsheetDocument.Open(copy, true))
        {
            var part = document.WorkbookPart!;
            var fills = new Highlights(part);
            foreach (var sheet in issues.Where(static i => i.Location.Cell is not null).GroupBy(static i => SplitSheet(i.Location.Cell!).Sheet))
            {
                var id = part.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == sheet.Key)?.Id?.Value;
                if (id is null)
                {
                    continue;
                }

                var cells = sheet.GroupBy(static i => SplitSheet(i.Location.Cell!).Reference).ToList();
                Annotate((WorksheetPart)part.GetPartById(id), cells, fills);
                count += cells.Count;
            }
        }

        copy.Position = 0;
        copy.CopyTo(output);
        return count;
    }

    private static void Annotate(WorksheetPart part, List<IGrouping<string, ValidationIssue>> cells, Highlights fills)
    {
        var data = part.Worksheet.GetFirstChild<SheetData>() ?? part.Worksheet.AppendChild(new SheetData());
        var comments = part.WorksheetCommentsPart ?? part.AddNewPart<WorksheetCommentsPart>();
        comments.Comments ??= new Comments(new Authors(new Author("gateway")), new CommentList());
        var author = (uint)comments.Comments.Authors!.ChildElements.Count - 1;
        var shapes = new StringBuilder();
        foreach (var cell in cells)
        {
            var target = Cell(data, cell.Key);
            var errors = cell.Any(static i => i.Severity == ValidationSeverity.Error);
            target.StyleIndex = fills.Highlighted(target.StyleIndex?.Value ?? 0, errors);
            var text = string.Join("\n", cell.Select(static i => $"{i.Severity.ToString().ToLowerInvariant()} {i.Code}: {i.Message}"));
            comments.Comments.CommentList!.Append(new Comment(new CommentText(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))) { Reference = cell.Key, AuthorId = author });
            var (row, column) = Position(cell.Key);
            shapes.Append(CultureInfo.InvariantCulture, $"""<v:shape type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:240pt;height:80pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{column + 1}, 15, {row}, 2, {column + 5}, 15, {row + 5}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>{row}</x:Row><x:Column>{column}</x:Column></x:ClientData></v:shape>""");
        }

        // Excel shows notes through a VML drawing: add the shapes to the sheet's drawing, or give the sheet one.
        var vml = part.VmlDrawingParts.FirstOrDefault();
        string xml;
        if (vml is null)
        {
            vml = part.AddNewPart<VmlDrawingPart>();
            xml = """<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>""";
            part.Worksheet.InsertBefore(new LegacyDrawing { Id = part.GetIdOfPart(vml) }, LaterThanLegacyDrawing(part.Worksheet));
        }
        else
        {
            using var reader = new StreamReader(vml.GetStream(FileMode.Open, FileAccess.Read));
            xml = reader.ReadToEnd();
        }

        var end = xml.LastIndexOf("</xml>", StringComparison.Ordinal);
        using var writer = new StreamWriter(vml.GetStream(FileMode.Create, FileAccess.Write));
        writer.Write(string.Concat(xml.AsSpan(0, end), shapes.ToString(), "</xml>"));
    }

    /// <summary>Finds the first element that the schema orders after <c>legacyDrawing</c>, to insert before it (or null: append).</summary>
    private static OpenXmlElement? LaterThanLegacyDrawing(Worksheet worksheet) =>
        worksheet.ChildElements.FirstOrDefault(static e => e is LegacyDrawingHeaderFooter or DrawingHeaderFooter or Picture or OleObjects or Controls or WebPublishItems or TableParts or WorksheetExtensionList);

    /// <summary>Finds a cell, creating it (and its row) in order when the sheet has no such cell.</summary>
    private static Cell Cell(SheetData data, string reference)
    {
        var (row, column) = Position(reference);
        var index = (uint)(row + 1);
        var target = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == index);
        if (target is null)
        {
            target = new Row { RowIndex = index };
            data.InsertBefore(target, data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value > index));
        }

        var cell = target.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            target.InsertBefore(cell, target.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value is { } other && Position(other).Column > column));
        }

        return cell;
    }

    private static (string Sheet, string Reference) SplitSheet(string cell)
    {
        var bang = cell.LastIndexOf('!');
        return (cell[..bang].Trim('\''), cell[(bang + 1)..]);
    }

    /// <summary>Gets a reference's 0-based row and column, as VML anchors count them.</summary>
    private static (int Row, int Column) Position(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return (int.Parse(reference.AsSpan(i), CultureInfo.InvariantCulture) - 1, column - 1);
    }

    /// <summary>Adds the two highlight fills to the workbook's styles and gives each cell format a highlighted twin.</summary>
    private sealed class Highlights(WorkbookPart workbook)
    {
        private readonly Dictionary<(uint, bool), uint> _twins = [];
        private (uint Error, uint Warning)? _fills;

        public uint Highlighted(uint style, bool error)
        {
            if (_twins.TryGetValue((style, error), out var twin))
            {
                return twin;
            }

            var styles = (workbook.WorkbookStylesPart ?? workbook.AddNewPart<WorkbookStylesPart>()).Stylesheet ??= new Stylesheet(new Fonts(new Font()), new DocumentFormat.OpenXml.Spreadsheet.Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })), new Borders(new Border()), new CellFormats(new CellFormat()));
            styles.Fills ??= new DocumentFormat.OpenXml.Spreadsheet.Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
            styles.CellFormats ??= new CellFormats(new CellFormat());
            _fills ??= (Add(styles.Fills, "FFFFC7CE"), Add(styles.Fills, "FFFFEB9C"));
            var original = styles.CellFormats.Elements<CellFormat>().ElementAtOrDefault((int)style) ?? new CellFormat();
            var highlighted = (CellFormat)original.CloneNode(true);
            highlighted.FillId = error ? _fills.Value.Error : _fills.Value.Warning;
            highlighted.ApplyFill = true;
            styles.CellFormats.Append(highlighted);
            styles.CellFormats.Count = (uint)styles.CellFormats.ChildElements.Count;
            return _twins[(style, error)] = (uint)styles.CellFormats.ChildElements.Count - 1;
        }

        private static uint Add(DocumentFormat.OpenXml.Spreadsheet.Fills fills, string rgb)
        {
            fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = rgb }) { PatternType = PatternValues.Solid }));
            fills.Count = (uint)fills.ChildElements.Count;
            return fills.Count.Value - 1;
        }
    }
}
