using System.Globalization;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Origin;

/// <summary>Holds what <see cref="OriginValidator"/> checks against.</summary>
public sealed record OriginValidationOptions
{
    /// <summary>Gets the defaults: the embedded certificate types and code tables, the common required fields, RVC40.</summary>
    public static OriginValidationOptions Default { get; } = new();

    /// <summary>Gets the certificate types and their rule data.</summary>
    public CertificateTypes Types { get; init; } = CertificateTypes.Default;

    /// <summary>Gets the code tables (currencies, countries).</summary>
    public CodeTables Codes { get; init; } = CodeTables.Default;

    /// <summary>Gets the fields every application needs, as model paths (<c>Head.Exporter</c>, <c>Goods.HsCode</c>): by
    /// default the fields one code base's catalog marks required (reference/china-formats.md §3.3–3.4, medium confidence).</summary>
    public IReadOnlyList<string> RequiredFields { get; init; } =
    [
        "Head.ApplicationType", "Head.Status", "Head.CertificateNumber", "Head.CertificateType", "Head.ExporterRegistrationCode",
        "Head.ApplicantRegistrationNumber", "Head.EnterpriseName", "Head.ApplicantName", "Head.ApplicantIdNumber", "Head.ApplicantPhone",
        "Head.IssuingAuthority", "Head.CollectionPlace", "Head.ApplicantAddress", "Head.ApplicationDate", "Head.DestinationCountry",
        "Head.DestinationCountryCode", "Head.DestinationCountryName", "Head.Exporter", "Head.Consignee", "Head.Marks",
        "Goods.LineNumber", "Goods.ItemFlag", "Goods.HsCode", "Goods.Name", "Goods.NameEn", "Goods.Description", "Goods.PackageCount",
        "Goods.PackageUnit", "Goods.PackageKind", "Goods.Quantity", "Goods.Unit", "Goods.UnitEn", "Goods.InvoiceValue", "Goods.FobValue",
        "Goods.ProducerRegistrationCode", "Goods.ProducerName", "Goods.ProducerContact", "Goods.ProducerContactPhone",
    ];

    /// <summary>Gets the RVC threshold a line with criterion <c>RVC</c> must reach, which its imported content ratio is checked against (<c>OR009</c>); RCEP's RVC40 by default.</summary>
    public decimal RvcThreshold { get; init; } = RegionalValueContent.RcepThreshold;
}

/// <summary>Checks a certificate application the way the origin system's review does, before it is filed.</summary>
/// <remarks>
/// Rules (details and fixes in docs/validation-rules.md): <c>OR001</c> a required field missing (common, then per type),
/// or no goods line; <c>OR002</c> a certificate type not in <see cref="CertificateTypes"/>; <c>OR003</c> an origin criterion
/// the type does not accept (a warning when the type's criteria are unverified); <c>OR004</c> an HS code that is not 6–10
/// digits, or shorter than the type prints; <c>OR005</c> a change or re-issue without <c>ModCertificate</c>; <c>OR006</c>
/// line numbers not 1, 2, 3 …; <c>OR007</c> the head FOB not the sum of the lines'; <c>OR008</c> the third-party invoicing
/// flag and operators disagree; <c>OR009</c> an RVC line without FOB, or whose imported content cannot meet the threshold;
/// <c>OR010</c> a destination outside the agreement; <c>OR011</c> a quantity or value not above zero; <c>OR012</c> an unknown
/// currency; <c>OR013</c> a sub-criterion the type does not have; <c>OR014</c> an RCEP application after shipment (issued
/// retroactively, at most one year, Article 3.17.8); <c>OR015</c> incomplete or inconsistent SDK extensions (back-to-back,
/// cumulation). Thread-safe.
/// </remarks>
public sealed class OriginValidator
{
    private static readonly char[] CriterionSeparators = [' ', ',', '/', ';', '+'];
    private readonly OriginValidationOptions _options;
    private readonly List<(string Path, Func<CertificateHead, bool>? Head, Func<CertificateGoods, bool>? Goods)> _common;

    /// <summary>Initializes a new instance of the <see cref="OriginValidator"/> class.</summary>
    /// <param name="options">What to check against; <see langword="null"/> for <see cref="OriginValidationOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">A required field is not a model path the SDK knows.</exception>
    public OriginValidator(OriginValidationOptions? options = null)
    {
        _options = options ?? OriginValidationOptions.Default;
        _common = [.. _options.RequiredFields.Select(Presence)];
    }

