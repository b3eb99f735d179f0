using System.CommandLine;
using Gateway.Sdk;
using Gateway.Sdk.Batch;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Sqlite;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway batch WORKBOOK</c>: check a workbook of declarations (<c>--dry-run</c>), or sign and file its valid
/// declarations with a durable journal, so that a run killed at any moment and started again files nothing twice.</summary>
internal static class BatchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var workbook = new Argument<string>("WORKBOOK") { Description = "A declaration workbook (gateway template declaration)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Import and validate every declaration without submitting; print one line per problem and the number of filings." };
        var annotated = new Option<string?>("--annotated") { Description = "Also write a copy of the workbook with each problem as a note on its highlighted cell." };
        var journal = new Option<string?>("--journal") { Description = "The batch journal (a SQLite file, created if missing): run again with the same file to continue a stopped batch." };
        var parallel = new Option<int>("--parallel") { Description = "How many declarations are signed and sent at once.", DefaultValueFactory = _ => 4 };
        var key = new Option<string?>("--key") { Description = "Sign each declaration's message with this private key (PEM or PKCS#12)." };
        var cert = new Option<string?>("--cert") { Description = "Certificate (PEM or DER) when the key file does not hold it." };
        var profile = new Option<string?>("--profile") { Description = $"Signature profile: {string.Join(", ", SignatureProfiles.Names)}." };
        var connection = TransportCommands.NewConnection(endpointRequired: false);
        var command = new Command("batch", "Check a workbook of declarations (--dry-run), or sign and file its valid declarations with a resumable journal. Exit 0 all valid and filed, 1 some invalid or refused, 2 usage or I/O error or filings left pending.")
        {
            workbook, dryRun, annotated, journal, parallel, key, cert, profile,
        };
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(workbook)!;
            if (!parse.GetValue(dryRun) && (parse.GetValue(connection.Endpoint) is null || parse.GetValue(journal) is null))
            {
                error.WriteLine("gateway: error: filing a batch needs --endpoint and --journal (or --dry-run to only check the workbook)");
                return GatewayCommand.UsageOrIoError;
            }

            WorkbookImport read;
            using (var stream = File.OpenRead(path))
            {
                read = new DeclarationWorkbookReader().Read(stream);
            }

            foreach (var issue in read.Report.Issues)
            {
                error.WriteLine($"{path}: {issue.Location.Cell ?? "workbook"}: {issue.Severity.ToString().ToLowerInvariant()} {issue.Code}: {GatewayCommand.OneLine(issue.Message)}");
            }

            if (parse.GetValue(annotated) is { } copy)
            {
                using var original = File.OpenRead(path);
                using var target = File.Create(copy);
                output.WriteLine($"{copy}: {WorkbookAnnotator.Annotate(original, target, read.Report.Issues)} cell(s) annotated");
            }

            var invalid = read.Filings.Count(static f => !f.Report.IsValid);
            if (parse.GetValue(dryRun))
            {
                output.WriteLine($"{read.Filings.Count} filings: {read.Filings.Count - invalid} valid, {invalid} invalid");
                return read.Report.IsValid ? GatewayCommand.Ok : GatewayCommand.Invalid;
            }

            using var signer = parse.GetValue(key) is { } keyPath ? LocalSigner.FromFiles(keyPath, parse.GetValue(cert), Environment.GetEnvironmentVariable("GATEWAY_KEY_PASSWORD")) : null;
            var chosen = parse.GetValue(profile) is { } name ? SignatureProfiles.Get(name)
                : signer?.KeyAlgorithm == SignatureKeyAlgorithm.Sm2 ? SignatureProfiles.Sm2ChinaPort : SignatureProfiles.RsaSha1Ceb;
            var items = read.Filings.Where(static f => f.Report.IsValid).Select(f => new BatchItem(f.Key, ct =>
                TransportCommands.Prepare(new DeclarationXmlWriter().Write(f.Declaration), null, signer, chosen, ct))).ToList();
            using var client = TransportCommands.Client(parse, connection);
            using var store = new SqliteBatchJournal(parse.GetValue(journal)!);
            var shown = -1;
            var gate = new Lock();
            var progress = new Progress(p =>
            {
                // One line each time another tenth of the batch is done: readable in a log as well as a terminal.
                var done = p.Filed + p.Refused + p.Pending;
                var tenth = p.Total == 0 ? 10 : done * 10 / p.Total;
                lock (gate)
                {
                    if (tenth > shown)
                    {
                        shown = tenth;
                        output.WriteLine($"{done}/{p.Total}: {p.Filed} filed, {p.Refused} refused, {p.Pending} pending");
                    }
                }
            });
            var entries = await new BatchSubmitter(client, store, new BatchSubmitterOptions { MaxParallelism = parse.GetValue(parallel) }).RunAsync(items, progress, cancellationToken).ConfigureAwait(false);
            var keys = items.Select(static i => i.Key).ToHashSet(StringComparer.Ordinal);
            var mine = entries.Where(e => keys.Contains(e.Key)).ToList();
            foreach (var refused in mine.Where(static e => e.State == BatchFilingState.Refused))
            {
                error.WriteLine($"{path}: filing {refused.Key} ({refused.MessageId}): refused {GatewayCommand.OneLine(refused.Detail ?? string.Empty)}");
            }

            var filed = mine.Count(static e => e.State == BatchFilingState.Filed);
            var refusedCount = mine.Count(static e => e.State == BatchFilingState.Refused);
            var pending = items.Count - filed - refusedCount;
            output.WriteLine($"{read.Filings.Count} filings: {filed} filed, {refusedCount} refused, {pending} pending, {invalid} invalid");
            return pending > 0 ? GatewayCommand.UsageOrIoError : refusedCount + invalid > 0 || !read.Report.IsValid ? GatewayCommand.Invalid : GatewayCommand.Ok;
        });
        return command;
    }

    /// <summary>Reports on the worker that made the progress, so lines appear in order and before the summary.</summary>
    private sealed class Progress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
