using System.CommandLine;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.Origin;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway validate FILE... [--level draft|submit] [--format text|json]</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE") { Description = "Messages to validate: XML, or UN/EDIFACT (recognised by UNA/UNB; CUSDEC gets the declaration rules too).", Arity = ArgumentArity.OneOrMore };
        var level = new Option<string?>("--level") { Description = "draft (暂存) or submit (申报); default: from the document (DecSign/OperType G = draft)." };
        level.AcceptOnlyFromAmong("draft", "submit");
        var format = new Option<string>("--format") { Description = "text (one line per finding on stderr) or json (one object per finding on stdout).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var schemas = new Option<string?>("--schemas") { Description = "Folder of official XSDs that replace the SDK's own for the same namespace." };
        var codes = new Option<string?>("--codes") { Description = "Folder of code tables (<table>.csv) that replace the SDK's embedded ones." };
        var requireSignature = new Option<bool>("--require-signature") { Description = "Require the fields filled by signing (DecSign/Sign, SignDate) when submitting; use it on final, signed messages." };
        var policy = new Option<string>("--policy") { Description = $"Attached-document policy profile: {string.Join(", ", AttachedDocumentPolicy.Names)}, or none.", DefaultValueFactory = _ => "national" };

        var command = new Command("validate", "Check messages against their XSD and business rules; exit 0 valid, 1 invalid, 2 usage or I/O error.")
        {
            files, level, format, schemas, codes, policy, requireSignature,
        };
        command.SetAction(parse =>
        {
            var tables = parse.GetValue(codes) is { } c ? CodeTables.FromDirectory(c) : CodeTables.Default;
            var options = new DocumentValidatorOptions
            {
                Schemas = parse.GetValue(schemas) is { } s ? SchemaCatalog.FromDirectory(s) : SchemaCatalog.Default,
                Origin = new OriginValidationOptions { Codes = tables, Types = CertificateTypes.From(tables.CertificateTypes) },
                Declarations = new DeclarationValidationOptions
                {
                    CodeTables = tables,
                    AttachedDocumentPolicy = parse.GetValue(policy) is "none" or null ? null : AttachedDocumentPolicy.Get(parse.GetValue(policy)!),
                    RequireSignature = parse.GetValue(requireSignature),
                },
            };
            var requested = parse.GetValue(level) switch
            {
                "draft" => ValidationLevel.Draft,
                "submit" => ValidationLevel.Submit,
                _ => (ValidationLevel?)null,
            };
            var json = parse.GetValue(format) == "json";
            return Validate(parse.GetValue(files)!, new DocumentValidator(options), requested, json, output, error);
        });
        return command;
    }

    private static int Validate(string[] files, DocumentValidator validator, ValidationLevel? level, bool json, TextWriter output, TextWriter error)
    {
        var exit = GatewayCommand.Ok;
        var (valid, invalid, unread) = (0, 0, 0);
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                var missing = new ValidationIssue("IO001", ValidationSeverity.Error, "file not found; check the path", IssueLocation.Document);
                (json ? output : error).WriteLine(json ? FindingJson.Format(file, missing) : FormatText(file, missing));
                exit = GatewayCommand.UsageOrIoError;
                unread++;
                continue;
            }

            DocumentValidationResult result;
            using (var stream = File.OpenRead(file))
            {
                result = validator.Validate(stream, level);
            }

            foreach (var issue in result.Report.Issues)
            {
                if (json)
                {
                    output.WriteLine(FindingJson.Format(file, issue));
                }
                else
                {
                    error.WriteLine(FormatText(file, issue));
                }
            }

            if (result.Report.IsValid)
            {
                valid++;
            }
            else
            {
                invalid++;
                exit = Math.Max(exit, GatewayCommand.Invalid);
            }
        }

        if (!json)
        {
            output.WriteLine($"{files.Length} file(s): {valid} valid, {invalid} invalid" + (unread > 0 ? $", {unread} not read" : string.Empty));
        }

        return exit;
    }

    private static string FormatText(string file, ValidationIssue issue)
    {
        var where = issue.Location.Line > 0 ? $"{file}:{issue.Location.Line}:{issue.Location.Column}" : file;
        return $"{where}: {issue.Severity.ToString().ToLowerInvariant()} {issue.Code}: {GatewayCommand.OneLine(issue.Message)}";
    }
}
