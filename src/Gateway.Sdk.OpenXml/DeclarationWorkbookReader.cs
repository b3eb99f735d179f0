using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.OpenXml;

/// <summary>Reads a declaration workbook (the layout of <see cref="DeclarationWorkbookTemplate"/>) into declarations, with every problem located at its cell.</summary>
/// <remarks>
/// <para>Sheets are read row by row with the SAX-style reader. Columns are found by their English header (row 2), so
/// columns may be moved or left out. A column holds the model's meaning: on an export, <c>OriginCountry</c> is still the
/// country of origin, and the wire swap is applied as by <see cref="DeclarationXmlWriter"/>.</para>
/// <para>Issues: <c>WB001</c> not a workbook, <c>WB002</c> the Head sheet is missing, <c>WB003</c> (warning) a column that is
/// not a field, <c>WB004</c> a row without a key, <c>WB005</c> a key repeated on the Head sheet, <c>WB006</c> a row whose
/// key has no Head row, <c>WB007</c> XML that is malformed or breaks a limit (a DTD, a part inflating past
/// <see cref="WorkbookLimits.MaxCharactersPerPart"/>, deep nesting), <c>WB008</c> more declarations than
/// <see cref="WorkbookLimits.MaxDeclarations"/>; then, per filing, values that do not convert (<c>DEC003</c> …) and the declaration rules
/// (<see cref="DeclarationValidator"/>), each at its cell. Thread-safe.</para>
/// </remarks>
public sealed class DeclarationWorkbookReader
{
    private readonly DeclarationValidationOptions _options;
    private readonly WorkbookLimits _limits;

    /// <summary>Initializes a new instance of the <see cref="DeclarationWorkbookReader"/> class.</summary>
    /// <param name="options">The declaration rules' options; <see langword="null"/> for <see cref="DeclarationValidationOptions.Default"/>.</param>
    /// <param name="limits">The reading limits; <see langword="null"/> for <see cref="WorkbookLimits.Default"/>.</param>
    public DeclarationWorkbookReader(DeclarationValidationOptions? options = null, WorkbookLimits? limits = null) =>
        (_options, _limits) = (options ?? DeclarationValidationOptions.Default, limits ?? WorkbookLimits.Default);

    /// <summary>Reads a workbook.</summary>
    /// <param name="workbook">The <c>.xlsx</c> package; read to its end and left open.</param>
    /// <returns>The filings and the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is <see langword="null"/>.</exception>
    public WorkbookImport<CustomsDeclaration> Read(Stream workbook) =>
        WorkbookSheets.Import<CustomsDeclaration>(workbook, _limits, DeclarationWorkbookLayout.Sheets, "declaration", DeclarationWorkbookLayout.KeyLabelZh, "declaration", Filing);

