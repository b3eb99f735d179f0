using System.Globalization;

namespace Gateway.Sdk.Documents.Origin;

/// <summary>Computes regional value content (RVC) by the two formulas of RCEP Article 3.5.1.</summary>
/// <remarks>Results are percentages, exact decimals with no rounding: the agreement gives no rounding rule, so compare the
/// unrounded figure with the threshold (39.995 does not meet RVC40). Values are in one currency; FOB per Article 3.1(e)
/// includes transport to the port of final shipment; non-originating materials are valued per Article 3.5.3 (CIF at
/// importation, or the earliest ascertainable price paid in the party).</remarks>
public static class RegionalValueContent
{
    /// <summary>The threshold of the RCEP product-specific rule RVC40 (Annex 3A headnote 7): no less than 40 per cent.</summary>
    public const decimal RcepThreshold = 40m;

    /// <summary>Computes RVC by the indirect/build-down formula (Article 3.5.1(a)): (FOB − VNM) / FOB × 100.</summary>
    /// <param name="fob">The good's free-on-board value; above zero.</param>
    /// <param name="nonOriginatingMaterials">VNM, the value of non-originating materials used in production (materials of undetermined origin included, Article 3.5.4); zero or more.</param>
    /// <returns>The RVC in per cent.</returns>
    /// <exception cref="ArgumentOutOfRangeException">FOB is not above zero, or VNM is negative.</exception>
    public static decimal BuildDown(decimal fob, decimal nonOriginatingMaterials)
    {
        Check(fob);
        ArgumentOutOfRangeException.ThrowIfNegative(nonOriginatingMaterials);
        return (fob - nonOriginatingMaterials) / fob * 100m;
    }

    /// <summary>Computes RVC by the direct/build-up formula (Article 3.5.1(b)): (VOM + direct labour cost + direct overhead cost + profit + other cost) / FOB × 100.</summary>
    /// <param name="fob">The good's free-on-board value; above zero.</param>
    /// <param name="originatingMaterials">VOM, the value of originating materials, parts or produce acquired or self-produced and used in production.</param>
    /// <param name="directLabourCost">Wages, remuneration and other employee benefits.</param>
    /// <param name="directOverheadCost">The total overhead expense.</param>
    /// <param name="profit">Profit (the agreement does not define it).</param>
    /// <param name="otherCost">Other cost (the agreement does not define it).</param>
    /// <returns>The RVC in per cent.</returns>
    /// <exception cref="ArgumentOutOfRangeException">FOB is not above zero, or another value is negative.</exception>
    public static decimal BuildUp(decimal fob, decimal originatingMaterials, decimal directLabourCost, decimal directOverheadCost, decimal profit, decimal otherCost)
    {
        Check(fob);
        foreach (var value in new[] { originatingMaterials, directLabourCost, directOverheadCost, profit, otherCost })
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
        }

        return (originatingMaterials + directLabourCost + directOverheadCost + profit + otherCost) / fob * 100m;
    }

    /// <summary>Computes the imported content ratio a certificate line carries (<c>ICompPrpr</c>): VNM / FOB × 100, which is 100 − <see cref="BuildDown"/>.</summary>
    /// <param name="fob">The good's free-on-board value; above zero.</param>
    /// <param name="nonOriginatingMaterials">VNM; zero or more.</param>
    /// <returns>The ratio in per cent.</returns>
    /// <exception cref="ArgumentOutOfRangeException">FOB is not above zero, or VNM is negative.</exception>
    public static decimal ImportedContent(decimal fob, decimal nonOriginatingMaterials) => 100m - BuildDown(fob, nonOriginatingMaterials);

    private static void Check(decimal fob) => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fob);
}

/// <summary>Is the level at which a change in tariff classification (CTC) is required: the digits of the HS code that must differ.</summary>
public enum TariffShiftLevel
{
    /// <summary><c>CC</c>: a change in chapter, the first 2 digits.</summary>
    Chapter = 2,

