using System.Globalization;
using System.Reflection;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Tests.Documents.Declarations;

/// <summary>
/// Builds random declarations by construction (never by filtering): every field gets a value of its type that fits the
/// field table's length or scale, or is left unset. Text mixes ASCII, CJK, a surrogate pair, XML specials &amp;&lt;&gt;"'
/// and line breaks, and hits the maximum length regularly; goods lists reach 50 lines.
/// </summary>
internal static class DeclarationGenerators
{
    private const string Alphabet = "AZaz09 -./|,中国报关单货物名称深圳上海&<>\"'\n\r\t";
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private const string Surrogates = "𠀀"; // U+20000, a CJK Extension B character: two UTF-16 units

    public static Gen<CustomsDeclaration> Declaration(int maxLines = 50, int maxText = int.MaxValue) =>
        from head in Block(DeclarationFields.DeclarationHead, maxText)
        from goods in ListOf(Goods(maxText), 1, maxLines)
        from containers in ListOf(Block(DeclarationFields.DeclarationContainer, maxText), 0, 3)
        from licences in ListOf(Block(DeclarationFields.AttachedLicence, maxText), 0, 2)
        from certificates in ListOf(Block(DeclarationFields.RequestedCertificate, maxText), 0, 2)
        from packages in ListOf(Block(DeclarationFields.OtherPackage, maxText), 0, 2)
        from qualifications in ListOf(Block(DeclarationFields.EnterpriseQualification, maxText), 0, 2)
        from users in ListOf(Block(DeclarationFields.GoodsUser, maxText), 0, 2)
        from promises in ListOf(Block(DeclarationFields.EnterprisePromise, maxText), 0, 2)
        from sign in Block(DeclarationFields.DeclarationSign, maxText)
        from freeText in Optional(Block(DeclarationFields.DeclarationFreeText, maxText))
        from documents in ListOf(Block(DeclarationFields.ElectronicDocument, maxText), 0, 3)
        from relations in ListOf(Block(DeclarationFields.OriginCertificateRelation, maxText), 0, 2)
        from version in Gen.Elements<string?>(CustomsDeclaration.DefaultVersion, "3.1", null)
        select new CustomsDeclaration
        {
            Version = version,
            Head = head,
            Goods = goods,
            Containers = containers,
            AttachedLicences = licences,
            RequestedCertificates = certificates,
            OtherPackages = packages,
            EnterpriseQualifications = qualifications,
            Users = users,
            Promises = promises,
            Sign = sign,
            FreeText = freeText,
            ElectronicDocuments = documents,
            OriginCertificateRelations = relations,
        };

    private static Gen<DeclarationGoods> Goods(int maxText) =>
        from line in Block(DeclarationFields.DeclarationGoods, maxText)
        from licences in ListOf(Licence(maxText), 0, 2)
        select line with { Licences = licences };

    private static Gen<GoodsLicence> Licence(int maxText) =>
        from licence in Block(DeclarationFields.GoodsLicence, maxText)
        from vehicles in ListOf(Block(DeclarationFields.LicenceVehicle, maxText), 0, 2)
        select licence with { Vehicles = vehicles };

    /// <summary>Gives every field of a block a random value or none; properties are set through reflection, which is fine in tests.</summary>
    private static Gen<T> Block<T>(XmlBlock<T> block, int maxText)
        where T : new()
    {
        var fields = block.Fields
            .Select(f => (Property: typeof(T).GetProperty(f.Property)!, Rule: FieldRule.All[$"{block.Element}/{f.Name}"]))
            .ToList();
        var values = fields.Select(f => Optional(Value(f.Property.PropertyType, f.Rule, maxText))).ToArray();
        return Gen.CollectToArray(values).Select(list =>
        {
            var value = new T();
            var i = 0;
            foreach (var item in list)
            {
                fields[i++].Property.SetValue(value, item);
            }

            return value;
        });
    }

