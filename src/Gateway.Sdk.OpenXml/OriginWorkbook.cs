using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Origin;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.OpenXml;

/// <summary>Writes and reads the Excel workbook in which brokers fill certificate of origin applications in bulk
/// (<c>gateway template origin</c>, <c>gateway batch</c>).</summary>
/// <remarks>
/// <para>Sheets: instructions; <c>证书 Certificates</c> (one row per application: the <c>CertificateHead</c> fields and, prefixed
/// <c>Modification</c>, the <c>ModCertificate</c> fields of a change or re-issue); <c>货物 Goods</c> (goods lines);
/// <c>发票 Invoices</c> (RCEP invoices, box 13); <c>第三方 Operators</c> (third-party invoicing operators); <c>代码表 Codes</c>.
/// Every data sheet starts with the key column <c>证书序号 Certificate</c>. Headers: row 1 Chinese, row 2 the model's property
/// names; yellow for the fields <see cref="OriginValidationOptions.RequiredFields"/> requires. The certificate type, country and
/// currency columns have drop-downs. Dates are <c>yyyyMMdd</c> (<c>yyyy-MM-dd</c> is read too).</para>
/// <para>Reading uses the SAX-style reader; columns are found by their English header, so they may be moved or left out.
/// Issues: <c>WB001</c>–<c>WB008</c> as for the declaration workbook (<c>WB002</c>: no Certificates sheet), then per application
/// <c>COX003</c> for a value that does not convert and the rules <c>OR001</c>–<c>OR015</c>, each at its cell (a rule about a
/// whole line at the line's key cell). The SDK's extensions (back-to-back, cumulation) are not in the workbook. Thread-safe.</para>
/// </remarks>
public static class OriginWorkbook
{
    /// <summary>The key column's Chinese header.</summary>
    public const string KeyLabelZh = "证书序号";

    private static readonly string[] Instructions =
    [
        "原产地证书批量申请模板 · Certificate of origin batch template (Gateway.Sdk)",
        string.Empty,
        "1. 每份证书申请在「证书 Certificates」中占一行，第一列「证书序号」填一个本文件内唯一的序号（如 1、2、3）。",
        "   One row per application on the Certificates sheet; the first column, Certificate, holds a key unique in this file (1, 2, 3 …).",
        "2. 货物、发票、第三方经营者各占一行，第一列填所属证书的序号。",
        "   Goods lines, invoices and third-party operators take one row each; their first column names their certificate's key.",
        "3. 黄色表头为必填项；证书类型、国家、币制列带下拉框（「代码表 Codes」）。",
        "   Yellow headers are required; certificate type, country and currency columns offer the codes on the Codes sheet.",
        "4. 日期写作 yyyyMMdd；数字不加千位分隔符；原产地标准按证书类型填写（RCEP：WO、PE、CTC、RVC、CR、ACU、DMI）。",
        "   Dates as yyyyMMdd; numbers without thousands separators; origin criteria per certificate type (RCEP: WO, PE, CTC, RVC, CR, ACU, DMI).",
    ];

    private static readonly OriginXmlOptions Cells = new() { DateFormat = "yyyyMMdd" };

    /// <summary>Writes the empty template to a stream.</summary>
    /// <param name="output">The seekable stream to write the <c>.xlsx</c> package to; it is left open.</param>
    /// <param name="tables">The code tables for the drop-downs; <see langword="null"/> for <see cref="CodeTables.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public static void WriteTemplate(Stream output, CodeTables? tables = null) => Write(output, [], tables);

