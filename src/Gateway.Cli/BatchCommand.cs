using System.CommandLine;
using Gateway.Sdk;
using Gateway.Sdk.Batch;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Documents.Origin;
using Gateway.Sdk.Documents.TaxRefund;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.RabbitMQ;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Transport;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Sqlite;
using Spectre.Console;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway batch WORKBOOK</c>: check a workbook of filings (<c>--dry-run</c>), or sign and file its valid
/// filings with a durable journal, so that a run killed at any moment and started again files nothing twice.</summary>
internal static class BatchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var workbook = new Argument<string>("WORKBOOK") { Description = "A workbook from gateway template: declarations, cargo manifests or certificates of origin; or the two export tax-refund forms (gateway refund export), one filing." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Import and validate every filing without submitting; print one line per problem and the number of filings." };
        var annotated = new Option<string?>("--annotated") { Description = "Also write a copy of the workbook with each problem as a note on its highlighted cell." };
        var xml = new Option<string?>("--xml") { Description = "Also write each valid filing's business message, as it is before signing, into this folder: one file per filing, named by its id." };
        var journal = new Option<string?>("--journal") { Description = "The batch journal (a SQLite file, created if missing): run again with the same file to continue a stopped batch." };
        var parallel = new Option<int>("--parallel") { Description = "How many filings are signed and sent at once.", DefaultValueFactory = _ => 4 };
        var key = new Option<string?>("--key") { Description = "Sign each filing's message with this private key (PEM or PKCS#12)." };
        var cert = new Option<string?>("--cert") { Description = "Certificate (PEM or DER) when the key file does not hold it." };
        var profile = new Option<string?>("--profile") { Description = $"Signature profile: {string.Join(", ", SignatureProfiles.Names)}." };
        var watch = new Option<double>("--watch") { Description = "Seconds to keep collecting receipts once every filing is sent, until each has its final receipt (0: ask once). Run again with the same journal to collect later ones.", DefaultValueFactory = _ => 300 };
        var poll = new Option<double>("--poll") { Description = "Seconds between two rounds of receipt requests.", DefaultValueFactory = _ => 5 };
        var queue = WorkerCommand.QueueOption(required: false);
        var queueName = WorkerCommand.QueueNameOption();
        var results = new Option<string?>("--results") { Description = "The results workbook to write: one row per filing with its entry id, result, receipt timeline and errors (default: WORKBOOK.results.xlsx)." };
        var connection = TransportCommands.NewConnection(endpointRequired: false);
        var command = new Command("batch", "Check a workbook of filings (--dry-run), or sign and file its valid filings with a resumable journal. Exit 0 all valid and filed, 1 some invalid, refused or rejected by customs, 2 usage or I/O error or filings left pending.")
        {
            workbook, dryRun, annotated, xml, journal, parallel, key, cert, profile, watch, poll, results, queue, queueName,
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

            var read = Load(path);
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

            if (parse.GetValue(xml) is { } folder)
            {
                var directory = Directory.CreateDirectory(folder).FullName;
                foreach (var filing in read.Valid)
                {
                    var bytes = filing.Xml();
                    File.WriteAllBytes(Path.Combine(directory, FileName(bytes, filing.Key)), bytes);
                }

                output.WriteLine($"{folder}: {read.Valid.Count} message(s) written");
            }

            var invalid = read.Count - read.Valid.Count;
            if (parse.GetValue(dryRun))
            {
                output.WriteLine($"{read.Count} filings: {read.Valid.Count} valid, {invalid} invalid");
                return read.Report.IsValid ? GatewayCommand.Ok : GatewayCommand.Invalid;
            }

            var queued = parse.GetValue(queue) is not null;
            if (queued && parse.GetValue(key) is not null)
            {
                error.WriteLine("gateway: error: with --queue the workers sign: give --key, --cert and --profile to gateway worker, not to gateway batch");
                return GatewayCommand.UsageOrIoError;
            }

            using var signer = parse.GetValue(key) is { } keyPath ? LocalSigner.FromFiles(keyPath, parse.GetValue(cert), Environment.GetEnvironmentVariable("GATEWAY_KEY_PASSWORD")) : null;
            var chosen = TransportCommands.Profile(parse.GetValue(profile));
            var items = read.Valid.Select(f => new BatchItem(f.Key, ct => TransportCommands.Prepare(f.Xml(), null, signer, chosen, ct)) { Labels = f.Labels }).ToList();
            using var direct = TransportCommands.Client(parse, connection);
            await using var rabbit = queued ? await RabbitMqGatewayClient.ConnectAsync(WorkerCommand.Options(parse, queue, queueName), direct, cancellationToken).ConfigureAwait(false) : null;
            IGatewayClient client = rabbit is null ? direct : rabbit;
            if (rabbit is { WorkerCount: 0 })
            {
                error.WriteLine($"gateway: warning: no gateway worker is taking filings from queue {parse.GetValue(queueName)} yet; the filings wait on the queue for one");
            }

            using var store = new SqliteBatchJournal(parse.GetValue(journal)!);
            var options = new BatchSubmitterOptions
            {
                MaxParallelism = parse.GetValue(parallel),
                ReceiptWatch = TimeSpan.FromSeconds(parse.GetValue(watch)),
                ReceiptPollInterval = TimeSpan.FromSeconds(parse.GetValue(poll)),
            };
            var submitter = new BatchSubmitter(client, store, options);
            var entries = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
                ? await AnsiConsole.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(context => submitter.RunAsync(items, Bars(context, items.Count), cancellationToken)).ConfigureAwait(false)
                : await submitter.RunAsync(items, Lines(output), cancellationToken).ConfigureAwait(false);

            foreach (var refused in entries.Where(static e => e.State == BatchFilingState.Refused))
            {
                error.WriteLine($"{path}: filing {refused.Key} ({refused.MessageId}): refused {GatewayCommand.OneLine(refused.Detail ?? string.Empty)}");
            }

            foreach (var pendingEntry in entries.Where(static e => e.State == BatchFilingState.Prepared))
            {
                error.WriteLine($"{path}: filing {pendingEntry.Key} ({pendingEntry.MessageId}): pending: not acknowledged in this run (a transient failure outlasted the retries); run again with the same journal");
            }

            foreach (var rejected in entries.Where(static e => e.FinalReceipt is { Status: ReceiptStatus.Rejected }))
            {
                var receipt = rejected.FinalReceipt!;
                error.WriteLine($"{path}: filing {rejected.Key} ({rejected.MessageId}): rejected by customs {receipt.Code} {GatewayCommand.OneLine(receipt.Note ?? receipt.Description)}");
            }

            var resultsPath = parse.GetValue(results) ?? Path.ChangeExtension(path, null) + ".results.xlsx";
            using (var file = File.Create(resultsPath))
            {
                BatchResultsWorkbook.Write(file, entries, read.Invalid);
            }

            var count = entries.GroupBy(static e => e.State).ToDictionary(static g => g.Key, static g => g.Count());
            var answered = count.GetValueOrDefault(BatchFilingState.Answered);
            var filed = count.GetValueOrDefault(BatchFilingState.Filed) + answered;
            var refusedCount = count.GetValueOrDefault(BatchFilingState.Refused);
            var rejectedCount = entries.Count(static e => e.FinalReceipt is { Status: ReceiptStatus.Rejected });
            var pending = items.Count - filed - refusedCount;
            output.WriteLine($"{read.Count} filings: {filed} filed, {refusedCount} refused, {pending} pending, {invalid} invalid");
            output.WriteLine($"receipts: {answered} answered ({rejectedCount} rejected by customs), {filed - answered} awaiting their final receipt");
            output.WriteLine($"results: {resultsPath}");
            return pending > 0 ? GatewayCommand.UsageOrIoError : refusedCount + invalid + rejectedCount > 0 || !read.Report.IsValid ? GatewayCommand.Invalid : GatewayCommand.Ok;
        });
        return command;
    }

    /// <summary>Reads the filings of a batch: a declaration workbook, the two refund forms (one filing, keyed
    /// <c>TaxpayerId-Period-Batch</c>), a cargo manifest workbook or a certificate of origin workbook, told apart by their
    /// sheets: the first reader that finds its sheets (no <c>WB002</c>) reads the file.</summary>
    private static Loaded Load(string path)
    {
        Func<Stream, Loaded>[] readers =
        [
            static s => Workbook(new DeclarationWorkbookReader().Read(s), static d => new DeclarationXmlWriter().Write(d), BatchLabels.For),
            static s => Forms(new TaxRefundWorkbookReader().Read(s)),
            static s => Workbook(ManifestWorkbook.Read(s), static m => new ManifestXmlWriter().Write(m), static _ => []),
            static s => Workbook(OriginWorkbook.Read(s), static c => new OriginXmlWriter().Write(c), static _ => []),
        ];
        foreach (var read in readers)
        {
            using var stream = File.OpenRead(path);
            var loaded = read(stream);
            if (!loaded.Report.Issues.Any(static i => i.Code == "WB002"))
            {
                return loaded;
            }
        }

        var none = new ValidationIssue("WB002", ValidationSeverity.Error, $"the workbook has none of the sheets gateway batch reads: {DeclarationSheet} (declarations), 舱单 Manifests (cargo manifests), 证书 Certificates (certificates of origin), or {TaxRefundWorkbook.ExportSheet} and {TaxRefundWorkbook.PurchaseSheet} (export tax refund); start from gateway template FAMILY", IssueLocation.Document);
        return new Loaded(0, [], new ValidationReport([none]), []);
    }

    private const string DeclarationSheet = "表头 Head";

    private static Loaded Workbook<T>(WorkbookImport<T> read, Func<T, byte[]> xml, Func<T, IReadOnlyList<string>> labels) => new(
        read.Filings.Count,
        [.. read.Filings.Where(static f => f.Report.IsValid).Select(f => new Loaded.Filing(f.Key, () => xml(f.Document), labels(f.Document)))],
        read.Report,
        [.. read.Filings.Where(static f => !f.Report.IsValid)]);

    private static Loaded Forms(ReadResult<TaxRefundFiling> forms)
    {
        if (forms.Value is not { } filing)
        {
            return new Loaded(0, [], forms.Report, []);
        }

        var key = $"{filing.TaxpayerId}-{filing.Period}-{filing.Batch}";
        return forms.Report.IsValid
            ? new Loaded(1, [new(key, () => TaxRefundXmlWriter.Write(filing), BatchLabels.For(filing))], forms.Report, [])
            : new Loaded(1, [], forms.Report, [new WorkbookFiling(key, 2, forms.Report)]);
    }

    /// <summary>Names a message's file by its client-side id when that is a safe file name, else by its key.</summary>
    private static string FileName(byte[] message, string key)
    {
        static bool Safe(string name) => name.Length is > 0 and <= 200 && name.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && name[0] != '.';
        string? id;
        try
        {
            id = GatewayMessage.FromXml(message).Id;
        }
        catch (DocumentValidationException)
        {
            id = null;
        }

        return (id is not null && Safe(id) ? id : "filing-" + new string([.. key.Select(static c => char.IsAsciiLetterOrDigit(c) ? c : '_')])) + ".xml";
    }

    /// <summary>Prints a line each time another tenth of the batch is sent, and each time another tenth of the filed ones is answered: readable in a log as well as a terminal.</summary>
    private static SyncProgress<BatchProgress> Lines(TextWriter output)
    {
        var (sentShown, answeredShown) = (-1, 0);
        var gate = new Lock();
        return new SyncProgress<BatchProgress>(p =>
        {
            var done = p.Filed + p.Refused + p.Pending;
            var sent = p.Total == 0 ? 10 : done * 10 / p.Total;
            var answered = p.Filed == 0 ? 0 : p.Answered * 10 / p.Filed;
            lock (gate)
            {
                if (sent > sentShown)
                {
                    sentShown = sent;
                    output.WriteLine($"{done}/{p.Total}: {p.Filed} filed, {p.Refused} refused, {p.Pending} pending");
                }

                if (answered > answeredShown)
                {
                    answeredShown = answered;
                    output.WriteLine($"receipts {p.Answered}/{p.Filed}: {p.Answered - p.Rejected} answered, {p.Rejected} rejected");
                }
            }
        });
    }

    /// <summary>Shows two bars on a terminal: filings sent (with counts per state) and filed ones answered.</summary>
    private static SyncProgress<BatchProgress> Bars(ProgressContext context, int total)
    {
        var sent = context.AddTask("sent", maxValue: Math.Max(total, 1));
        var answered = context.AddTask("answered", maxValue: Math.Max(total, 1));
        return new SyncProgress<BatchProgress>(p =>
        {
            sent.Value = p.Filed + p.Refused + p.Pending;
            sent.Description = $"sent: {p.Filed} filed, {p.Refused} refused, {p.Pending} pending";
            answered.MaxValue = Math.Max(p.Filed, 1);
            answered.Value = p.Answered;
            answered.Description = $"receipts: {p.Answered - p.Rejected} answered, {p.Rejected} rejected";
            context.Refresh();
        });
    }

    /// <summary>Is what a batch file holds: how many filings, the valid ones ready to prepare, the problems, and the invalid filings for the results workbook.</summary>
    private sealed record Loaded(int Count, List<Loaded.Filing> Valid, ValidationReport Report, List<WorkbookFiling> Invalid)
    {
        /// <summary>Is one valid filing: its key, its business message (made when first needed) and its labels for the report.</summary>
        public sealed record Filing(string Key, Func<byte[]> Xml, IReadOnlyList<string> Labels);
    }
}
