using System.Globalization;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>The business rules that span fields; the field-table rules are in <c>DeclarationValidator.cs</c>.</summary>
public sealed partial class DeclarationValidator
{
    private sealed partial class Check
    {
        private const int MaxLines = 50;

        public void Rules()
        {
            Lines();
            Weights();
            Parties();
            Charges();
            Containers();
            OriginCertificates();
            AttachedDocuments();
            Operation();
        }

        private void Lines()
        {
            var goods = declaration.Goods;
            if (goods.Count is 0 or > MaxLines)
            {
                Add("DEC011", goods.Count == 0
                    ? "the declaration has no goods lines; add at least one DecList"
                    : $"the declaration has {goods.Count} goods lines; at most {MaxLines} are allowed, split it into several declarations", Where("/DecMessage/DecLists", "Goods"));
            }

            for (var i = 0; i < goods.Count; i++)
            {
                var line = goods[i];
                var xpath = $"/DecMessage/DecLists/DecList[{i + 1}]";
                if (line.ItemNumber is { } number && number != i + 1)
                {
                    Add("DEC012", $"GNo is {number} but this is line {i + 1}; number lines 1, 2, 3… in order without gaps", Where(xpath + "/GNo", $"Goods[{i}].ItemNumber"));
                }

                if (line.HsCode is { Length: not 10 } hs)
                {
                    Add("DEC010", $"CodeTS '{hs}' has {hs.Length} digits; declarations need the 10-digit commodity code (8-digit tariff code + 2 supplementary digits)", Where(xpath + "/CodeTS", $"Goods[{i}].HsCode"));
                }

                if (line.UnitPrice is { } price && line.DeclaredQuantity is { } quantity && line.TotalPrice is { } total)
                {
                    var expected = price * quantity;
                    var tolerance = Math.Max(Options.TotalPriceTolerance, 0.00005m * Math.Abs(quantity));
                    if (Math.Abs(total - expected) > tolerance)
                    {
                        Add("DEC013", $"DeclTotal {Format(total)} differs from DeclPrice × GQty = {Format(price)} × {Format(quantity)} = {Format(expected)} by more than {Format(tolerance)}; correct the price, quantity or total", Where(xpath + "/DeclTotal", $"Goods[{i}].TotalPrice"));
                    }
                }

                for (var j = 0; j < line.Licences.Count; j++)
                {
                    if (line.Licences[j].ItemNumber is { } licenceLine && line.ItemNumber is { } own && licenceLine != own)
                    {
                        Add("DEC019", $"the licence's GoodsNo is {licenceLine} but it sits in line {own}; use the line's GNo", Where($"{xpath}/DecGoodsLimits/DecGoodsLimit[{j + 1}]/GoodsNo", $"Goods[{i}].Licences[{j}].ItemNumber"));
                    }
                }
            }
        }

        private void Weights()
        {
            if (declaration.Head is { GrossWeight: { } gross, NetWeight: { } net } && gross < net)
            {
                Add("DEC014", $"GrossWet {Format(gross)} kg is less than NetWt {Format(net)} kg; the gross weight includes packaging, so it cannot be smaller", Where("/DecMessage/DecHead/GrossWet", "Head.GrossWeight"));
            }
        }

        private void Parties()
        {
            var head = declaration.Head;
            if (head.TraderCode is { Length: > 0 } trader && !CustomsCode.TryParse(trader, out _) && !UnifiedSocialCreditCode.TryParse(trader, out _))
            {
                Add("DEC017", $"TradeCode '{trader}' is neither a 10-character customs code nor a valid 18-character unified social credit code", Where("/DecMessage/DecHead/TradeCode", "Head.TraderCode"));
            }

            if (head.OwnerCode is { Length: > 0 } owner && owner != "NO" && owner.Length != 9 && !CustomsCode.TryParse(owner, out _) && !UnifiedSocialCreditCode.TryParse(owner, out _))
            {
                Add("DEC017", $"OwnerCode '{owner}' must be a 10-character customs code, a 9-character organisation code, an 18-character unified social credit code, or NO", Where("/DecMessage/DecHead/OwnerCode", "Head.OwnerCode"));
            }
        }

        private void Charges()
        {
            var head = declaration.Head;
            Charge("Fee", "Freight", head.FreightMark, head.FreightRate, head.FreightCurrency);
            Charge("Insur", "Insurance", head.InsuranceMark, head.InsuranceRate, head.InsuranceCurrency);
            Charge("Other", "OtherCharges", head.OtherChargesMark, head.OtherChargesRate, head.OtherChargesCurrency);
        }

        private void Charge(string wire, string property, string? mark, decimal? rate, CurrencyCode? currency)
        {
            if (string.IsNullOrEmpty(mark))
            {
                return;
            }

            if (mark is not ("1" or "2" or "3"))
            {
                Add("DEC022", $"{wire}Mark '{mark}' must be 1 (rate), 2 (unit price) or 3 (total)", Where($"/DecMessage/DecHead/{wire}Mark", $"Head.{property}Mark"));
            }
            else if (rate is null)
            {
                Add("DEC022", $"{wire}Mark is {mark} but {wire}Rate is empty; give the rate or amount", Where($"/DecMessage/DecHead/{wire}Rate", $"Head.{property}Rate"));
            }
            else if (mark != "1" && currency is null)
            {
                Add("DEC022", $"{wire}Mark {mark} states an amount, so {wire}Curr is required; give its currency", Where($"/DecMessage/DecHead/{wire}Curr", $"Head.{property}Currency"));
            }
        }

