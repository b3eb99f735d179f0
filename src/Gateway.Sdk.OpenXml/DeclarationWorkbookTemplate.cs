using Gateway.Sdk.Codes;

namespace Gateway.Sdk.OpenXml;

/// <summary>Writes the Excel workbook brokers fill with customs declarations in bulk (<c>gateway template declaration</c>).</summary>
/// <remarks>
/// <para>Sheets: an instructions sheet; <c>表头 Head</c> (one row per declaration: <c>DecHead</c>, <c>DecSign</c> and
/// <c>DecFreeTxt</c> fields); <c>商品 Lines</c> (goods lines); <c>集装箱 Containers</c>; <c>随附单证 Licences</c>;
/// <c>随附单据 Documents</c>; and <c>代码表 Codes</c>, the code tables the drop-downs offer. Every data sheet starts with the
/// key column <c>报关单序号 Declaration</c>, which ties goods lines, containers and documents to their declaration.</para>
/// <para>Row 1 holds the Chinese headers, row 2 the English ones (the model's property names, with the wire element in
/// brackets where it differs); both are frozen. Fields required to submit (申报) have yellow headers. Coded columns get a
/// drop-down of the code table's codes (Excel still accepts other text, as the tables can lag behind customs). Columns,
/// required fields and code tables come from the SDK's field table, so the workbook and the validator agree. Thread-safe.</para>
/// </remarks>
public static class DeclarationWorkbookTemplate
{
    private static readonly string[] Instructions =
    [
        "报关单批量申报模板 · Customs declaration batch template (Gateway.Sdk)",
        string.Empty,
        "1. 每份报关单在「表头 Head」中占一行，第一列「报关单序号」填一个本文件内唯一的序号（如 1、2、3）。",
        "   One row per declaration on the Head sheet; the first column, Declaration, holds a key unique in this file (1, 2, 3 …).",
        "2. 商品、集装箱、随附单证、随附单据各占一行，第一列填所属报关单的序号。",
        "   Goods lines, containers, licences and documents take one row each; their first column names their declaration's key.",
        "3. 黄色表头为申报必填项；带下拉框的列取自代码表（「代码表 Codes」），也可填写新代码。",
        "   Yellow headers are required to submit (申报); drop-downs offer the codes on the Codes sheet, and other codes are accepted.",
        "4. 填写代码而非名称；日期写作 yyyyMMdd；数字不加千位分隔符。",
        "   Write codes, not names; dates as yyyyMMdd; numbers without thousands separators.",
    ];

    /// <summary>Writes the template to a stream.</summary>
    /// <param name="output">The stream to write the <c>.xlsx</c> package to; it is left open. It must be seekable.</param>
    /// <param name="tables">The code tables for the drop-downs; <see langword="null"/> for <see cref="CodeTables.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public static void Write(Stream output, CodeTables? tables = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        WorkbookTemplate.Write(output, DeclarationWorkbookLayout.Sheets, DeclarationWorkbookLayout.KeyLabelZh, DeclarationWorkbookLayout.KeyLabelEn, Instructions, tables ?? CodeTables.Default);
    }

    /// <summary>Writes the template to a file.</summary>
    /// <param name="path">The <c>.xlsx</c> file to create or replace.</param>
    /// <param name="tables">The code tables for the drop-downs; <see langword="null"/> for <see cref="CodeTables.Default"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(string path, CodeTables? tables = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = File.Create(path);
        Write(file, tables);
    }
}