    /// <summary>Writes applications into the workbook, keyed 1, 2, 3 …, for editing or as a sample.</summary>
    /// <param name="output">The seekable stream to write the <c>.xlsx</c> package to; it is left open.</param>
    /// <param name="certificates">The applications.</param>
    /// <param name="tables">The code tables for the drop-downs; <see langword="null"/> for <see cref="CodeTables.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Stream output, IReadOnlyList<CertificateOfOrigin> certificates, CodeTables? tables = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(certificates);
        var keyed = certificates.Select((c, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c)).ToList();
        WorkbookTemplate.Write(output, OriginWorkbookLayout.Sheets, KeyLabelZh, OriginWorkbookLayout.KeyLabelEn, Instructions, tables ?? CodeTables.Default, sheet => sheet.Key switch
        {
            "Certificates" => keyed.Select(k => Row(sheet, k.Item1, k.c.Head, OriginBlocks.Head, k.c.Modification)),
            "Goods" => keyed.SelectMany(k => k.c.Goods.Select(g => Row(sheet, k.Item1, g, OriginBlocks.Goods))),
            "Invoices" => keyed.SelectMany(k => k.c.Invoices.Select(v => Row(sheet, k.Item1, v, OriginBlocks.Invoice))),
            _ => keyed.SelectMany(k => k.c.NonPartyOperators.Select(o => Row(sheet, k.Item1, o, OriginBlocks.NonPartyOperator))),
        });
    }

    /// <summary>Reads a workbook.</summary>
    /// <param name="workbook">The <c>.xlsx</c> package; read to its end and left open.</param>
    /// <param name="options">The rules' options; <see langword="null"/> for <see cref="OriginValidationOptions.Default"/>.</param>
    /// <param name="limits">The reading limits; <see langword="null"/> for <see cref="WorkbookLimits.Default"/>.</param>
    /// <returns>The applications and the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is <see langword="null"/>.</exception>
    public static WorkbookImport<CertificateOfOrigin> Read(Stream workbook, OriginValidationOptions? options = null, WorkbookLimits? limits = null)
    {
        var validator = new OriginValidator(options);
        return WorkbookSheets.Import(workbook, limits ?? WorkbookLimits.Default, OriginWorkbookLayout.Sheets, "origin", KeyLabelZh, "certificate", (head, sheets) => Filing(head, sheets, validator));
    }

    private static WorkbookFiling<CertificateOfOrigin> Filing(SheetRow head, Dictionary<string, List<SheetRow>> sheets, OriginValidator validator)
    {
        var cells = new CellMap(head.KeyCell);
        var issues = new List<ValidationIssue>();
        T Fill<T>(OriginBlock<T> block, SheetRow row, string path)
            where T : class, new() => BoundColumn.Fill(Bound(block), block.Element, row, path, new T(), cells, issues, "COX003");
        List<T> Children<T>(string sheet, OriginBlock<T> block, string property)
            where T : class, new() =>
            [.. (sheets.GetValueOrDefault(sheet) ?? []).Where(r => r.Key == head.Key).Select((r, i) => Fill(block, r, $"{property}[{i}]"))];
        var certificate = new CertificateOfOrigin
        {
            Head = Fill(OriginBlocks.Head, head, "Head"),
            Modification = head.Values.Any(static v => v.Column.Block == OriginBlocks.Modification.Element) ? Fill(OriginBlocks.Modification, head, "Modification") : null,
            Goods = Children("Goods", OriginBlocks.Goods, "Goods"),
            Invoices = Children("Invoices", OriginBlocks.Invoice, "Invoices"),
            NonPartyOperators = Children("Operators", OriginBlocks.NonPartyOperator, "NonPartyOperators"),
        };

        return new WorkbookFiling<CertificateOfOrigin>(head.Key, head.Row, certificate, new ValidationReport([.. issues, .. cells.Place(validator.Validate(certificate))]));
    }

    /// <summary>Gets a block's fields as workbook columns.</summary>
    private static BoundColumn<T>[] Bound<T>(OriginBlock<T> block)
        where T : class, new() =>
        [.. block.Fields.Select(f => new BoundColumn<T>(f.Property, string.Empty, x => f.Get(x, Cells), f.Set, f.Expected, Column: OriginWorkbookLayout.Header(block, f)))];

    private static string?[] Row<T>(WorkbookSheet sheet, string key, T value, OriginBlock<T> block, CertificateModification? modification = null)
        where T : class, new() =>
        [key, .. sheet.Columns.Select(c => c.Block == block.Element
            ? Array.Find(block.Fields, f => OriginWorkbookLayout.Header(block, f) == c.Property)!.Get(value, Cells)
            : modification is null ? null : Array.Find(OriginBlocks.Modification.Fields, f => OriginWorkbookLayout.Header(OriginBlocks.Modification, f) == c.Property)!.Get(modification, Cells))];
}

/// <summary>Lists the sheets of the certificate workbook and their columns (<c>Data/origin-columns.csv</c>, generated from the field tables).</summary>
internal static class OriginWorkbookLayout
{
    public const string KeyLabelEn = "Certificate";

    private static readonly Lazy<IReadOnlyList<WorkbookSheet>> Embedded = new(Load);

    public static IReadOnlyList<WorkbookSheet> Sheets => Embedded.Value;

    /// <summary>Gets a field's English column header: its property, prefixed <c>Modification</c> for the change block, which shares the Certificates sheet.</summary>
    public static string Header<T>(OriginBlock<T> block, OriginField<T> field)
        where T : class, new() => block.Element == OriginBlocks.Modification.Element ? "Modification" + field.Property : field.Property;

    private static List<WorkbookSheet> Load()
    {
        using var stream = typeof(OriginWorkbookLayout).Assembly.GetManifestResourceStream("Gateway.Sdk.OpenXml.origin-columns.csv")!;
        using var reader = new StreamReader(stream);
        var required = OriginValidationOptions.Default.RequiredFields.ToHashSet(StringComparer.Ordinal);
        var columns = CsvData.Read(reader, "origin-columns.csv").Rows.Select(static r => r.Cells).Select(c => (Sheet: c[0], Column: new WorkbookColumn(c[1], c[2], c[3], c[4], c[2] switch
        {
            "CertType" => "certificate-types",
            "DestCountryCode" or "TransCountryCode" or "OriCountryCode" or "EntCountryCode" => "countries",
            "Curr" => "currencies",
            _ => null,
        }, required.Contains($"{c[1] switch { "CertificateHead" => "Head", "Goods" => "Goods", _ => "-" }}.{c[3]}")))).ToList();
        List<WorkbookColumn> Of(string sheet) => [.. columns.Where(c => c.Sheet == sheet).Select(static c => c.Column)];
        return
        [
            new("证书 Certificates", "Certificates", "一份原产地证书申请一行 · one row per certificate application", Of("Certificates")),
            new("货物 Goods", "Goods", "一个货物项一行 · one row per goods line", Of("Goods")),
            new("发票 Invoices", "Invoices", "一张发票一行 · one row per invoice (RCEP box 13)", Of("Invoices")),
            new("第三方 Operators", "Operators", "一个第三方发票经营者一行 · one row per third-party invoicing operator", Of("Operators")),
        ];
    }
}
