using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;

namespace Gateway.Sdk.OpenXml;

/// <summary>Lists the sheets of the declaration workbook and their columns, in specification order.</summary>
/// <remarks>Columns come from <c>Data/declaration-columns.csv</c>; lengths, required levels and code tables from the SDK's field
/// table (<c>dec-fields.csv</c>), so the workbook and the validator never disagree.</remarks>
internal static class DeclarationWorkbookLayout
{
    /// <summary>The first column of every data sheet: the key that ties goods lines, containers and documents to their declaration.</summary>
    public const string KeyLabelZh = "报关单序号";

    public const string KeyLabelEn = "Declaration";

    private static readonly Lazy<IReadOnlyList<WorkbookSheet>> Embedded = new(Load);

    public static IReadOnlyList<WorkbookSheet> Sheets => Embedded.Value;

    private static List<WorkbookSheet> Load()
    {
        using var stream = typeof(DeclarationWorkbookLayout).Assembly.GetManifestResourceStream("Gateway.Sdk.OpenXml.declaration-columns.csv")!;
        using var reader = new StreamReader(stream);
        var columns = new List<(string Sheet, WorkbookColumn Column)>();
        foreach (var (_, c) in CsvData.Read(reader, "declaration-columns.csv").Rows)
        {
            var rule = FieldRule.All.GetValueOrDefault($"{c[1]}/{c[2]}");
            columns.Add((c[0], new WorkbookColumn(c[1], c[2], c[3], c[4], rule?.Table, rule?.Submit ?? false)));
        }

        return
        [
            new("表头 Head", "Head", "一份报关单一行 · one row per declaration", [.. columns.Where(static c => c.Sheet == "Head").Select(static c => c.Column)]),
            new("商品 Lines", "Lines", "一个商品项一行 · one row per goods line (1–50 per declaration)", [.. columns.Where(static c => c.Sheet == "Lines").Select(static c => c.Column)]),
            new("集装箱 Containers", "Containers", "一个集装箱一行 · one row per container", [.. columns.Where(static c => c.Sheet == "Containers").Select(static c => c.Column)]),
            new("随附单证 Licences", "Licences", "一个许可证件一行 · one row per licence or certificate", [.. columns.Where(static c => c.Sheet == "Licences").Select(static c => c.Column)]),
            new("随附单据 Documents", "Documents", "一个电子随附单据一行 · one row per electronic document", [.. columns.Where(static c => c.Sheet == "Documents").Select(static c => c.Column)]),
        ];
    }
}
