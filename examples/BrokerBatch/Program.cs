using Gateway.Sdk.Batch;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Reporting;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Sqlite;
using Gateway.Sdk.Transport;
using Gateway.Simulator;

// Files a workbook of declarations from code, as an ERP or a broker's own program would, without the gateway tool:
// import with every problem at its cell, sign each declaration's DecSign, file with a SQLite journal (run it again with
// the same folder after a crash: nothing is filed twice), collect the receipts, then write the results workbook and the
// clearance-time report. Against the embedded simulator; pass WORKBOOK and FOLDER to use your own.
var workbook = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "declarations-batch.xlsx");
var folder = args.Length > 1 ? args[1] : Directory.CreateTempSubdirectory("broker-batch-").FullName;

WorkbookImport<CustomsDeclaration> read;
using (var file = File.OpenRead(workbook))
{
    read = new DeclarationWorkbookReader().Read(file);
}

foreach (var issue in read.Report.Issues)
{
    Console.Error.WriteLine($"{workbook}: {issue}");
}

using var signer = KeyGenerator.Create(SignatureKeyAlgorithm.Sm2).ToSigner(); // a test key; use your company's certificate in production
await using var gateway = await GatewaySimulator.StartAsync(new() { RegisteredSigners = [signer.Certificate], ReceiptInterval = TimeSpan.FromMilliseconds(50) });
using var client = new GatewayClient(new() { Endpoint = gateway.BaseAddress, ApiKey = gateway.ApiKey });
using var journal = new SqliteBatchJournal(Path.Combine(folder, "batch.journal"));

var items = read.Filings.Where(f => f.Report.IsValid).Select(f => new BatchItem(f.Key, async ct =>
    GatewayMessage.FromXml(new DeclarationXmlWriter().Write(await DeclarationSigner.SignAsync(f.Document, signer, cancellationToken: ct))))
{
    Labels = BatchLabels.For(f.Document),
}).ToList();
var options = new BatchSubmitterOptions { MaxParallelism = 8, ReceiptWatch = TimeSpan.FromMinutes(2), ReceiptPollInterval = TimeSpan.FromMilliseconds(500) };
var entries = await new BatchSubmitter(client, journal, options).RunAsync(items);

using (var results = File.Create(Path.Combine(folder, "results.xlsx")))
{
    BatchResultsWorkbook.Write(results, entries, [.. read.Filings.Where(static f => !f.Report.IsValid)]);
}

var report = ClearanceReport.Create(entries);
using (var html = File.CreateText(Path.Combine(folder, "report.html")))
{
    ClearanceReportHtml.Write(html, report, $"Clearance-time report: {Path.GetFileName(workbook)}");
}

Console.WriteLine($"{read.Filings.Count} declarations: {string.Join(", ", entries.GroupBy(static e => e.Result).OrderBy(static g => g.Key, StringComparer.Ordinal).Select(static g => $"{g.Count()} {g.Key.ToLowerInvariant()}"))}, {read.Filings.Count - items.Count} invalid");
Console.WriteLine($"RCEP 6-hour release: {ClearanceReport.Summarize(report.RcepRelease)}");
Console.WriteLine($"results: {Path.Combine(folder, "results.xlsx")}; report: {Path.Combine(folder, "report.html")}");
