using System.CommandLine;
using Gateway.Sdk.Documents.TaxRefund;
using Gateway.Sdk.OpenXml;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway template FAMILY -o FILE</c>: the Excel workbook a broker fills for a batch.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter output)
    {
        var family = new Argument<string>("FAMILY") { Description = "The filing family: declaration, manifest (cargo manifests), taxrefund (the two export tax-refund forms) or origin (certificates of origin)." };
        family.AcceptOnlyFromAmong("declaration", "manifest", "taxrefund", "origin");
        var file = new Option<string>("-o", "--output") { Description = "The .xlsx file to write.", Required = true };
        var command = new Command("template", "Write an Excel template for a batch of filings: Chinese and English headers, required fields marked, code-table drop-downs; exit 0 written, 2 usage or I/O error.")
        {
            family, file,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            switch (parse.GetValue(family))
            {
                case "taxrefund":
                    TaxRefundWorkbook.Write(path, new TaxRefundFiling { TaxpayerId = string.Empty, TaxpayerName = string.Empty, Period = string.Empty, Batch = string.Empty });
                    break;
                case "origin":
                    using (var stream = File.Create(path))
                    {
                        OriginWorkbook.WriteTemplate(stream);
                    }

                    break;
                case "manifest":
                    using (var stream = File.Create(path))
                    {
                        ManifestWorkbook.WriteTemplate(stream);
                    }

                    break;
                default:
                    DeclarationWorkbookTemplate.Write(path);
                    break;
            }

            output.WriteLine($"{path}: {parse.GetValue(family)} template written");
            return GatewayCommand.Ok;
        });
        return command;
    }
}
