using System.Globalization;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.OpenXml;

/// <summary>Is one workbook column bound to a property of a model type: its header, how to write the cell and how to read it back.</summary>
/// <param name="Property">The English header and the property path below the row's object, such as <c>Consignee.Address.CountryCode</c>.</param>
/// <param name="LabelZh">The Chinese header.</param>
/// <param name="Get">Gets the cell text, or <see langword="null"/> when unset.</param>
/// <param name="Set">Returns the object with the value read from a non-empty text, or <see langword="null"/> when the text does not convert.</param>
/// <param name="Expected">What a valid text looks like, for the error message.</param>
/// <param name="Required">Whether the header is yellow: the common filing needs it.</param>
/// <param name="Table">The code table whose codes the column's drop-down offers, or <see langword="null"/>.</param>
/// <param name="Column">The English header when it is not <paramref name="Property"/>.</param>
internal sealed record BoundColumn<T>(string Property, string LabelZh, Func<T, string?> Get, Func<T, string, T?> Set, string Expected, bool Required = false, string? Table = null, string? Column = null)
    where T : class
{
    /// <summary>Gets the English header.</summary>
    public string Header => Column ?? Property;
}

/// <summary>Builds <see cref="BoundColumn{T}"/> entries for the value kinds of the workbooks, and lifts the columns of a nested object.</summary>
internal static class BoundColumn
{
    /// <summary>The separator of the items of a list cell; items are trimmed and empty ones dropped.</summary>
    public const char ListSeparator = ';';

    public static BoundColumn<T> Text<T>(string property, string zh, Func<T, string?> get, Func<T, string, T> set, bool required = false, string? table = null)
        where T : class => new(property, zh, get, set, "text", required, table);

    public static BoundColumn<T> Number<T>(string property, string zh, Func<T, decimal?> get, Func<T, decimal, T> set, bool required = false)
        where T : class => new(property, zh, x => get(x) is { } v ? XmlFormat.Decimal(v) : null, (x, t) => XmlFormat.TryParseDecimal(t.Trim(), out var v) ? set(x, v) : null, "a number such as 1250.5", required);

    public static BoundColumn<T> Whole<T>(string property, string zh, Func<T, long?> get, Func<T, long, T> set, bool required = false)
        where T : class => new(property, zh, x => get(x)?.ToString(CultureInfo.InvariantCulture), (x, t) => long.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? set(x, v) : null, "a whole number such as 12", required);

    public static BoundColumn<T> Integer<T>(string property, string zh, Func<T, int?> get, Func<T, int, T> set, bool required = false)
        where T : class => new(property, zh, x => get(x)?.ToString(CultureInfo.InvariantCulture), (x, t) => int.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? set(x, v) : null, "a whole number such as 1", required);

    /// <summary>A list of codes in one cell, separated by <see cref="ListSeparator"/>: <c>CNSHA; KRPUS</c>.</summary>
    public static BoundColumn<T> List<T>(string property, string zh, Func<T, IReadOnlyList<string>> get, Func<T, string[], T> set)
        where T : class => new(property, zh, x => get(x) is { Count: > 0 } list ? string.Join("; ", list) : null, (x, t) => set(x, Items(t)), "a list separated by ;");

    /// <summary>A list of values with a code each in one cell, <c>value(code)</c> separated by <see cref="ListSeparator"/>:
    /// <c>13800000000(TE); ops@example.com(EM)</c>; the code in parentheses at an item's end is optional.</summary>
    public static BoundColumn<T> Coded<T, TItem>(string property, string zh, Func<T, IReadOnlyList<TItem>> get, Func<TItem, (string? Value, string? Code)> split, Func<string?, string?, TItem> make, Func<T, TItem[], T> set)
        where T : class => new(
            property,
            zh,
            x => get(x) is { Count: > 0 } list ? string.Join("; ", list.Select(i => split(i) is var (value, code) && !string.IsNullOrEmpty(code) ? $"{value}({code})" : value)) : null,
            (x, t) => set(x, [.. Items(t).Select(item => item.EndsWith(')') && item.LastIndexOf('(') is var open and >= 0 ? make(Blank(item[..open].TrimEnd()), Blank(item[(open + 1)..^1].Trim())) : make(item, null))]),
            "a list of value(code) separated by ;, such as 13800000000(TE)");