        private void Containers()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < declaration.Containers.Count; i++)
            {
                var container = declaration.Containers[i];
                var xpath = $"/DecMessage/DecContainers/Container[{i + 1}]";
                if (container.Number is { } number && !seen.Add(number.ToString()))
                {
                    Add("DEC024", $"container {number} is listed twice; list each container once with all its line numbers", Where(xpath + "/ContainerId", $"Containers[{i}].Number"));
                }

                LineReferences(container.ItemNumbers, "GoodsNo", xpath + "/GoodsNo", $"Containers[{i}].ItemNumbers");
            }

            for (var i = 0; i < declaration.ElectronicDocuments.Count; i++)
            {
                LineReferences(declaration.ElectronicDocuments[i].ItemNumbers, "GNoStr", $"/DecMessage/EdocRealation[{i + 1}]/GNoStr", $"ElectronicDocuments[{i}].ItemNumbers");
            }
        }

        private void LineReferences(string? list, string name, string xpath, string property)
        {
            if (string.IsNullOrEmpty(list))
            {
                return;
            }

            foreach (var part in list.Split(','))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var line) || line < 1 || line > declaration.Goods.Count)
                {
                    Add("DEC019", $"{name} '{list}' refers to '{part}', which is not a goods line (1 to {declaration.Goods.Count}); write line numbers separated by commas, such as 1,3", Where(xpath, property));
                    return;
                }
            }
        }

        private void OriginCertificates()
        {
            var agreements = Options.CodeTables.TradeAgreements;
            for (var i = 0; i < declaration.OriginCertificateRelations.Count; i++)
            {
                var relation = declaration.OriginCertificateRelations[i];
                var xpath = $"/DecMessage/EcoRelation[{i + 1}]";
                if (relation.CertificateType is { Length: > 0 } type && (type.Length != 3 || type[0] != 'Y' || !agreements.Contains(type[1..])))
                {
                    Add("DEC021", $"CertType '{type}' must be Y followed by a preferential trade agreement code from the trade-agreements table (such as Y22 for RCEP)", Where(xpath + "/CertType", $"OriginCertificateRelations[{i}].CertificateType"), agreements.IsComplete || type.Length != 3 || type[0] != 'Y' ? ValidationSeverity.Error : ValidationSeverity.Warning);
                }

                if (relation.DeclarationItemNumber is { Length: > 0 } line)
                {
                    LineReferences(line, "DecGNo", xpath + "/DecGNo", $"OriginCertificateRelations[{i}].DeclarationItemNumber");
                }
            }
        }

        private void AttachedDocuments()
        {
            if (Options.AttachedDocumentPolicy is not { } policy || declaration.Head.Direction is not { } direction)
            {
                return;
            }

            var hsCodes = declaration.Goods.Where(static g => g.HsCode is not null).Select(static g => g.HsCode!.Value.ToString()).ToList();
            var attached = declaration.ElectronicDocuments.Select(static d => d.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var edocs = Options.CodeTables.EdocCodes;
            string Describe(string code) => edocs.TryGet(code, out var entry) ? $"{code} {entry.NameZh}" : code;
            var kind = direction == TradeDirection.Import ? "imports" : "exports";

            if (Submit)
            {
                foreach (var code in policy.RequiredDocuments(direction, hsCodes).Where(code => !attached.Contains(code)))
                {
                    Add("DEC018", $"{Describe(code)} is required for {kind} under attached-document policy '{policy.Name}'; attach it as an EdocRealation, or choose your region's policy", Where("/DecMessage", "ElectronicDocuments"));
                }
            }

            for (var i = 0; i < declaration.ElectronicDocuments.Count; i++)
            {
                if (declaration.ElectronicDocuments[i].Code is { } code && policy.Requirement(direction, code, hsCodes) == DocumentRequirement.Unnecessary)
                {
                    Add("DEC018", $"{Describe(code)} is no longer needed for {kind} under policy '{policy.Name}' ({policy.Source(direction, code, hsCodes)}); you may leave it out", Where($"/DecMessage/EdocRealation[{i + 1}]/EdocCode", $"ElectronicDocuments[{i}].Code"), ValidationSeverity.Warning);
                }
            }
        }

        private void Operation()
        {
            var sign = declaration.Sign;
            if (sign.OperationType is { Length: > 0 } operation && operation is not ("A" or "B" or "C" or "D" or "E" or "G"))
            {
                Add("DEC020", $"OperType '{operation}' must be A (upload), B, C (submit), D, E or G (save draft)", Where("/DecMessage/DecSign/OperType", "Sign.OperationType"));
            }

            if (declaration.Head.DeclarationType is { TwoStep: TwoStepMode.Summary } && declaration.Head.Direction == TradeDirection.Export)
            {
                Add("DEC023", "Type marks a two-step summary declaration (position 3 = 5), which is for imports only; use an integrated declaration for exports", Where("/DecMessage/DecHead/Type", "Head.DeclarationType"));
            }
        }

        private static string Format(decimal value) => Xml.XmlFormat.Decimal(value);
    }
}