    private WorkbookFiling<CustomsDeclaration> Filing(SheetRow head, Dictionary<string, List<SheetRow>> sheets)
    {
        var s = new ReadSession(XmlLimits.Default, recordPositions: true);
        var cells = new Dictionary<(int Row, int Column), string>();
        var headValues = Block(s, cells, head, DeclarationFields.DeclarationHead, "/DecMessage/DecHead", "Head", default);
        var declarationHead = DeclarationBlocks.DeclarationHead(headValues);

        // A blank Type cell is an ordinary declaration: positions 1–3 blank, which XML writes as an empty element.
        declarationHead = declarationHead.DeclarationType is null ? declarationHead with { DeclarationType = DeclarationType.FromRaw(string.Empty) } : declarationHead;
        var context = new WireContext(declarationHead.Direction == TradeDirection.Export);
        var freeText = head.Values.Any(static v => v.Column.Block == "DecFreeTxt") ? DeclarationBlocks.DeclarationFreeText(Block(s, cells, head, DeclarationFields.DeclarationFreeText, "/DecMessage/DecFreeTxt", "FreeText", context)) : null;
        List<T> Children<T>(string sheet, XmlBlock<T> block, string wrapper, string property, Func<FieldValues<T>, T> build) =>
            [.. (sheets.GetValueOrDefault(sheet) ?? []).Where(r => r.Key == head.Key).Select((r, i) => build(Block(s, cells, r, block, $"/DecMessage/{wrapper}/{block.Element}[{i + 1}]", $"{property}[{i}]", context)))];
        var declaration = new CustomsDeclaration
        {
            Head = declarationHead,
            Goods = Children("Lines", DeclarationFields.DeclarationGoods, "DecLists", "Goods", f => DeclarationBlocks.DeclarationGoods(f, context.IsExport, [])),
            Containers = Children("Containers", DeclarationFields.DeclarationContainer, "DecContainers", "Containers", DeclarationBlocks.DeclarationContainer),
            AttachedLicences = Children("Licences", DeclarationFields.AttachedLicence, "DecLicenseDocus", "AttachedLicences", DeclarationBlocks.AttachedLicence),
            Sign = DeclarationBlocks.DeclarationSign(Block(s, cells, head, DeclarationFields.DeclarationSign, "/DecMessage/DecSign", "Sign", context)),
            FreeText = freeText,
            ElectronicDocuments = [.. (sheets.GetValueOrDefault("Documents") ?? []).Where(r => r.Key == head.Key).Select((r, i) => DeclarationBlocks.ElectronicDocument(Block(s, cells, r, DeclarationFields.ElectronicDocument, $"/DecMessage/EdocRealation[{i + 1}]", $"ElectronicDocuments[{i}]", context)))],
        };

        // Conversion issues carry the cell as line and column; rule issues are placed by the XPath of the element they name.
        var located = s.Issues.Select(i => i with { Location = i.Location with { Cell = cells.GetValueOrDefault((i.Location.Line, i.Location.Column)), Line = 0, Column = 0 } })
            .Concat(new DeclarationValidator(_options).Validate(declaration).Issues.Select(i => i with { Location = i.Location with { Cell = Place(i.Location, s, cells) ?? head.KeyCell } }));
        return new WorkbookFiling<CustomsDeclaration>(head.Key, head.Row, declaration, new ValidationReport(located));
    }

    /// <summary>Fills a block's values from a row: each column goes to the wire element that holds its meaning in this direction.</summary>
    private static FieldValues<T> Block<T>(ReadSession s, Dictionary<(int, int), string> cells, SheetRow row, XmlBlock<T> block, string xpath, string property, WireContext context)
    {
        // Issues and positions carry a line and a column: the line is the row with the sheet's ordinal above it, so that
        // cells of different sheets stay apart.
        var line = row.Line;
        var values = new FieldValues<T>(s, xpath, property, block, context);
        s.Record(xpath, line, 1);
        cells[(line, 1)] = row.KeyCell;
        // Every column of the block gets its position, empty or not, so that a rule about a missing value points at its cell.
        foreach (var field in block.Fields)
        {
            if (row.Columns.TryGetValue((block.Element, field.PropertyFor(context)), out var column))
            {
                s.Record($"{xpath}/{field.Name}", line, column);
                cells[(line, column)] = Reference(row.Sheet, row.Row, column);
            }
        }

        foreach (var (column, text, cell) in row.Values.Where(v => v.Column.Block == block.Element))
        {
            var index = Array.FindIndex(block.Fields, f => f.PropertyFor(context) == column.Property);
            if (index >= 0)
            {
                values.Add(index, text, line, cell.Column);
            }
        }

        return values;
    }

    private static string? Place(IssueLocation location, ReadSession s, Dictionary<(int, int), string> cells)
    {
        for (var path = location.XPath ?? string.Empty; path.Length > 0; path = path[..Math.Max(0, path.LastIndexOf('/'))])
        {
            if (s.Positions!.TryGetValue(path, out var at) && cells.TryGetValue(at, out var cell))
            {
                return cell;
            }
        }

        return null;
    }

    private static string Reference(string sheet, int row, int column) => WorkbookCells.Reference(sheet, row, column);
}
