using System.CommandLine;
using System.Xml;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Validation;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway convert IN --to xml|edifact -o OUT</c>: a declaration between DecMessage XML and CUSDEC, or a
/// manifest between Manifest XML and CUSCAR, through the model.</summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("IN") { Description = "A declaration (DecMessage XML or CUSDEC) or a manifest (Manifest XML or CUSCAR); UN/EDIFACT is recognised by UNA/UNB." };
        var to = new Option<string>("--to") { Description = "xml, or edifact (CUSDEC D.96B for a declaration, CUSCAR D.95B for a manifest; UNOW).", Required = true };
        to.AcceptOnlyFromAmong("xml", "edifact");
        var file = new Option<string>("-o", "--output") { Description = "The file to write.", Required = true };
        var command = new Command("convert", "Convert a customs declaration (XML ⇄ CUSDEC) or a cargo manifest (XML ⇄ CUSCAR) through the domain model; exit 0 written, 1 the input has errors, 2 usage or I/O error.")
        {
            input, to, file,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var bytes = File.ReadAllBytes(path);
            var xml = parse.GetValue(to) == "xml";
            var target = (parse.GetValue(file)!, parse.GetValue(to)!);
            var edifact = DocumentValidator.IsEdifact(bytes);
            return IsManifest(bytes, edifact)
                ? Convert(path, target, edifact ? CuscarReader.Read(new MemoryStream(bytes)) : new ManifestXmlReader().Read(bytes), m => xml ? new ManifestXmlWriter().Write(m) : new CuscarWriter().Write(m), output, error)
                : Convert(path, target, edifact ? new CusdecReader().Read(new MemoryStream(bytes)) : new DeclarationXmlReader().Read(bytes), d => xml ? new DeclarationXmlWriter().Write(d) : new CusdecWriter().Write(d), output, error);
        });
        return command;
    }

    private static int Convert<T>(string path, (string File, string Syntax) target, ReadResult<T> read, Func<T, byte[]> write, TextWriter output, TextWriter error)
        where T : class
    {
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

        File.WriteAllBytes(target.File, write(read.Value));
        output.WriteLine($"{path} -> {target.File} ({target.Syntax})");
        return GatewayCommand.Ok;
    }

    /// <summary>Says whether the input is a manifest: a CUSCAR message (or one with no type), or a Manifest root; anything unreadable goes the declaration way, whose reader reports it.</summary>
    private static bool IsManifest(byte[] bytes, bool edifact)
    {
        try
        {
            if (edifact)
            {
                return new EdifactReader(new MemoryStream(bytes)).Messages().FirstOrDefault()?.Type is "CUSCAR" or "";
            }

            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "Manifest";
        }
        catch (Exception e) when (e is EdifactException or XmlException)
        {
            return false;
        }
    }
}
