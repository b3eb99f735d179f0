using System.CommandLine;
using Gateway.Sdk.Validation;

namespace Gateway.Cli;

/// <summary>Builds the <c>gateway</c> command tree and runs it with the exit codes of the CLI contract (0 ok, 1 findings, 2 usage or I/O error).</summary>
internal static class GatewayCommand
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int UsageOrIoError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("gateway: validate, sign, verify and file trade documents for China's International Trade Single Window and China E-Port.");
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(SigningCommands.Sign(output));
        root.Subcommands.Add(SigningCommands.Verify(output, error));
        root.Subcommands.Add(SigningCommands.Keygen(output));
        root.Subcommands.Add(TransportCommands.Simulate(output));
        root.Subcommands.Add(TransportCommands.Submit(output));
        root.Subcommands.Add(TransportCommands.Receipts(output));
        root.Subcommands.Add(ConvertCommand.Create(output, error));
        root.Subcommands.Add(EdifactCommands.Create(output));
        root.Subcommands.Add(TemplateCommand.Create(output));
        root.Subcommands.Add(BatchCommand.Create(output, error));
        root.Subcommands.Add(ReportCommand.Create(output));
        root.Subcommands.Add(WorkerCommand.Create(output));
        root.Subcommands.Add(RefundCommands.Create(output, error));
        root.Subcommands.Add(OriginCommands.Create(output, error));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"gateway: {problem.Message}");
            }

            error.WriteLine("Run 'gateway --help' for usage.");
            return UsageOrIoError;
        }

        try
        {
            return parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("gateway: stopped before the end; a batch run again with the same journal continues where it stopped");
            return UsageOrIoError;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException or ArgumentException or FormatException or System.Xml.Schema.XmlSchemaException or System.Xml.XmlException or Gateway.Sdk.GatewayException or OverflowException or Microsoft.Data.Sqlite.SqliteException)
        {
            var code = e switch
            {
                Gateway.Sdk.Signing.SigningException signing => $" {signing.Code}",
                Gateway.Sdk.Transport.GatewayRequestException request => $" {request.ErrorCode}",
                Gateway.Sdk.Edifact.EdifactException edifact => $" {edifact.Code}",
                _ => string.Empty,
            };
            error.WriteLine($"gateway: error{code}: {OneLine(e.Message)}");
            return UsageOrIoError;
        }
    }

    public static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <summary>Prints issues one per line: the file, then the cell or the row's property, the severity, code and message.</summary>
    public static void Print(TextWriter error, string file, IEnumerable<ValidationIssue> issues)
    {
        foreach (var issue in issues)
        {
            var where = issue.Location.Cell ?? issue.Location.PropertyPath ?? issue.Location.XPath;
            error.WriteLine($"{file}: {(where is null ? string.Empty : where + ": ")}{issue.Severity.ToString().ToLowerInvariant()} {issue.Code}: {OneLine(issue.Message)}");
        }
    }
}