    /// <summary><c>CTH</c>: a change in heading, the first 4 digits.</summary>
    Heading = 4,

    /// <summary><c>CTSH</c>: a change in subheading, the first 6 digits.</summary>
    Subheading = 6,
}

/// <summary>Represents one material used in producing a good, for <see cref="OriginRules"/>.</summary>
public sealed record OriginMaterial
{
    /// <summary>Gets what the material is, for explanations.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the material's HS code, at least 6 digits.</summary>
    public required string HsCode { get; init; }

    /// <summary>Gets the material's value per Article 3.5.3 (CIF at importation, or the earliest ascertainable price paid in the party).</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets the material's weight, for the textile de minimis of Article 3.7.1(b); in the unit of <see cref="OriginProduct.Weight"/>.</summary>
    public decimal? Weight { get; init; }

    /// <summary>Gets a value indicating whether the material is originating: produced in the exporting party, or originating
    /// in another party and counted by cumulation (Article 3.4; name that party in <see cref="CumulatedFrom"/>).</summary>
    public bool Originating { get; init; }

    /// <summary>Gets the other party (ISO alpha-3) whose originating material this is, when it counts by cumulation (Article 3.4).</summary>
    public string? CumulatedFrom { get; init; }
}

/// <summary>Represents a good whose origin is tested: its HS code, FOB value and the materials used to make it.</summary>
public sealed record OriginProduct
{
    /// <summary>Gets the good's HS code, at least 6 digits.</summary>
    public required string HsCode { get; init; }

    /// <summary>Gets the good's FOB value; above zero.</summary>
    public required decimal Fob { get; init; }

    /// <summary>Gets the good's total weight, for the textile de minimis (chapters 50–63).</summary>
    public decimal? Weight { get; init; }

    /// <summary>Gets a value indicating whether the good is wholly obtained or produced in the party (Article 3.3).</summary>
    public bool WhollyObtained { get; init; }

    /// <summary>Gets the materials used in production.</summary>
    public IReadOnlyList<OriginMaterial> Materials { get; init; } = [];
}

/// <summary>Represents a product-specific rule of RCEP Annex 3A in its notation: alternatives joined by <c>or</c>, each
/// <c>WO</c>, <c>CC</c>, <c>CTH</c>, <c>CTSH</c> or <c>RVCnn</c> (headnotes 4 and 7).</summary>
/// <param name="Alternatives">The alternatives, as written, such as <c>CTH</c> and <c>RVC40</c>; meeting one is enough (headnote 4).</param>
public sealed record ProductSpecificRule(IReadOnlyList<string> Alternatives)
{
    /// <summary>Parses a rule such as <c>CTH or RVC40</c>.</summary>
    /// <param name="text">The rule as the schedule writes it.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="FormatException">An alternative is not one the SDK evaluates (such as <c>CR</c>, or one with an <c>except</c> clause): test it by hand.</exception>
    public static ProductSpecificRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(" or ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var part in parts)
        {
            if (part is not ("WO" or "CC" or "CTH" or "CTSH") && Threshold(part) is null)
            {
                throw new FormatException($"rule '{text}': '{part}' is not WO, CC, CTH, CTSH or RVCnn; the SDK does not evaluate it (CR, exceptions): test that alternative by hand.");
            }
        }

        return parts.Length > 0 ? new ProductSpecificRule(parts) : throw new FormatException("the rule is empty; write it as the schedule does, such as CTH or RVC40.");
    }

    /// <summary>Gets the RVC threshold of an alternative such as <c>RVC40</c>, or <see langword="null"/>.</summary>
    internal static decimal? Threshold(string alternative) =>
        alternative.StartsWith("RVC", StringComparison.Ordinal) && decimal.TryParse(alternative.AsSpan(3), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var t) && t is > 0 and <= 100 ? t : null;

    /// <inheritdoc/>
    public override string ToString() => string.Join(" or ", Alternatives);
}

/// <summary>Represents the outcome of testing a good against a rule.</summary>
public sealed record OriginDetermination
{
    /// <summary>Gets a value indicating whether the good is originating.</summary>
    public required bool IsOriginating { get; init; }

