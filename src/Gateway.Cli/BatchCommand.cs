using System.CommandLine;
using Gateway.Sdk.OpenXml;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway batch WORKBOOK --dry-run [--annotated COPY]</c>: import and check a workbook of declarations.</summary>
/// <remarks>Filing the batch (journal, parallel submission, results workbook) is not in this version; the command says so.</remarks>
internal static class BatchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var workbook = new Argument<string>("WORKBOOK") { Description = "A declaration workbook (gateway template declaration)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Import and validate every declaration without submitting; print one line per problem and the number of filings." };
        var annotated = new Option<string?>("--annotated") { Description = "Also write a copy of the workbook with each problem as a note on its highlighted cell." };
        var command = new Command("batch", "Check (and, in a later version, file) a workbook of declarations; exit 0 all valid, 1 some invalid, 2 usage or I/O error.")
        {
            workbook, dryRun, annotated,
        };
        command.SetAction(parse =>
        {
            if (!parse.GetValue(dryRun))
            {
                error.WriteLine("gateway: error: filing a batch needs the batch journal, which this version does not have yet; run with --dry-run to check the workbook");
                return GatewayCommand.UsageOrIoError;
            }

            var path = parse.GetValue(workbook)!;
            WorkbookImport read;
            using (var file = File.OpenRead(path))
            {
                read = new DeclarationWorkbookReader().Read(file);
            }

            foreach (var issue in read.Report.Issues)
            {
                error.WriteLine($"{path}: {issue.Location.Cell ?? "workbook"}: {issue.Severity.ToString().ToLowerInvariant()} {issue.Code}: {GatewayCommand.OneLine(issue.Message)}");
            }

            if (parse.GetValue(annotated) is { } copy)
            {
                using var original = File.OpenRead(path);
                using var target = File.Create(copy);
                var cells = WorkbookAnnotator.Annotate(original, target, read.Report.Issues);
                output.WriteLine($"{copy}: {cells} cell(s) annotated");
            }

            var invalid = read.Filings.Count(static f => !f.Report.IsValid);
            output.WriteLine($"{read.Filings.Count} filings: {read.Filings.Count - invalid} valid, {invalid} invalid");
            return read.Report.IsValid ? GatewayCommand.Ok : GatewayCommand.Invalid;
        });
        return command;
    }
}