    /// <summary>Checks an application.</summary>
    /// <param name="certificate">The application.</param>
    /// <returns>The issues, each located by property path (<c>Goods[1].HsCode</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certificate"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(CertificateOfOrigin certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var issues = new List<ValidationIssue>();
        void Add(string code, string message, string path, ValidationSeverity severity = ValidationSeverity.Error) =>
            issues.Add(new ValidationIssue(code, severity, message, new IssueLocation { PropertyPath = path }));

        var head = certificate.Head;
        var known = _options.Types.TryGet(head.CertificateType, out var type);
        if (!known && head.CertificateType is not null)
        {
            Add("OR002", $"CertificateType {XmlFormat.Excerpt(head.CertificateType)} is not a certificate type the SDK knows ({string.Join(", ", _options.Types.All.Select(static t => t.Code).Order(StringComparer.Ordinal))}); add it to certificate-types.csv if it is new", "Head.CertificateType");
        }

        var required = _common.Concat((type?.RequiredFields ?? []).Where(static p => p != "Invoices").Select(Presence)).DistinctBy(static r => r.Path).ToList();
        foreach (var (path, present, _) in required.Where(static r => r.Head is not null))
        {
            if (!present!(head))
            {
                Add("OR001", $"{path[5..]} is required: fill it in before applying", path);
            }
        }

        if (certificate.Goods.Count == 0)
        {
            Add("OR001", "the application has no goods line: add at least one Goods line", "Goods");
        }

        if (type?.RequiredFields.Contains("Invoices") == true && certificate.Invoices.Count == 0 && head.InvoiceNumber is null)
        {
            Add("OR001", $"a {type.Code} certificate names its invoices (box 13): add an OriInv line or the head's InvoiceNumber", "Invoices");
        }

        if (head.Status is { } status and not CertificateStatus.Normal && certificate.Modification?.OriginalCertificateNumber is null)
        {
            Add("OR005", $"CertStatus {(int)status} ({status}) needs ModCertificate with the original certificate number (OldCertNo)", "Modification.OriginalCertificateNumber");
        }

        if (type is { Parties.Count: > 0 } && head.DestinationCountryCode is { } destination && !type.Parties.Contains(destination))
        {
            Add("OR010", $"DestinationCountryCode {destination} is not a party of the {type.NameEn}; it covers {string.Join(", ", type.Parties.Order(StringComparer.Ordinal))}", "Head.DestinationCountryCode");
        }

        if (head.Currency is { } currency && !_options.Codes.Currencies.Contains(currency))
        {
            Add("OR012", $"Currency {XmlFormat.Excerpt(currency)} is not an ISO currency code from the currencies table, such as USD", "Head.Currency");
        }

        Positive(head.FobValue, "Head.FobValue");
        Positive(head.TotalAmount, "Head.TotalAmount");
        var operators = certificate.NonPartyOperators.Count > 0;
        if ((head.ThirdPartyInvoicing == "1") != operators)
        {
            Add("OR008", operators
                ? "NonpartyCorp operators are listed but ThirdPartyInvoicing is not 1: set the flag, or remove the operators"
                : "ThirdPartyInvoicing is 1 but no NonpartyCorp operator is listed: name the invoicing operator (RCEP Article 3.20)", "Head.ThirdPartyInvoicing");
        }

        for (var i = 0; i < certificate.Goods.Count; i++)
        {
            Goods(certificate.Goods[i], $"Goods[{i}]", i, type, required, Add, Positive);
        }

        if (head.FobValue is { } fob && certificate.Goods.Count > 0 && certificate.Goods.All(static g => g.FobValue is not null) && certificate.Goods.Sum(static g => g.FobValue!.Value) is var sum && sum != fob)
        {
            Add("OR007", $"FobValue {XmlFormat.Decimal(fob)} is not the sum of the lines' FOB values, {XmlFormat.Decimal(sum)}", "Head.FobValue");
        }

        if (type?.Code == "RC")
        {
            Rcep(certificate, Add);
        }

        Extensions(certificate, type, Add);
        return new ValidationReport(issues);