    /// <summary>Gets the criterion to print (RCEP box 10): <c>WO</c>, <c>PE</c>, <c>CTC</c> or <c>RVC</c>; <see langword="null"/> when not originating.</summary>
    public string? Criterion { get; init; }

    /// <summary>Gets a value indicating whether the result relies on the de minimis of Article 3.7 (indicator <c>DMI</c>).</summary>
    public bool UsesDeMinimis { get; init; }

    /// <summary>Gets a value indicating whether originating materials of another party were counted (Article 3.4; indicator <c>ACU</c>).</summary>
    public bool UsesCumulation { get; init; }

    /// <summary>Gets the build-down RVC in per cent (Article 3.5.1(a)), or <see langword="null"/> for a wholly obtained good.</summary>
    public decimal? RegionalValueContent { get; init; }

    /// <summary>Gets the imported content ratio for the certificate line (<c>ICompPrpr</c>), or <see langword="null"/> for a wholly obtained good.</summary>
    public decimal? ImportedContentRatio { get; init; }

    /// <summary>Gets the steps of the test, one line each, for a person to check.</summary>
    public IReadOnlyList<string> Explanation { get; init; } = [];
}

/// <summary>Tests a good against an RCEP product-specific rule: wholly obtained (Article 3.3), produced entirely from
/// originating materials (Article 3.2(b)), change in tariff classification with the de minimis allowance (Articles 3.2(c), 3.7),
/// and regional value content (Article 3.5).</summary>
public static class OriginRules
{
    /// <summary>The de minimis percentage of RCEP Article 3.7.1: 10 per cent of FOB value (or, for chapters 50–63, of weight).</summary>
    public const decimal RcepDeMinimisPercent = 10m;

    /// <summary>Lists the non-originating materials that do not change tariff classification at a level: their first
    /// <paramref name="level"/> digits equal the good's (Annex 3A headnote 7; headnote 5: originating materials need no change).</summary>
    /// <param name="productHs">The good's HS code.</param>
    /// <param name="materials">The materials.</param>
    /// <param name="level">The level the rule names.</param>
    /// <returns>The materials that fail the change, in input order.</returns>
    /// <exception cref="ArgumentException">An HS code has fewer than 6 digits or is not digits.</exception>
    public static IReadOnlyList<OriginMaterial> WithoutTariffShift(string productHs, IEnumerable<OriginMaterial> materials, TariffShiftLevel level)
    {
        Hs(productHs, nameof(productHs));
        ArgumentNullException.ThrowIfNull(materials);
        var digits = (int)level;
        return [.. materials.Where(m => !m.Originating && Hs(m.HsCode, nameof(materials)).AsSpan(0, digits).SequenceEqual(productHs.AsSpan(0, digits)))];
    }

    /// <summary>Says whether materials that fail a tariff shift are within the de minimis of Article 3.7.1: their value is
    /// at most <paramref name="percent"/> of FOB or, for a good of chapters 50–63, their weight is at most that share of the good's weight.</summary>
    /// <param name="product">The good.</param>
    /// <param name="failing">The materials that fail the change (<see cref="WithoutTariffShift"/>).</param>
    /// <param name="percent">The allowance in per cent; RCEP: <see cref="RcepDeMinimisPercent"/>.</param>
    /// <returns><see langword="true"/> when the allowance covers them.</returns>
    public static bool WithinDeMinimis(OriginProduct product, IReadOnlyCollection<OriginMaterial> failing, decimal percent = RcepDeMinimisPercent)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(failing);
        if (failing.Sum(static m => m.Value) * 100m <= product.Fob * percent)
        {
            return true;
        }