    /// <summary>Lifts the columns of a nested object: headers get <paramref name="prefix"/> and a dot, Chinese labels <paramref name="zh"/>;
    /// the nested object is created when the first of its cells is read. <paramref name="optional"/> clears the columns' required marks.</summary>
    public static IEnumerable<BoundColumn<TOuter>> Nest<TOuter, TInner>(string prefix, string zh, IEnumerable<BoundColumn<TInner>> columns, Func<TOuter, TInner?> get, Func<TOuter, TInner, TOuter> set, Func<TInner> create, bool optional = false)
        where TOuter : class
        where TInner : class =>
        columns.Select(c => new BoundColumn<TOuter>(
            $"{prefix}.{c.Property}",
            zh + c.LabelZh,
            x => get(x) is { } inner ? c.Get(inner) : null,
            (x, t) => c.Set(get(x) ?? create(), t) is { } inner ? set(x, inner) : null,
            c.Expected,
            c.Required && !optional,
            c.Table));

    /// <summary>Fills an object from a row's cells of one block, recording each column's cell under its property path
    /// (the object's own path gets the row's key cell); a value that does not convert is reported with <paramref name="code"/> and left unset.</summary>
    public static T Fill<T>(IReadOnlyList<BoundColumn<T>> columns, string block, SheetRow row, string path, T value, CellMap cells, List<ValidationIssue> issues, string code)
        where T : class
    {
        cells.Add(path, row.KeyCell);
        foreach (var column in columns)
        {
            if (row.Columns.TryGetValue((block, column.Header), out var index))
            {
                cells.Add($"{path}.{column.Property}", WorkbookCells.Reference(row.Sheet, row.Row, index));
            }
        }

        foreach (var (column, text, cell) in row.Values.Where(v => v.Column.Block == block && v.Text.Length > 0))
        {
            var bound = columns.First(c => c.Header == column.Property);
            if (bound.Set(value, text) is { } set)
            {
                value = set;
            }
            else
            {
                issues.Add(new ValidationIssue(code, ValidationSeverity.Error, $"{column.Property} '{XmlFormat.Excerpt(text)}' is not {bound.Expected}", new IssueLocation { Cell = cell.Reference, PropertyPath = $"{path}.{bound.Property}" }));
            }
        }

        return value;
    }

    private static string[] Items(string text) =>
        text.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}

/// <summary>Maps the property paths of a filing's document to the cells they were read from, so that a rule's finding lands on its cell.</summary>
/// <param name="fallback">The cell for a path with no cell of its own or above it: the filing's key cell.</param>
internal sealed class CellMap(string fallback)
{
    private readonly Dictionary<string, string> _cells = new(StringComparer.Ordinal);

    public void Add(string path, string cell) => _cells[path] = cell;

    /// <summary>Gets the cell of a path, or of the nearest path above it (<c>Items[2].ContainerIds[1]</c> → <c>Items[2].ContainerIds</c> → <c>Items[2]</c>).</summary>
    public string Find(string? path)
    {
        for (var p = path ?? string.Empty; p.Length > 0; p = p[..Math.Max(0, p.LastIndexOfAny(['.', '[']))])
        {
            if (_cells.TryGetValue(p, out var cell))
            {
                return cell;
            }
        }

        return fallback;
    }

    /// <summary>Places a report's issues at their cells.</summary>
    public IEnumerable<ValidationIssue> Place(ValidationReport report) =>
        report.Issues.Select(i => i with { Location = i.Location with { Cell = Find(i.Location.PropertyPath) } });
}