    private static Gen<object?> Value(Type type, FieldRule rule, int maxText)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            return Text(Math.Min(maxText, rule.ExactLength ?? rule.MaxLength ?? 50)).Select(static s => (object?)s);
        }

        if (t == typeof(decimal))
        {
            return Decimal(rule.Precision!.Value, rule.Scale!.Value).Select(static d => (object?)d);
        }

        if (t == typeof(int))
        {
            return Gen.Choose(0, rule.MaxLength >= 10 ? int.MaxValue : (int)Math.Pow(10, rule.MaxLength ?? 9) - 1).Select(static i => (object?)i);
        }

        if (t == typeof(long))
        {
            return Gen.Choose(0, int.MaxValue).Select(static i => (object?)((long)i * 1_000_003));
        }

        if (t == typeof(DateOnly))
        {
            return Gen.Choose(0, 36524).Select(static d => (object?)new DateOnly(2000, 1, 1).AddDays(d));
        }

        if (t == typeof(TradeDirection))
        {
            return Gen.Elements<object?>(TradeDirection.Import, TradeDirection.Export);
        }

        if (t == typeof(HsCode))
        {
            return Digits(10).Select(static s => (object?)HsCode.Parse(s));
        }

        if (t == typeof(CustomsCode))
        {
            return Chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10).Select(static s => (object?)CustomsCode.Parse(s));
        }

        if (t == typeof(UnifiedSocialCreditCode))
        {
            return Chars(CreditAlphabet, 17).Select(static s => (object?)UnifiedSocialCreditCode.Parse(s + UnifiedSocialCreditCode.ComputeCheckCharacter(s)));
        }

        if (t == typeof(ContainerNumber))
        {
            return from owner in Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3)
                   from category in Gen.Elements("U", "J", "Z")
                   from serial in Digits(6)
                   let first = owner + category + serial
                   select (object?)ContainerNumber.Parse(first + ContainerNumber.ComputeCheckDigit(first));
        }

        if (t == typeof(CurrencyCode))
        {
            return Gen.Elements(CodeTables.Default.Currencies.Entries.Select(static e => e.Code).ToArray()).Select(static c => (object?)new CurrencyCode(c));
        }

        if (t == typeof(CountryCode))
        {
            return Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3).Select(static c => (object?)new CountryCode(c));
        }

        if (t == typeof(DeclarationType))
        {
            return from kind in Gen.Elements("", "CL", "EC", "SD", "ML", "H1")
                   from step in Gen.Elements(TwoStepMode.Integrated, TwoStepMode.Summary, TwoStepMode.Complete)
                   from port in Gen.Elements(false, true)
                   from trim in Gen.Elements(false, true)
                   select (object?)DeclarationType.Create(kind, step, port, trim);
        }

        throw new InvalidOperationException($"no generator for {t}");
    }

    /// <summary>Builds non-blank text of 1 to max units without surrounding whitespace (readers trim), CJK and XML specials included.</summary>
    public static Gen<string> Token(int max) =>
        from first in Gen.Elements('A', '中', '9', '&', '<')
        from rest in Text(max - 1)
        select first + rest.TrimEnd();

    /// <summary>Builds text of 0 to max UTF-16 units, exactly max a quarter of the time.</summary>
    public static Gen<string> Text(int max) =>
        from length in Gen.Frequency((1, Gen.Constant(max)), (3, Gen.Choose(0, max)))
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), Math.Max(0, length))
        from pair in Gen.Elements(false, true)
        select Compose(chars, pair && length >= 2);

    private static string Compose(char[] chars, bool withPair)
    {
        var text = new string(chars);
        return withPair ? string.Concat(Surrogates, text.AsSpan(2)) : text;
    }

    private static Gen<decimal> Decimal(int precision, int scale) =>
        from intDigits in Gen.Choose(1, precision - scale)
        from integer in Digits(intDigits)
        from fractionDigits in Gen.Choose(0, scale)
        from fraction in Digits(fractionDigits)
        from negative in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select decimal.Parse((negative ? "-" : string.Empty) + integer + (fractionDigits > 0 ? "." + fraction : string.Empty), CultureInfo.InvariantCulture);

    private static Gen<string> Digits(int count) => Chars("0123456789", count);

    private static Gen<string> Chars(string alphabet, int count) =>
        Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), count).Select(static c => new string(c));

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(static v => (T?)v)));

    private static Gen<object?> Optional(Gen<object?> gen) =>
        Gen.Frequency((1, Gen.Constant<object?>(null)), (2, gen));

    private static Gen<IReadOnlyList<T>> ListOf<T>(Gen<T> gen, int min, int max) =>
        from count in Gen.Frequency((1, Gen.Constant(max)), (4, Gen.Choose(min, max)))
        from items in Gen.ArrayOf(gen, count)
        select (IReadOnlyList<T>)items;
}
