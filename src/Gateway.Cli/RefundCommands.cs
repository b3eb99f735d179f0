using System.CommandLine;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.TaxRefund;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Validation;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway refund export|import|compare</c>: the export tax-refund forms as a workbook, and the automatic comparison with declarations.</summary>
internal static class RefundCommands
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("refund", "Export tax-refund filings (出口退税): the forms as an Excel workbook and back, and the comparison with customs declarations.");
        command.Subcommands.Add(Export(output, error));
        command.Subcommands.Add(Import(output, error));
        command.Subcommands.Add(Compare(output, error));
        return command;
    }

    private static Command Export(TextWriter output, TextWriter error)
    {
        var filing = new Argument<string>("FILING") { Description = "A refund filing in the SDK's XML format (urn:gateway-sdk:taxrefund:1)." };
        var file = new Option<string>("-o", "--output") { Description = "The .xlsx file to write: the export-detail and purchase-detail forms, 2022 layout.", Required = true };
        var command = new Command("export", "Write a refund filing as the two forms in one workbook; the rules' findings are printed, and the forms written all the same. Exit 0 valid, 1 findings, 2 unreadable filing or I/O error.")
        {
            filing, file,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(filing)!;
            var read = new TaxRefundXmlReader().Read(File.ReadAllBytes(path));
            GatewayCommand.Print(error, path, read.Report.Issues);
            if (read.Value is null || !read.Report.IsValid)
            {
                return GatewayCommand.UsageOrIoError;
            }

            var rules = new TaxRefundValidator().Validate(read.Value);
            GatewayCommand.Print(error, path, rules.Issues);
            TaxRefundWorkbook.Write(parse.GetValue(file)!, read.Value);
            output.WriteLine($"{parse.GetValue(file)}: {read.Value.ExportRows.Count} export rows, {read.Value.PurchaseRows.Count} purchase rows, refundable {RefundArithmetic.Format(RefundArithmetic.Totals(read.Value).RefundableAmount)} yuan");
            return rules.IsValid ? GatewayCommand.Ok : GatewayCommand.Invalid;
        });
        return command;
    }

    private static Command Import(TextWriter output, TextWriter error)
    {
        var forms = new Argument<string>("FORMS") { Description = "A workbook of the two refund forms (gateway refund export, or gateway template taxrefund filled in)." };
        var file = new Option<string>("-o", "--output") { Description = "The refund filing to write, in the SDK's XML format; written only when the workbook has no errors.", Required = true };
        var annotated = new Option<string?>("--annotated") { Description = "Also write a copy of the workbook with each problem as a note on its highlighted cell." };
        var command = new Command("import", "Read the refund forms from a workbook, check them and write the filing as XML; one line per problem, with its cell. Exit 0 written, 1 problems (nothing written), 2 usage or I/O error.")
        {
            forms, file, annotated,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(forms)!;
            ReadResult<TaxRefundFiling> read;
            using (var stream = File.OpenRead(path))
            {
                read = new TaxRefundWorkbookReader().Read(stream);
            }

            GatewayCommand.Print(error, path, read.Report.Issues);
            if (parse.GetValue(annotated) is { } copy)
            {
                using var original = File.OpenRead(path);
                using var target = File.Create(copy);
                output.WriteLine($"{copy}: {WorkbookAnnotator.Annotate(original, target, read.Report.Issues)} cell(s) annotated");
            }

            if (read.Value is null || !read.Report.IsValid)
            {
                output.WriteLine($"{path}: {read.Report.Errors.Count()} error(s); {parse.GetValue(file)} not written");
                return GatewayCommand.Invalid;
            }

            File.WriteAllBytes(parse.GetValue(file)!, TaxRefundXmlWriter.Write(read.Value));
            output.WriteLine($"{parse.GetValue(file)}: {read.Value.ExportRows.Count} export rows, {read.Value.PurchaseRows.Count} purchase rows");
            return GatewayCommand.Ok;
        });
        return command;
    }

    private static Command Compare(TextWriter output, TextWriter error)
    {
        var filing = new Argument<string>("FILING") { Description = "A refund filing in the SDK's XML format." };
        var declarations = new Argument<string[]>("DECLARATION") { Description = "The customs declarations (DecMessage XML) the export rows refer to: files, or folders of *.xml files.", Arity = ArgumentArity.OneOrMore };
        var quantity = new Option<decimal>("--quantity-tolerance") { Description = "How far an export row's quantity may be from its declaration line's.", DefaultValueFactory = _ => 0m };
        var fob = new Option<decimal>("--fob-tolerance") { Description = "How far an export row's FOB value in USD may be from its declaration line's.", DefaultValueFactory = _ => 0.01m };
        var command = new Command("compare", "Compare each export row with its declaration line (自动比对): entry id and item, HS code, unit, quantity, FOB and export date; one line per mismatch with both values. Exit 0 all agree, 1 mismatches, 2 unreadable input.")
        {
            filing, declarations, quantity, fob,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(filing)!;
            var read = new TaxRefundXmlReader().Read(File.ReadAllBytes(path));
            GatewayCommand.Print(error, path, read.Report.Issues);
            var files = parse.GetValue(declarations)!.SelectMany(static p => Directory.Exists(p) ? Directory.GetFiles(p, "*.xml").Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]).ToList();
            var found = new List<CustomsDeclaration>();
            foreach (var file in files)
            {
                var declaration = new DeclarationXmlReader().Read(File.ReadAllBytes(file));
                GatewayCommand.Print(error, file, declaration.Report.Issues.Where(static i => i.Severity == ValidationSeverity.Error));
                if (declaration.Value is { } d)
                {
                    found.Add(d);
                }
            }

            if (read.Value is null || !read.Report.IsValid || found.Count < files.Count)
            {
                return GatewayCommand.UsageOrIoError;
            }

            var report = RefundComparison.Compare(read.Value, found, new RefundComparisonOptions { QuantityTolerance = parse.GetValue(quantity), FobTolerance = parse.GetValue(fob) });
            GatewayCommand.Print(error, path, report.Issues);
            output.WriteLine($"{read.Value.ExportRows.Count} export rows against {found.Count} declarations: {report.Issues.Count} mismatch(es)");
            return report.IsValid && report.Issues.Count == 0 ? GatewayCommand.Ok : GatewayCommand.Invalid;
        });
        return command;
    }
}