        var chapter = int.Parse(Hs(product.HsCode, nameof(product)).AsSpan(0, 2), CultureInfo.InvariantCulture);
        return chapter is >= 50 and <= 63 && product.Weight is { } total && failing.All(static m => m.Weight is not null)
            && failing.Sum(static m => m.Weight!.Value) * 100m <= total * percent;
    }

    /// <summary>Tests a good against a rule, trying wholly obtained, then produced entirely from originating materials, then
    /// each alternative of the rule in order (the exporter may use any, headnote 8).</summary>
    /// <param name="product">The good.</param>
    /// <param name="rule">The product-specific rule of the good's subheading.</param>
    /// <param name="deMinimisPercent">The de minimis allowance in per cent; RCEP: <see cref="RcepDeMinimisPercent"/>.</param>
    /// <returns>The determination with its explanation.</returns>
    /// <exception cref="ArgumentException">FOB is not above zero, or an HS code has fewer than 6 digits.</exception>
    public static OriginDetermination Evaluate(OriginProduct product, ProductSpecificRule rule, decimal deMinimisPercent = RcepDeMinimisPercent)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(rule);
        var steps = new List<string>();
        if (product.WhollyObtained)
        {
            steps.Add("wholly obtained or produced (Article 3.3): WO");
            return new OriginDetermination { IsOriginating = true, Criterion = "WO", Explanation = steps };
        }

        var vnm = product.Materials.Where(static m => !m.Originating).Sum(static m => m.Value);
        var rvc = RegionalValueContent.BuildDown(product.Fob, vnm);
        var cumulated = product.Materials.Any(static m => m.Originating && m.CumulatedFrom is not null);
        steps.Add($"VNM = {Text(vnm)}; RVC = ({Text(product.Fob)} − {Text(vnm)}) / {Text(product.Fob)} × 100 = {Text(rvc)}%");
        OriginDetermination Result(string? criterion, bool deMinimis = false) => new()
        {
            IsOriginating = criterion is not null,
            Criterion = criterion,
            UsesDeMinimis = deMinimis,
            UsesCumulation = criterion is not null && cumulated,
            RegionalValueContent = rvc,
            ImportedContentRatio = 100m - rvc,
            Explanation = steps,
        };

        if (vnm == 0 && product.Materials.All(static m => m.Originating))
        {
            steps.Add("every material is originating (Article 3.2(b)): PE");
            return Result("PE");
        }

        foreach (var alternative in rule.Alternatives)
        {
            if (ProductSpecificRule.Threshold(alternative) is { } threshold)
            {
                var met = rvc >= threshold;
                steps.Add($"{alternative}: {Text(rvc)}% {(met ? "≥" : "<")} {Text(threshold)}%: {(met ? "met" : "not met")}");
                if (met)
                {
                    return Result("RVC");
                }

                continue;
            }

            if (alternative == "WO")
            {
                steps.Add("WO: the good is not wholly obtained: not met");
                continue;
            }

            var level = alternative switch { "CC" => TariffShiftLevel.Chapter, "CTH" => TariffShiftLevel.Heading, _ => TariffShiftLevel.Subheading };
            var failing = WithoutTariffShift(product.HsCode, product.Materials, level);
            if (failing.Count == 0)
            {
                steps.Add($"{alternative}: every non-originating material changes its first {(int)level} HS digits: met");
                return Result("CTC");
            }

            var value = failing.Sum(static m => m.Value);
            var allowed = WithinDeMinimis(product, failing, deMinimisPercent);
            steps.Add($"{alternative}: {string.Join(", ", failing.Select(static m => $"{m.Description} ({m.HsCode})"))} keep the good's first {(int)level} digits, value {Text(value)} = {Text(value / product.Fob * 100m)}% of FOB: " +
                (allowed ? $"within the {Text(deMinimisPercent)}% de minimis (Article 3.7): met" : "not met"));
            if (allowed)
            {
                return Result("CTC", deMinimis: true);
            }
        }

        return Result(null);
    }

    private static string Text(decimal value) => decimal.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Hs(string code, string parameter) => code is { Length: >= 6 } && code.All(char.IsAsciiDigit)
        ? code
        : throw new ArgumentException($"HS code '{code}' must be at least 6 digits", parameter);
}
