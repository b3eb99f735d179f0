using System.Collections.Frozen;
using System.Globalization;
using Gateway.Sdk.Codes;

namespace Gateway.Sdk.Documents.Origin;

/// <summary>Represents one certificate type (<c>CertType</c>) and the rule data <see cref="OriginValidator"/> applies to it.</summary>
public sealed record CertificateType
{
    /// <summary>Gets the code, such as <c>RC</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the Chinese name.</summary>
    public string NameZh { get; init; } = string.Empty;

    /// <summary>Gets the English name.</summary>
    public string NameEn { get; init; } = string.Empty;

    /// <summary>Gets the 2-digit preferential trade agreement code (such as <c>22</c> for RCEP) that a declaration's
    /// <c>EcoRelation/CertType</c> writes after a <c>Y</c>; <see langword="null"/> for a non-preferential certificate.</summary>
    public string? AgreementCode { get; init; }

    /// <summary>Gets the origin criterion codes the form accepts: empty when the form has no criterion (non-preferential);
    /// <see langword="null"/> when the SDK has not verified them, and any code is accepted with a warning.</summary>
    public IReadOnlySet<string>? OriginCriteria { get; init; }

    /// <summary>Gets the sub-criterion codes (<c>OriCriteriaSub</c>) the form accepts; empty when it has none.</summary>
    public IReadOnlySet<string> SubCriteria { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Gets how many HS digits the certificate prints (RCEP box 9: 6), and so how many a linked declaration line must share.</summary>
    public int HsDigits { get; init; } = 6;

    /// <summary>Gets the destinations (ISO alpha-3) the agreement covers; empty when any destination is possible.</summary>
    public IReadOnlySet<string> Parties { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Gets the fields this type requires beyond <see cref="OriginValidationOptions.RequiredFields"/>, as model paths such as <c>Goods.OriginCountry</c>.</summary>
    public IReadOnlyList<string> RequiredFields { get; init; } = [];
}

/// <summary>Is the extensible list of certificate types, embedded in the SDK (<c>certificate-types</c> code table) or read from a folder.</summary>
/// <remarks>The embedded table keeps only types whose meaning the sources confirm (C, G, E, F, K, A, H, GE, RC); add or correct rows
/// with a <c>certificate-types.csv</c> in a <see cref="CodeTables.FromDirectory"/> folder. Columns are described in the table's header.</remarks>
public sealed class CertificateTypes
{
    private readonly FrozenDictionary<string, CertificateType> _types;

    private CertificateTypes(IEnumerable<CertificateType> types) => _types = types.ToFrozenDictionary(static t => t.Code, StringComparer.Ordinal);

    /// <summary>Gets the types of the embedded table.</summary>
    public static CertificateTypes Default { get; } = From(CodeTables.Default.CertificateTypes);

    /// <summary>Gets every type, by code.</summary>
    public IReadOnlyCollection<CertificateType> All => _types.Values;

    /// <summary>Builds the list from a <c>certificate-types</c> code table, such as one read by <see cref="CodeTables.FromDirectory"/>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The types.</returns>
    /// <exception cref="FormatException">A row's <c>hs_digits</c> is not a number from 2 to 10.</exception>
    public static CertificateTypes From(CodeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new CertificateTypes(table.Entries.Select(e =>
        {
            string Column(string name) => e.Columns.GetValueOrDefault(name, string.Empty).Trim();
            static FrozenSet<string> Set(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
            var criteria = Column("criteria");
            var digits = Column("hs_digits");
            return new CertificateType
            {
                Code = e.Code,
                NameZh = e.NameZh,
                NameEn = e.NameEn,
                AgreementCode = Column("agreement") is { Length: > 0 } agreement ? agreement : null,
                OriginCriteria = criteria switch { "" => null, "-" => FrozenSet<string>.Empty, _ => Set(criteria) },
                SubCriteria = Set(Column("sub_criteria")),
                HsDigits = digits.Length == 0 ? 6 : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 2 and <= 10 ? n
                    : throw new FormatException($"{table.Name}: type {e.Code} has hs_digits '{digits}'; write a number from 2 to 10."),
                Parties = Set(Column("parties")),
                RequiredFields = [.. Set(Column("required")).Order(StringComparer.Ordinal)],
            };
        }));
    }

    /// <summary>Finds a type by code.</summary>
    /// <param name="code">The code, such as <c>RC</c>.</param>
    /// <param name="type">The type, when found.</param>
    /// <returns><see langword="true"/> when the list has the code.</returns>
    public bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CertificateType? type)
    {
        type = null;
        return code is not null && _types.TryGetValue(code, out type);
    }
}