        void Positive(decimal? value, string path)
        {
            if (value <= 0)
            {
                Add("OR011", $"{path[(path.IndexOf('.', StringComparison.Ordinal) + 1)..]} is {XmlFormat.Decimal(value.Value)}; it must be above zero", path);
            }
        }
    }

    private void Goods(CertificateGoods g, string at, int index, CertificateType? type, List<(string Path, Func<CertificateHead, bool>? Head, Func<CertificateGoods, bool>? Goods)> required, Action<string, string, string, ValidationSeverity> add, Action<decimal?, string> positive)
    {
        void Add(string code, string message, string path, ValidationSeverity severity = ValidationSeverity.Error) => add(code, message, path, severity);
        foreach (var (path, _, present) in required.Where(static r => r.Goods is not null))
        {
            if (!present!(g))
            {
                Add("OR001", $"line {index + 1}: {path[6..]} is required", $"{at}.{path[6..]}");
            }
        }

        if (g.LineNumber is { } number && number != index + 1)
        {
            Add("OR006", $"line number {number} should be {index + 1}: number the goods lines 1, 2, 3 … in order", at + ".LineNumber");
        }

        if (g.HsCode is { } hs && (hs.Length is < 6 or > 10 || !hs.All(char.IsAsciiDigit) || hs.Length < (type?.HsDigits ?? 6)))
        {
            Add("OR004", $"line {index + 1}: HsCode {XmlFormat.Excerpt(hs)} is not an HS code of 6 to 10 digits{(type is null ? null : $" ({type.Code} certificates print {type.HsDigits})")}", at + ".HsCode");
        }

        foreach (var (value, name) in new[] { (g.Quantity, "Quantity"), (g.PackageCount, "PackageCount"), (g.InvoiceValue, "InvoiceValue"), (g.FobValue, "FobValue"), (g.GrossWeight, "GrossWeight"), (g.NetWeight, "NetWeight") })
        {
            positive(value, $"{at}.{name}");
        }

        var criteria = Criteria(g.OriginCriterion);
        if (type is not null && g.OriginCriterion is not null)
        {
            if (type.OriginCriteria is { Count: 0 })
            {
                Add("OR003", $"line {index + 1}: a {type.Code} certificate ({type.NameEn}) has no origin criterion; leave OriginCriterion empty", at + ".OriginCriterion");
            }
            else if (type.OriginCriteria is null)
            {
                Add("OR003", $"line {index + 1}: the SDK has not verified the origin criteria of {type.Code} certificates; check {XmlFormat.Excerpt(g.OriginCriterion)} against the form's overleaf notes", at + ".OriginCriterion", ValidationSeverity.Warning);
            }
            else if (criteria.FirstOrDefault(c => !type.OriginCriteria.Contains(c)) is { } wrong)
            {
                Add("OR003", $"line {index + 1}: origin criterion {XmlFormat.Excerpt(wrong)} is not one a {type.Code} certificate accepts: {string.Join(", ", type.OriginCriteria.Order(StringComparer.Ordinal))}", at + ".OriginCriterion");
            }
        }

        if (type is not null && g.OriginSubCriterion is { } sub && !type.SubCriteria.Contains(sub))
        {
            Add("OR013", type.SubCriteria.Count == 0
                ? $"line {index + 1}: {type.Code} certificates have no sub-criterion; leave OriginSubCriterion empty"
                : $"line {index + 1}: sub-criterion {XmlFormat.Excerpt(sub)} is not one of {string.Join(", ", type.SubCriteria.Order(StringComparer.Ordinal))}", at + ".OriginSubCriterion");
        }

        if (g.ImportedContentRatio is { } ratio && ratio is < 0 or > 100)
        {
            Add("OR009", $"line {index + 1}: ImportedContentRatio {XmlFormat.Decimal(ratio)} is not a percentage from 0 to 100", at + ".ImportedContentRatio");
        }
        else if (criteria.Contains("RVC"))
        {
            if (g.FobValue is null)
            {
                Add("OR009", $"line {index + 1}: criterion RVC needs the line's FOB value (RCEP box 12 prints it where RVC is applied)", at + ".FobValue");
            }

            if (g.ImportedContentRatio is { } imported && 100m - imported < _options.RvcThreshold)
            {
                Add("OR009", $"line {index + 1}: imported content {XmlFormat.Decimal(imported)}% leaves an RVC of {XmlFormat.Decimal(100m - imported)}%, below RVC{XmlFormat.Decimal(_options.RvcThreshold)}; recompute it (RegionalValueContent.BuildDown) or use another criterion", at + ".ImportedContentRatio", ValidationSeverity.Warning);
            }
        }
    }

    /// <summary>Checks RCEP dates (Articles 3.16.6, 3.17.8): an application after shipment is issued retroactively, within a year.</summary>
    private static void Rcep(CertificateOfOrigin c, Action<string, string, string, ValidationSeverity> add)
    {
        if (c.Head is not { ApplicationDate: { } applied, IntendedExportDate: { } shipped } || applied <= shipped)
        {
            return;
        }

        if (applied > shipped.AddYears(1))
        {
            add("OR014", $"ApplicationDate {Date(applied)} is more than a year after shipment on {Date(shipped)}: an RCEP certificate is issued retroactively no later than one year after shipment (Article 3.17.8)", "Head.ApplicationDate", ValidationSeverity.Error);
        }
        else if (c.Extensions?.IssuedRetroactively != true)
        {
            add("OR014", $"ApplicationDate {Date(applied)} is after shipment on {Date(shipped)}: the certificate is issued retroactively (Article 3.17.8); set Extensions.IssuedRetroactively so the form is marked", "Head.ApplicationDate", ValidationSeverity.Warning);
        }
    }

    private static void Extensions(CertificateOfOrigin c, CertificateType? type, Action<string, string, string, ValidationSeverity> add)
    {
        if (c.Extensions is not { } x)
        {
            return;
        }

        if (x.BackToBack is { } b)
        {
            if (b.OriginalReference is null || b.IssuingParty is null || b.OriginalIssueDate is null)
            {
                add("OR015", "a back-to-back certificate names the original proof's reference, issue date and issuing party (RCEP Article 3.19, overleaf note 11)", "Extensions.BackToBack", ValidationSeverity.Error);
            }
            else if (type is { Parties.Count: > 0 } && !type.Parties.Contains(b.IssuingParty))
            {
                add("OR015", $"the original proof was issued in {b.IssuingParty}, not a party of the {type.NameEn}: a back-to-back certificate continues a proof issued by another party", "Extensions.BackToBack.IssuingParty", ValidationSeverity.Error);
            }
        }

        for (var i = 0; i < x.Cumulation.Count; i++)
        {
            var line = x.Cumulation[i];
            if (!c.Goods.Any(g => g.LineNumber == line.LineNumber))
            {
                add("OR015", $"cumulation names line {line.LineNumber}, which the certificate does not have", $"Extensions.Cumulation[{i}].LineNumber", ValidationSeverity.Error);
            }

            if (type is { Parties.Count: > 0 } && line.Parties.FirstOrDefault(p => !type.Parties.Contains(p) && p != "CHN") is { } outsider)
            {
                add("OR015", $"cumulation counts materials of {outsider}, not a party of the {type.NameEn} (Article 3.4 cumulates originating materials of the parties)", $"Extensions.Cumulation[{i}].Parties", ValidationSeverity.Error);
            }
        }
    }

    /// <summary>Splits a printed criterion such as <c>CTC DMI</c> or <c>RVC/ACU</c> into its codes.</summary>
    internal static string[] Criteria(string? printed) => printed?.Split(CriterionSeparators, StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Turns a model path (<c>Head.Exporter</c>, <c>Goods.HsCode</c>) into a test of presence, through the wire field table.</summary>
    private static (string Path, Func<CertificateHead, bool>? Head, Func<CertificateGoods, bool>? Goods) Presence(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var (block, property) = dot < 0 ? (path, string.Empty) : (path[..dot], path[(dot + 1)..]);
        return block switch
        {
            "Head" when Array.Find(OriginBlocks.Head.Fields, f => f.Property == property) is { } f => (path, h => f.Get(h, OriginXmlOptions.Default) is { Length: > 0 }, null),
            "Goods" when Array.Find(OriginBlocks.Goods.Fields, f => f.Property == property) is { } f => (path, null, g => f.Get(g, OriginXmlOptions.Default) is { Length: > 0 }),
            _ => throw new ArgumentException($"required field '{path}' is not a field of the certificate model; write Head.<Property> or Goods.<Property>, such as Head.Exporter", nameof(path)),
        };
    }
}
