using System.Globalization;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Origin;

/// <summary>Represents the declaration's <c>EcoRelation</c> lines built from a certificate, with what did not agree.</summary>
/// <param name="Relations">The relation lines, one per linked certificate line, for <see cref="CustomsDeclaration.OriginCertificateRelations"/>.</param>
/// <param name="Report">The problems: <c>LNK001</c>–<c>LNK004</c> (see <see cref="OriginLinks.Build"/>).</param>
public sealed record OriginLinkResult(IReadOnlyList<OriginCertificateRelation> Relations, ValidationReport Report);

/// <summary>Links a certificate of origin to a customs declaration: builds the declaration's <c>EcoRelation</c> lines
/// (原产地证书对应关系) and checks that linked lines agree in HS code and quantity.</summary>
public static class OriginLinks
{
    /// <summary>Builds the relation lines of a declaration to a certificate.</summary>
    /// <param name="certificate">The certificate (its <c>CertNo</c> and goods lines).</param>
    /// <param name="declaration">The declaration (its goods lines' item numbers, HS codes and quantities).</param>
    /// <param name="lines">Which declaration item each certificate line covers (certificate line → declaration item); <see langword="null"/>
    /// to match each certificate line, in order, to the first unlinked declaration line with the same HS digits.</param>
    /// <param name="types">The certificate types; <see langword="null"/> for <see cref="CertificateTypes.Default"/>.</param>
    /// <param name="units">The units table used to compare a declaration's unit code with the certificate's unit name; <see langword="null"/> for the embedded one.</param>
    /// <returns>
    /// The relations and the problems: <c>LNK001</c> the certificate type has no agreement code (non-preferential or unknown), so
    /// nothing is built; <c>LNK002</c> (warning) a certificate line with no declaration line; <c>LNK003</c> linked lines whose HS
    /// codes differ in the digits the certificate prints; <c>LNK004</c> a declaration quantity above the certificate's (a warning
    /// when their units cannot be compared). Each issue's property path names the certificate line (<c>Goods[0]</c>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="certificate"/> or <paramref name="declaration"/> is <see langword="null"/>.</exception>
    public static OriginLinkResult Build(CertificateOfOrigin certificate, CustomsDeclaration declaration, IReadOnlyDictionary<int, int>? lines = null, CertificateTypes? types = null, CodeTable? units = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(declaration);
        units ??= CodeTables.Default.Units;
        var issues = new List<ValidationIssue>();
        void Add(string code, string message, string path, ValidationSeverity severity = ValidationSeverity.Error) =>
            issues.Add(new ValidationIssue(code, severity, message, new IssueLocation { PropertyPath = path }));

        if (!(types ?? CertificateTypes.Default).TryGet(certificate.Head.CertificateType, out var type) || type.AgreementCode is null)
        {
            Add("LNK001", $"certificate type {certificate.Head.CertificateType ?? "(none)"} names no preferential trade agreement, so a declaration cannot claim it in EcoRelation; only FTA certificates (such as RC, E) are linked", "Head.CertificateType");
            return new OriginLinkResult([], new ValidationReport(issues));
        }

        var relations = new List<OriginCertificateRelation>();
        var used = new HashSet<int>();
        for (var i = 0; i < certificate.Goods.Count; i++)
        {
            var c = certificate.Goods[i];
            var at = $"Goods[{i}]";
            var number = c.LineNumber ?? i + 1;
            var hs = Digits(c.HsCode, type.HsDigits);
            DeclarationGoods? d;
            if (lines is not null)
            {
                d = lines.TryGetValue(number, out var item) ? declaration.Goods.FirstOrDefault(g => g.ItemNumber == item) : null;
                if (d is null && lines.ContainsKey(number))
                {
                    Add("LNK002", $"certificate line {number} is mapped to declaration item {item}, which the declaration does not have", at, ValidationSeverity.Warning);
                    continue;
                }
            }
            else
            {
                d = declaration.Goods.FirstOrDefault(g => g.ItemNumber is { } n && !used.Contains(n) && hs is not null && Digits(g.HsCode?.ToString(), type.HsDigits) == hs);
            }

            if (d?.ItemNumber is not { } decItem)
            {
                if (lines is null)
                {
                    Add("LNK002", $"certificate line {number} (HS {c.HsCode ?? "none"}) matches no declaration line by its first {type.HsDigits} HS digits; map it by hand if the goods are declared", at, ValidationSeverity.Warning);
                }

                continue;
            }

            used.Add(decItem);
            if (Digits(d.HsCode?.ToString(), type.HsDigits) != hs)
            {
                Add("LNK003", $"certificate line {number} has HS {c.HsCode ?? "none"} but declaration item {decItem} has {d.HsCode?.ToString() ?? "none"}: the first {type.HsDigits} digits must agree", at + ".HsCode");
            }

            Quantity(c, d, number, decItem, at, units, Add);
            relations.Add(new OriginCertificateRelation
            {
                CertificateType = "Y" + type.AgreementCode,
                DeclarationItemNumber = decItem.ToString(CultureInfo.InvariantCulture),
                CertificateNumber = "C" + certificate.Head.CertificateNumber,
                CertificateItemNumber = number.ToString(CultureInfo.InvariantCulture),
            });
        }

        return new OriginLinkResult(relations, new ValidationReport(issues));
    }

    /// <summary>Compares quantities when the certificate's unit is the declaration's (its code, Chinese or English name), first the declared unit, then the legal first unit.</summary>
    private static void Quantity(CertificateGoods c, DeclarationGoods d, int number, int item, string at, CodeTable units, Action<string, string, string, ValidationSeverity> add)
    {
        if (c.Quantity is not { } allowed)
        {
            return;
        }

        bool Same(string? code) => code is not null && (code == c.Unit || (units.TryGet(code, out var entry) && ((entry.NameZh.Length > 0 && entry.NameZh == c.Unit) ||
            (entry.NameEn.Length > 0 && string.Equals(entry.NameEn, c.UnitEn, StringComparison.OrdinalIgnoreCase)))));
        var declared = Same(d.DeclaredUnit) ? d.DeclaredQuantity : Same(d.FirstUnit) ? d.FirstQuantity : null;
        if (declared is null)
        {
            add("LNK004", $"certificate line {number} counts in {c.Unit ?? c.UnitEn ?? "no unit"} but declaration item {item} in unit {d.DeclaredUnit ?? "none"}/{d.FirstUnit ?? "none"}: compare the quantities by hand", at + ".Quantity", ValidationSeverity.Warning);
        }
        else if (declared > allowed)
        {
            add("LNK004", $"declaration item {item} declares {XmlFormat.Decimal(declared.Value)} but certificate line {number} covers {XmlFormat.Decimal(allowed)}: the declared quantity cannot exceed the certificate's", at + ".Quantity", ValidationSeverity.Error);
        }
    }

    private static string? Digits(string? hs, int digits) => hs is not null && hs.Length >= digits ? hs[..digits] : null;
}
