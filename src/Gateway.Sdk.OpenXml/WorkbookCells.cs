using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.OpenXml;

/// <summary>Reads the cells of a worksheet as a stream of XML, so a large workbook is never loaded whole and a hostile one
/// (a DTD, an entity expansion, a part that inflates to gigabytes, deep nesting) ends in an <see cref="XmlException"/>
/// instead of exhausting memory or the stack.</summary>
internal static class WorkbookCells
{
    /// <summary>Spreadsheet markup nests at most seven levels (worksheet, sheetData, row, c, is, r, t); this leaves room.</summary>
    private const int MaxDepth = 32;

    /// <summary>Opens a workbook and reads it; a file that is not a workbook (<c>WB001</c>), holds malformed or hostile XML
    /// (<c>WB007</c>) or too many rows (<c>WB008</c>, with <paramref name="tooManyRows"/> as the message) ends in one issue.</summary>
    /// <returns>What <paramref name="read"/> returned, or <see langword="default"/> with the issue added.</returns>
    public static T? Open<T>(Stream workbook, WorkbookLimits limits, List<ValidationIssue> issues, string tooManyRows, Func<SpreadsheetDocument, T> read)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(workbook.CanSeek ? workbook : Copy(workbook), false, new OpenSettings { MaxCharactersInPart = limits.MaxCharactersPerPart });
            return read(document);
        }
        catch (TooManyRowsException)
        {
            issues.Add(Issue("WB008", tooManyRows));
        }
        catch (XmlException e)
        {
            issues.Add(Issue("WB007", $"the workbook's XML is malformed or breaks a limit ({XmlFormat.Excerpt(e.Message)}): save it again from Excel as an .xlsx workbook"));
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException)
        {
            issues.Add(Issue("WB001", "the file is not an Excel workbook (.xlsx) the SDK can read: save it from Excel as an .xlsx workbook"));
        }

        return default;

        static ValidationIssue Issue(string code, string message) => new(code, ValidationSeverity.Error, message, new IssueLocation());
    }

    /// <summary>Gets a cell's reference with its sheet, as issues carry it: <c>'表头 Head'!B3</c>.</summary>
    public static string Reference(string sheet, int row, int column) => $"'{sheet}'!{SheetWriter.ColumnName(column)}{row}";

    /// <summary>Reads the shared strings table, the texts most cells refer to.</summary>
    public static List<string> SharedStrings(WorkbookPart workbook, WorkbookLimits? limits = null)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var xml = Open(part, limits ?? WorkbookLimits.Default);
        while (Next(xml))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(Text(xml));
            }
        }

        return strings;
    }

    /// <summary>Lists the non-empty cells of a sheet as (1-based row, 1-based column, text).</summary>
    /// <exception cref="TooManyRowsException">The sheet has more than <paramref name="maxRows"/> rows.</exception>
    public static IEnumerable<(int Row, int Column, string Text)> Read(WorksheetPart part, List<string> shared, WorkbookLimits? limits = null, int maxRows = int.MaxValue)
    {
        using var xml = Open(part, limits ?? WorkbookLimits.Default);
        var (row, next, rows) = (0, 1, 0);
        while (Next(xml))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "row")
            {
                if (++rows > maxRows)
                {
                    throw new TooManyRowsException();
                }

                row = int.TryParse(xml.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                next = 1;
            }
            else if (xml.LocalName == "c")
            {
                var (cellRow, column) = xml.GetAttribute("r") is { } reference ? Parse(reference) : (row, next);
                next = column + 1;
                var type = xml.GetAttribute("t");
                if (Value(xml, type, shared) is { Length: > 0 } text)
                {
                    yield return (cellRow, column, text);
                }
            }
        }
    }

    private static XmlReader Open(OpenXmlPart part, WorkbookLimits limits) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxCharactersPerPart,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    });

    private static bool Next(XmlReader xml)
    {
        var more = xml.Read();
        return more && xml.Depth > MaxDepth
            ? throw new XmlException($"the XML nests deeper than {MaxDepth} levels, which no spreadsheet does")
            : more;
    }

    /// <summary>Reads a cell's text: the shared string, the inline string, or the value.</summary>
    private static string Value(XmlReader xml, string? type, List<string> shared)
    {
        if (type == "inlineStr")
        {
            return Text(xml);
        }

        var value = string.Empty;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            while (Next(xml) && xml.Depth > depth)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
                {
                    value = xml.ReadElementContentAsString();
                    break;
                }
            }
        }

        if (type == "s")
        {
            return int.TryParse(value, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : string.Empty;
        }

        // Excel stores numbers as doubles written with up to 17 digits (0.1 as 0.10000000000000001): give back what was typed.
        if (type is null or "n" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Math.Abs(number) < 7.9e27)
        {
            return ((decimal)number).ToString(CultureInfo.InvariantCulture);
        }

        return value;
    }

    /// <summary>Concatenates the <c>t</c> texts of a string item or inline string, leaving out phonetic runs (<c>rPh</c>).</summary>
    private static string Text(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var depth = xml.Depth;
        var phonetic = -1;
        while (Next(xml) && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh" && !xml.IsEmptyElement)
            {
                phonetic = xml.Depth;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == phonetic)
            {
                phonetic = -1;
            }
            else if (phonetic < 0 && xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
            {
                text.Append(xml.Value);
            }
        }

        return text.ToString();
    }

    private static MemoryStream Copy(Stream input)
    {
        var copy = new MemoryStream();
        input.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>Splits a reference such as <c>AB12</c> into row 12 and column 28.</summary>
    private static (int Row, int Column) Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return (int.TryParse(reference.AsSpan(i), CultureInfo.InvariantCulture, out var row) ? row : 0, column);
    }
}

/// <summary>Is thrown when a sheet has more rows than its limit, as soon as the row past it is read.</summary>
internal sealed class TooManyRowsException : Exception
{
}
