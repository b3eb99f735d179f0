using System.Collections.Concurrent;
using System.Text;

namespace Gateway.Sdk.Codes;

/// <summary>Gives access to the customs parameter tables, embedded in the SDK or replaced from a folder.</summary>
/// <remarks>
/// Each table is loaded once, on first use. <see cref="Default"/> uses the tables embedded in the SDK;
/// <see cref="FromDirectory"/> reads a file named <c>&lt;table&gt;.csv</c> from a folder when it exists and
/// falls back to the embedded table otherwise, so a user can refresh one table from the single window's
/// 参数下载 without touching the others. The embedded tables say in their description which are partial.
/// </remarks>
public sealed class CodeTables
{
    /// <summary>The names of the tables the SDK knows.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "customs-offices", "trade-modes", "levy-kinds", "duty-modes", "transport-modes", "transaction-modes",
        "currencies", "countries", "units", "package-kinds", "document-codes", "edoc-codes", "trade-agreements", "certificate-types",
    ];

    private readonly string? _directory;
    private readonly ConcurrentDictionary<string, Lazy<CodeTable>> _tables = new(StringComparer.Ordinal);

    private CodeTables(string? directory) => _directory = directory;

    /// <summary>Gets the tables embedded in the SDK.</summary>
    public static CodeTables Default { get; } = new(null);

    /// <summary>Gets 关区代码, the 4-digit customs office codes (<c>CustomMaster</c>, <c>IEPort</c>).</summary>
    public CodeTable CustomsOffices => Get("customs-offices");

    /// <summary>Gets 监管方式, the 4-digit trade modes (<c>TradeMode</c>).</summary>
    public CodeTable TradeModes => Get("trade-modes");

    /// <summary>Gets 征免性质, the 3-digit levy kinds (<c>CutMode</c>).</summary>
    public CodeTable LevyKinds => Get("levy-kinds");

    /// <summary>Gets 征减免税方式, the duty modes (<c>DutyMode</c>).</summary>
    public CodeTable DutyModes => Get("duty-modes");

    /// <summary>Gets 运输方式, the customs transport modes (<c>TrafMode</c>).</summary>
    public CodeTable TransportModes => Get("transport-modes");

    /// <summary>Gets 成交方式, the transaction modes (<c>TransMode</c>).</summary>
    public CodeTable TransactionModes => Get("transaction-modes");

    /// <summary>Gets 币制, currencies by ISO alpha code with the legacy customs numeric code in column <c>numeric</c>.</summary>
    public CodeTable Currencies => Get("currencies");

    /// <summary>Gets 国别(地区), countries by alpha-3 code with the legacy customs numeric code in column <c>numeric</c>.</summary>
    public CodeTable Countries => Get("countries");

    /// <summary>Gets 计量单位, the 3-digit units of measure (<c>GUnit</c>, <c>FirstUnit</c>, <c>SecondUnit</c>).</summary>
    public CodeTable Units => Get("units");

    /// <summary>Gets 包装种类, the 2-digit package kinds (<c>WrapType</c>, <c>PackType</c>).</summary>
    public CodeTable PackageKinds => Get("package-kinds");

    /// <summary>Gets 随附单证代码, the attached licence codes (<c>LicenseDocu/DocuCode</c>).</summary>
    public CodeTable DocumentCodes => Get("document-codes");

    /// <summary>Gets 随附单据, the electronic document codes (<c>EdocRealation/EdocCode</c>).</summary>
    public CodeTable EdocCodes => Get("edoc-codes");

    /// <summary>Gets 优惠贸易协定, the preferential trade agreement codes (<c>EcoRelation/CertType</c> after the <c>Y</c>).</summary>
    public CodeTable TradeAgreements => Get("trade-agreements");

    /// <summary>Gets 原产地证书类型, the certificate of origin types (<c>CertificateHead/CertType</c>) with their rule data; see <see cref="Documents.Origin.CertificateTypes"/>.</summary>
    public CodeTable CertificateTypes => Get("certificate-types");

    /// <summary>Creates a catalog that prefers the tables found in a folder.</summary>
    /// <param name="directory">A folder holding files named <c>&lt;table&gt;.csv</c>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CodeTables FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return Directory.Exists(directory)
            ? new CodeTables(directory)
            : throw new DirectoryNotFoundException($"{directory}: code table folder not found; give a folder holding files such as currencies.csv.");
    }

    /// <summary>Gets a table by name.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a table the SDK knows.</exception>
    /// <exception cref="FormatException">The table's file is malformed.</exception>
    public CodeTable Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Names.Contains(name))
        {
            throw new ArgumentException($"'{name}' is not a code table; use one of: {string.Join(", ", Names)}.", nameof(name));
        }

        return _tables.GetOrAdd(name, n => new Lazy<CodeTable>(() => Load(n))).Value;
    }

    private CodeTable Load(string name)
    {
        var file = _directory is null ? null : Path.Combine(_directory, name + ".csv");
        if (file is not null && File.Exists(file))
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            return CodeTable.Load(name, reader);
        }

        using var embedded = CsvData.Embedded($"Gateway.Sdk.Codes.{name}.csv");
        return CodeTable.Load(name, embedded);
    }
}
