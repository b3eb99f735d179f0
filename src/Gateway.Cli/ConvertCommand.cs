using System.CommandLine;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Validation;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway convert IN --to xml|edifact -o OUT</c>: a declaration between DecMessage XML and CUSDEC, through the model.</summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("IN") { Description = "A declaration: DecMessage XML, or a CUSDEC interchange (recognised by UNA/UNB)." };
        var to = new Option<string>("--to") { Description = "xml (DecMessage) or edifact (CUSDEC D.96B, UNOW).", Required = true };
        to.AcceptOnlyFromAmong("xml", "edifact");
        var file = new Option<string>("-o", "--output") { Description = "The file to write.", Required = true };
        var command = new Command("convert", "Convert a customs declaration between XML and UN/EDIFACT CUSDEC through the domain model; exit 0 written, 1 the input has errors, 2 usage or I/O error.")
        {
            input, to, file,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var bytes = File.ReadAllBytes(path);
            var read = DocumentValidator.IsEdifact(bytes) ? new CusdecReader().Read(new MemoryStream(bytes)) : new DeclarationXmlReader().Read(bytes);
            foreach (var issue in read.Report.Issues)
            {
                var where = issue.Location.Line > 0 ? $"{path}:{issue.Location.Line}:{issue.Location.Column}" : path;
                error.WriteLine($"{where}: {issue.Severity.ToString().ToLowerInvariant()} {issue.Code}: {GatewayCommand.OneLine(issue.Message)}");
            }

            if (!read.Report.IsValid || read.Value is null)
            {
                output.WriteLine($"{path}: not converted: fix the errors above");
                return GatewayCommand.Invalid;
            }

            var target = parse.GetValue(file)!;
            File.WriteAllBytes(target, parse.GetValue(to) == "xml" ? new DeclarationXmlWriter().Write(read.Value) : new CusdecWriter().Write(read.Value));
            output.WriteLine($"{path} -> {target} ({parse.GetValue(to)})");
            return GatewayCommand.Ok;
        });
        return command;
    }
}
