using System.CommandLine;
using System.Globalization;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.Origin;
using Gateway.Sdk.OpenXml;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway origin print|link</c>: the self-print certificate and the declaration's EcoRelation lines
/// (a workbook of applications is checked, exported and filed by <c>gateway batch</c>).</summary>
internal static class OriginCommands
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("origin", "Certificates of origin (原产地证书): print for self-print, link to a customs declaration (a workbook of applications goes to gateway batch).");
        command.Subcommands.Add(Print(output, error));
        command.Subcommands.Add(Link(output, error));
        return command;
    }

    private static Command Print(TextWriter output, TextWriter error)
    {
        var certificate = new Argument<string>("CERTIFICATE") { Description = "A certificate of origin application (Certificate XML)." };
        var file = new Option<string>("-o", "--output") { Description = "The .docx file to write, laid out like the printed RCEP certificate form (boxes 1–16).", Required = true };
        var command = new Command("print", "Render a certificate to a Word document for self-print (自助打印); the rules' findings are printed, and the document written all the same. Exit 0 valid, 1 findings, 2 unreadable certificate or I/O error.")
        {
            certificate, file,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(certificate)!;
            if (Read(path, error) is not { } read)
            {
                return GatewayCommand.UsageOrIoError;
            }

            var rules = new OriginValidator().Validate(read);
            GatewayCommand.Print(error, path, rules.Issues);
            using (var stream = File.Create(parse.GetValue(file)!))
            {
                CertificateDocument.Write(read, stream);
            }

            output.WriteLine($"{parse.GetValue(file)}: {read.Head.CertificateType} certificate {read.Head.CertificateNumber}, {read.Goods.Count} goods line(s)");
            return rules.IsValid ? GatewayCommand.Ok : GatewayCommand.Invalid;
        });
        return command;
    }

    private static Command Link(TextWriter output, TextWriter error)
    {
        var certificate = new Argument<string>("CERTIFICATE") { Description = "A certificate of origin (Certificate XML)." };
        var declaration = new Argument<string>("DECLARATION") { Description = "The customs declaration (DecMessage XML) that claims it." };
        var map = new Option<string[]>("--line") { Description = "CERT=ITEM: link certificate line CERT to declaration item ITEM (repeatable); without it, lines are matched by HS code.", AllowMultipleArgumentsPerToken = true };
        var file = new Option<string?>("-o", "--output") { Description = "Write the declaration with these EcoRelation lines (replacing any it had)." };
        var command = new Command("link", "Build the declaration's EcoRelation lines (原产地证书对应关系) from a certificate and check that linked lines agree in HS code and quantity; one line per relation on standard output, one per problem on standard error. Exit 0 linked, 1 problems, 2 unreadable input.")
        {
            certificate, declaration, map, file,
        };
        command.SetAction(parse =>
        {
            var (certificatePath, declarationPath) = (parse.GetValue(certificate)!, parse.GetValue(declaration)!);
            var dec = new DeclarationXmlReader().Read(File.ReadAllBytes(declarationPath));
            GatewayCommand.Print(error, declarationPath, dec.Report.Errors);
            var lines = Lines(parse.GetValue(map) ?? [], error);
            if (Read(certificatePath, error) is not { } cert || dec.Value is null || lines is null)
            {
                return GatewayCommand.UsageOrIoError;
            }

            var result = OriginLinks.Build(cert, dec.Value, lines.Count == 0 ? null : lines);
            GatewayCommand.Print(error, certificatePath, result.Report.Issues);
            foreach (var r in result.Relations)
            {
                output.WriteLine($"{r.CertificateType} {r.CertificateNumber} certificate line {r.CertificateItemNumber} -> declaration item {r.DeclarationItemNumber}");
            }

            if (parse.GetValue(file) is { } target)
            {
                File.WriteAllBytes(target, new DeclarationXmlWriter().Write(dec.Value with { OriginCertificateRelations = result.Relations }));
                output.WriteLine($"{target}: {result.Relations.Count} EcoRelation line(s) written");
            }

            return result.Report.IsValid ? GatewayCommand.Ok : GatewayCommand.Invalid;
        });
        return command;
    }

    /// <summary>Reads a certificate, printing its reading problems; <see langword="null"/> when it has errors.</summary>
    private static CertificateOfOrigin? Read(string path, TextWriter error)
    {
        var read = new OriginXmlReader().Read(File.ReadAllBytes(path));
        GatewayCommand.Print(error, path, read.Report.Issues);
        return read.Report.IsValid ? read.Value : null;
    }

    /// <summary>Parses <c>CERT=ITEM</c> pairs; <see langword="null"/> after printing the first that does not parse.</summary>
    private static Dictionary<int, int>? Lines(string[] pairs, TextWriter error)
    {
        var lines = new Dictionary<int, int>();
        foreach (var pair in pairs)
        {
            var parts = pair.Split('=');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var line) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var item))
            {
                error.WriteLine($"gateway: --line '{pair}' is not CERT=ITEM; write the certificate line and the declaration item, such as --line 1=3");
                return null;
            }

            lines[line] = item;
        }

        return lines;
    }
}
