using Gateway.Sdk.Codes;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Checks a <see cref="CustomsDeclaration"/> against the field table and the business rules of the single window.</summary>
/// <remarks>
/// Every rule has a stable code (<c>docs/validation-rules.md</c>) and every issue a property path and the XPath the
/// writer would use. Field lengths and the fields required for 暂存 (draft) and 申报 (submit) come from the data table
/// <c>dec-fields.csv</c>; codes are checked against <see cref="CodeTables"/>. Thread-safe.
/// </remarks>
public sealed partial class DeclarationValidator
{
    private readonly DeclarationValidationOptions _options;

    /// <summary>Initializes a new instance of the <see cref="DeclarationValidator"/> class.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="DeclarationValidationOptions.Default"/>.</param>
    public DeclarationValidator(DeclarationValidationOptions? options = null) => _options = options ?? DeclarationValidationOptions.Default;

    /// <summary>Gets the level a declaration asks for: draft when <c>DecSign/OperType</c> is <c>G</c> (暂存), submit otherwise.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <returns>The level.</returns>
    public static ValidationLevel LevelOf(CustomsDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return declaration.Sign.OperationType == "G" ? ValidationLevel.Draft : ValidationLevel.Submit;
    }

    /// <summary>Validates a declaration.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <param name="level">The level; <see langword="null"/> to take it from <c>DecSign/OperType</c> (see <see cref="LevelOf"/>).</param>
    /// <returns>Every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="declaration"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(CustomsDeclaration declaration, ValidationLevel? level = null)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var check = new Check(this, declaration, level ?? LevelOf(declaration));
        check.Fields();
        check.Rules();
        return new ValidationReport(check.Issues);
    }

    /// <summary>Holds one validation run.</summary>
    private sealed partial class Check(DeclarationValidator validator, CustomsDeclaration declaration, ValidationLevel level)
    {
        private readonly WireContext _context = new(declaration.Head.Direction == TradeDirection.Export);

        public List<ValidationIssue> Issues { get; } = [];

        private DeclarationValidationOptions Options => validator._options;

        private bool Submit => level == ValidationLevel.Submit;

        public void Fields()
        {
            Block(DeclarationFields.DeclarationHead, declaration.Head, "/DecMessage/DecHead", "Head");
            for (var i = 0; i < declaration.Goods.Count; i++)
            {
                var goods = declaration.Goods[i];
                var xpath = $"/DecMessage/DecLists/DecList[{i + 1}]";
                Block(DeclarationFields.DeclarationGoods, goods, xpath, $"Goods[{i}]");
                for (var j = 0; j < goods.Licences.Count; j++)
                {
                    var licence = goods.Licences[j];
                    var licencePath = $"{xpath}/DecGoodsLimits/DecGoodsLimit[{j + 1}]";
                    Block(DeclarationFields.GoodsLicence, licence, licencePath, $"Goods[{i}].Licences[{j}]");
                    for (var k = 0; k < licence.Vehicles.Count; k++)
                    {
                        Block(DeclarationFields.LicenceVehicle, licence.Vehicles[k], $"{licencePath}/DecGoodsLimitVin[{k + 1}]", $"Goods[{i}].Licences[{j}].Vehicles[{k}]");
                    }
                }
            }

            List(DeclarationFields.DeclarationContainer, declaration.Containers, "Containers");
            List(DeclarationFields.AttachedLicence, declaration.AttachedLicences, "AttachedLicences");
            List(DeclarationFields.RequestedCertificate, declaration.RequestedCertificates, "RequestedCertificates");
            List(DeclarationFields.OtherPackage, declaration.OtherPackages, "OtherPackages");
            List(DeclarationFields.EnterpriseQualification, declaration.EnterpriseQualifications, "EnterpriseQualifications");
            List(DeclarationFields.GoodsUser, declaration.Users, "Users");
            List(DeclarationFields.EnterprisePromise, declaration.Promises, "Promises");
            Block(DeclarationFields.DeclarationSign, declaration.Sign, "/DecMessage/DecSign", "Sign");
            if (declaration.FreeText is not null)
            {
                Block(DeclarationFields.DeclarationFreeText, declaration.FreeText, "/DecMessage/DecFreeTxt", "FreeText");
            }

            List(DeclarationFields.ElectronicDocument, declaration.ElectronicDocuments, "ElectronicDocuments");
            List(DeclarationFields.OriginCertificateRelation, declaration.OriginCertificateRelations, "OriginCertificateRelations");
        }

        private void List<T>(XmlBlock<T> block, IReadOnlyList<T> items, string property)
        {
            var prefix = block.Wrapper is null ? "/DecMessage" : "/DecMessage/" + block.Wrapper;
            for (var i = 0; i < items.Count; i++)
            {
                Block(block, items[i], $"{prefix}/{block.Element}[{i + 1}]", $"{property}[{i}]");
            }
        }

        private void Block<T>(XmlBlock<T> block, T value, string xpath, string property)
        {
            foreach (var field in block.Fields)
            {
                var rule = FieldRule.All[$"{block.Element}/{field.Name}"];
                var text = field.Get(value, _context);
                var where = Where($"{xpath}/{field.Name}", $"{property}.{field.PropertyFor(_context)}");

                // A blank DecHead/Type is meaningful: an ordinary, integrated declaration.
                if (text is null || (text.Length == 0 && field.Name != "Type"))
                {
                    if ((Submit ? rule.Submit : rule.Draft) && (!rule.FilledBySigning || Options.RequireSignature))
                    {
                        Add("DEC001", $"{field.Name} is required to {(Submit ? "submit (申报)" : "save a draft (暂存)")}; fill it in", where);
                    }

                    continue;
                }

                Field(field.Name, rule, text, where);
            }
        }

        private void Field(string name, FieldRule rule, string text, IssueLocation where)
        {
            if (rule.ExactLength is { } exact && text.Length != exact && text.Length != 0)
            {
                Add("DEC002", $"{name} '{text}' has {text.Length} characters; it must have exactly {exact}", where);
            }
            else if (rule.MaxLength is { } max && text.Length > max)
            {
                Add("DEC002", $"{name} has {text.Length} characters; at most {max} are allowed, shorten it", where);
            }
            else if (rule.Precision is { } precision && rule.Scale is { } scale && XmlFormat.TryParseDecimal(text, out var number))
            {
                if (XmlFormat.Scale(number) > scale)
                {
                    Add("DEC003", $"{name} {text} has more than {scale} decimals; round it to {scale}", where);
                }
                else if (XmlFormat.IntegerDigits(number) > precision - scale)
                {
                    Add("DEC003", $"{name} {text} is too large: at most {precision - scale} digits before the decimal point", where);
                }
            }

            if (rule.Table is { } tableName)
            {
                var table = Options.CodeTables.Get(tableName);
                if (!table.Contains(text))
                {
                    Add("DEC004", table.IsComplete
                        ? $"{name} '{text}' is not in the {tableName} code table; use a code from the table"
                        : $"{name} '{text}' is not in the SDK's partial {tableName} table; check it against the single window's parameter table", where, table.IsComplete ? ValidationSeverity.Error : ValidationSeverity.Warning);
                }
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (!System.Xml.XmlConvert.IsXmlChar(text[i]))
                {
                    Add("DEC005", $"{name} holds a character XML cannot carry (U+{(int)text[i]:X4}); remove control characters and unpaired surrogates", where);
                    break;
                }
            }
        }

        private static IssueLocation Where(string xpath, string property) => new() { XPath = xpath, PropertyPath = property };

        private void Add(string code, string message, IssueLocation where, ValidationSeverity severity = ValidationSeverity.Error) =>
            Issues.Add(new ValidationIssue(code, severity, message, where));
    }
}
