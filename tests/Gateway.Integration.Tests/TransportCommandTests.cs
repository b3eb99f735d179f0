using System.Diagnostics;
using Gateway.Integration.Tests.Transport;

namespace Gateway.Integration.Tests;

/// <summary>The <c>gateway simulate|submit|receipts</c> contract, with the simulator as a real process and the commands in-process.</summary>
public sealed class TransportCommandTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gateway-submit-").FullName;
    private Process _simulator = null!;
    private string _endpoint = null!;

    public async Task InitializeAsync() =>
        (_simulator, _endpoint, _) = await StartSimulatorAsync("--api-key", "test-key", "--receipt-interval", "0.05", "--data", Path.Combine(_dir, "ledger"));

    /// <summary>Starts <c>gateway simulate</c> as a process on a free port and reads its banner: the address and, with HTTPS, the certificate file.</summary>
    private static async Task<(Process Process, string Endpoint, string? Certificate)> StartSimulatorAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "gateway.dll"), "simulate", "--port", "0" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var banner = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) ?? throw new InvalidOperationException(await process.StandardError.ReadToEndAsync());
        banner.ShouldStartWith("gateway simulator listening on http");
        var endpoint = banner.Split(' ')[^1];
        (await process.StandardOutput.ReadLineAsync()).ShouldStartWith("api key: ");
        (await process.StandardOutput.ReadLineAsync()).ShouldBe($"ledger:  {endpoint}admin/ledger (send the X-Api-Key header)");
        var next = await process.StandardOutput.ReadLineAsync();
        return (process, endpoint, next!.StartsWith("https:", StringComparison.Ordinal) ? next.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2] : null);
    }

    public Task DisposeAsync()
    {
        _simulator.Kill(entireProcessTree: true);
        _simulator.Dispose();
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void SubmitThenReceipts_FilesOnceAndWatchesToTheFinalReceipt()
    {
        File.WriteAllBytes(F("dec.xml"), SimulatorTests.Bytes("CLI-0001"));

        var first = Run("submit", F("dec.xml"), "--endpoint", _endpoint, "--api-key", "test-key");
        var second = Run("submit", F("dec.xml"), "--endpoint", _endpoint, "--api-key", "test-key");
        var watch = Run("receipts", "CLI-0001", "--endpoint", _endpoint, "--api-key", "test-key", "--watch");

        first.ExitCode.ShouldBe(0, first.Output);
        first.Output.ShouldMatch($@"^{Escaped(F("dec.xml"))}  CLI-0001  filed \d{{4}}-\d\d-\d\d .+ \(1 attempt\)\n$");
        second.Output.ShouldContain("CLI-0001  already filed");
        watch.ExitCode.ShouldBe(0, watch.Error);
        watch.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("  ")[1]).ShouldBe(["0", "L", "P", "R"]);
        watch.Output.ShouldContain("  R  Closed  结关");
    }

    [Fact]
    public void SubmitThenReceipts_Manifest_FilesByMessageIdAndShowsMt9999Results()
    {
        const string Id = "CN_MT2101_1p1_S1_20261122100000009";
        File.WriteAllBytes(F("mt2101.xml"), ManifestSimulatorTests.Manifest("MT2101", Id, null));

        var filed = Run("submit", F("mt2101.xml"), "--endpoint", _endpoint, "--api-key", "test-key");
        var watch = Run("receipts", Id, "--endpoint", _endpoint, "--api-key", "test-key", "--watch");

        filed.ExitCode.ShouldBe(0, filed.Error);
        filed.Output.ShouldContain($"{Id}  filed");
        watch.ExitCode.ShouldBe(0, watch.Error);
        watch.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem().ShouldContain("  01  Accepted  海关接受申报");
    }

    [Fact]
    public void Submit_SignedEnvelopeTwice_UsesTheSameCopMsgIdAndFilesOnce()
    {
        File.WriteAllBytes(F("dec.xml"), SimulatorTests.Bytes("CLI-ENV-1"));
        Run("keygen", "--alg", "sm2", "--key", F("key.pem"), "--cert", F("cert.pem")).ExitCode.ShouldBe(0);
        string[] args = ["submit", F("dec.xml"), "--endpoint", _endpoint, "--api-key", "test-key", "--sender", "DXPENT0000012345", "--key", F("key.pem"), "--cert", F("cert.pem")];

        var first = Run(args);
        var second = Run(args);

        first.ExitCode.ShouldBe(0, first.Output);
        var id = first.Output.Split("  ")[1];
        id.Length.ShouldBe(36);
        second.Output.ShouldContain($"{id}  already filed");
    }

    [Fact]
    public void Submit_RejectedScenarioAndInvalidFile_ExitCodesSayWhatHappened()
    {
        File.WriteAllBytes(F("reject.xml"), SimulatorTests.Bytes("CLI-REJECT", remarks: "[sim:reject=E:税号错误]"));
        File.WriteAllText(F("bad.xml"), File.ReadAllText(F("reject.xml")).Replace("CLI-REJECT", "CLI-BAD", StringComparison.Ordinal).Replace("<CodeTS>8471300000</CodeTS>", "<CodeTS>84713</CodeTS>", StringComparison.Ordinal));

        var submit = Run("submit", F("reject.xml"), F("bad.xml"), "--endpoint", _endpoint, "--api-key", "test-key");
        var receipts = Run("receipts", "CLI-REJECT", "--endpoint", _endpoint, "--api-key", "test-key", "--watch");
        var unknown = Run("receipts", "CLI-NEVER", "--endpoint", _endpoint, "--api-key", "test-key");
        var anonymous = Run("submit", F("reject.xml"), "--endpoint", _endpoint, "--api-key", "wrong");

        submit.ExitCode.ShouldBe(1);
        submit.Output.ShouldContain("CLI-REJECT  filed");
        submit.Output.ShouldContain("CLI-BAD  refused GW422: the declaration is invalid");
        receipts.ExitCode.ShouldBe(1);
        receipts.Output.ShouldContain("  E  Rejected  退单  税号错误");
        (unknown.ExitCode, unknown.Error).ShouldBe((2, "gateway: error GW404: no message with id CLI-NEVER has been filed\n"));
        anonymous.ExitCode.ShouldBe(2);
        anonymous.Output.ShouldContain("error GW401");
    }

    [Fact]
    public async Task Submit_WithClientCertificateOverHttps_FilesWithoutAnApiKey()
    {
        Run("keygen", "--alg", "rsa", "--key", F("client-key.pem"), "--cert", F("client.pem"), "--subject", "CN=erp-client").ExitCode.ShouldBe(0);
        File.WriteAllBytes(F("dec.xml"), SimulatorTests.Bytes("CLI-MTLS"));
        var (process, endpoint, certificate) = await StartSimulatorAsync("--client-cert", F("client.pem"), "--data", Path.Combine(_dir, "mtls"));
        try
        {
            endpoint.ShouldStartWith("https://127.0.0.1:");
            var filed = Run("submit", F("dec.xml"), "--endpoint", endpoint, "--client-cert", F("client.pem"), "--client-key", F("client-key.pem"), "--server-cert", certificate!);
            var anonymous = Run("submit", F("dec.xml"), "--endpoint", endpoint, "--server-cert", certificate!);

            filed.ExitCode.ShouldBe(0, filed.Output);
            filed.Output.ShouldContain("CLI-MTLS  filed");
            anonymous.Output.ShouldContain("error GW401");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }

    [Fact]
    public void Submit_NoGatewayListening_Exits2WithOneLineAfterTheDeadline()
    {
        File.WriteAllBytes(F("dec.xml"), SimulatorTests.Bytes("CLI-DOWN"));

        var result = Run("submit", F("dec.xml"), "--endpoint", "http://127.0.0.1:9/", "--timeout", "1");

        result.ExitCode.ShouldBe(2);
        result.Output.ShouldMatch(@"CLI-DOWN  error TRN00[13]: [^\n]+\n$");
    }

    private static string Escaped(string text) => System.Text.RegularExpressions.Regex.Escape(text);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Repository.Gateway(args);

    private string F(string name) => Path.Combine(_dir, name);
}
