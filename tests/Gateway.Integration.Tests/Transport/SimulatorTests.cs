using Gateway.Sdk;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Transport;
using Gateway.Simulator;
using Gateway.Tests.Shared;
using QuickStart;

namespace Gateway.Integration.Tests.Transport;

/// <summary>The client against the real simulator over loopback: filing, de-duplication, refusal, receipts and persistence.</summary>
public class SimulatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task SubmitAsync_SameMessageTwice_FilesItOnceAndSaysSoTheSecondTime()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var client = ClientFor(simulator);
        var message = Declaration("EXP-DUP-1");

        var first = await client.SubmitAsync(message);
        var second = await client.SubmitAsync(message);

        first.AlreadyFiled.ShouldBeFalse();
        second.AlreadyFiled.ShouldBeTrue();
        second.Filing.AcceptedAt.ShouldBe(first.Filing.AcceptedAt);
        second.Filing.TimesPresented.ShouldBe(2);
        (await LedgerAsync(simulator)).Single().GetProperty("presented").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task SubmitAsync_SameIdDifferentPayload_IsRefusedAsConflict()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var client = ClientFor(simulator);
        await client.SubmitAsync(Declaration("EXP-CONFLICT"));

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(Declaration("EXP-CONFLICT", remarks: "changed")));

        (error.ErrorCode, error.StatusCode, error.IsTransient).ShouldBe(("GW409", 409, false));
        simulator.FilingCount.ShouldBe(1);
    }

    [Fact]
    public async Task SubmitAsync_WithoutApiKey_Gets401AndNothingIsStored()
    {
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { FaultRate = 1, Faults = [SimulatedFault.LostResponse] });
        using var client = new GatewayClient(new GatewayClientOptions { Endpoint = simulator.BaseAddress, ApiKey = "wrong" });

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(Declaration("EXP-AUTH")));

        (error.ErrorCode, error.StatusCode).ShouldBe(("GW401", 401), "authentication comes before any fault");
        simulator.FilingCount.ShouldBe(0);
    }

    [Fact]
    public async Task GetStatusAsync_IdWithSlash_IsFound()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var client = ClientFor(simulator);

        await client.SubmitAsync(Declaration("EXP/2026/1"));

        (await client.GetStatusAsync("EXP/2026/1")).ShouldNotBeNull();
        (await client.GetReceiptsAsync("EXP/2026/1")).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task SubmitAsync_RegisteredClientCertificate_AuthenticatesOverHttpsWithoutAnApiKey()
    {
        var registered = ClientCertificate("CN=erp-client");
        var stranger = ClientCertificate("CN=stranger");
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { ClientCertificates = [X509CertificateLoader.LoadCertificate(registered.RawData)] });
        using var client = new GatewayClient(new HttpClient(Pinned(simulator, registered)), new GatewayClientOptions { Endpoint = simulator.BaseAddress });
        using var strangerClient = new GatewayClient(new HttpClient(Pinned(simulator, stranger)), new GatewayClientOptions { Endpoint = simulator.BaseAddress });

        var result = await client.SubmitAsync(Declaration("EXP-MTLS"));
        var refused = await Should.ThrowAsync<GatewayRequestException>(strangerClient.SubmitAsync(Declaration("EXP-MTLS-2")));

        simulator.BaseAddress.Scheme.ShouldBe("https");
        result.Filing.Id.ShouldBe("EXP-MTLS");
        refused.ErrorCode.ShouldBe("GW401");
        simulator.FilingCount.ShouldBe(1);
    }

    [Fact]
    public async Task SubmitAsync_InvalidDeclaration_IsRefusedWithItsIssues()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var client = ClientFor(simulator);
        var declaration = ExportDeclarationSample.Create("EXP-INVALID");
        var broken = Encoding.UTF8.GetString(new DeclarationXmlWriter().Write(declaration)).Replace("<CodeTS>8471300000</CodeTS>", "<CodeTS>84713</CodeTS>", StringComparison.Ordinal);

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(GatewayMessage.FromXml(Encoding.UTF8.GetBytes(broken))));

        (error.ErrorCode, error.StatusCode, error.IsTransient).ShouldBe(("GW422", 422, false));
        error.Message.ShouldContain("CodeTS");
        simulator.FilingCount.ShouldBe(0);
    }

    [Theory]
    [InlineData(null, "0 L P R", ReceiptStatus.Closed)]
    [InlineData("[sim:inspect]", "0 L C P R", ReceiptStatus.Closed)]
    [InlineData("[sim:reject=E:申报要素不全]", "0 L E", ReceiptStatus.Rejected)]
    [InlineData("[sim:reject=Z]", "0 L Z", ReceiptStatus.Rejected)]
    [InlineData("[sim:reject=2:重复申报]", "2", ReceiptStatus.Rejected)]
    [InlineData("[sim:reject=Z:x] then [sim:inspect]", "0 L C P R", ReceiptStatus.Closed)]
    public async Task WatchAsync_Scenario_YieldsTheFamilysReceiptsUntilFinal(string? token, string codes, ReceiptStatus final)
    {
        var clock = new ManualTimeProvider(Start);
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { TimeProvider = clock, ReceiptInterval = TimeSpan.FromSeconds(2) });
        using var client = ClientFor(simulator);
        var filed = await client.SubmitAsync(Declaration("EXP-SCENARIO", remarks: token));
        clock.Advance(TimeSpan.FromSeconds(60));

        var receipts = new List<GatewayReceipt>();
        await foreach (var receipt in client.WatchAsync(filed.Filing.Id))
        {
            receipts.Add(receipt);
        }

        string.Join(' ', receipts.Select(r => r.Code)).ShouldBe(codes);
        receipts[^1].Status.ShouldBe(final);
        receipts[^1].IsFinal.ShouldBeTrue();
        receipts.Select(r => r.Sequence).ShouldBe(Enumerable.Range(1, receipts.Count));
        receipts.ShouldAllBe(r => r.Declaration != null && r.MessageId == "EXP-SCENARIO");
        receipts.Select(r => r.IssuedAt).ShouldBeInOrder();
        if (token?.Count(c => c == ':') == 2 && !token.Contains("then", StringComparison.Ordinal))
        {
            receipts[^1].Note.ShouldBe(token.Split(':')[^1].TrimEnd(']'));
        }
    }

    [Fact]
    public async Task GetReceiptsAsync_DelayScenario_IssuesNothingUntilTheDelayHasPassed()
    {
        var clock = new ManualTimeProvider(Start);
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { TimeProvider = clock });
        using var client = ClientFor(simulator);
        await client.SubmitAsync(Declaration("EXP-DELAY", remarks: "[sim:delay=30]"));

        clock.Advance(TimeSpan.FromSeconds(29));
        (await client.GetReceiptsAsync("EXP-DELAY")).ShouldBeEmpty();
        clock.Advance(TimeSpan.FromSeconds(3));
        (await client.GetReceiptsAsync("EXP-DELAY")).Select(r => r.Code).ShouldBe(["0", "L"]);
    }

    [Theory]
    [InlineData("[sim:rejekt]")]
    [InlineData("[sim:reject=0]")]
    [InlineData("[sim:delay=soon]")]
    public async Task SubmitAsync_UnknownOrMalformedSimulatorToken_IsRefused(string token)
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var client = ClientFor(simulator);

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(Declaration("EXP-TYPO", remarks: token)));

        error.ErrorCode.ShouldBe("GW422");
        error.Message.ShouldContain(token);
    }

    [Fact]
    public async Task SubmitAsync_EnvelopedDeclarationWithoutClientSeqNo_IsRefusedByTheDeclarationRules()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var client = ClientFor(simulator);
        var declaration = ExportDeclarationSample.Create();
        var bare = new DeclarationXmlWriter().Write(declaration with { Sign = declaration.Sign with { ClientSeqNo = null } });
        var envelope = new DxpEnvelope { CopMsgId = "ENV-ONLY-ID", SenderId = "DXPENT0000012345", ReceiverIds = [DxpEnvelope.DeclarationReceiver], CreatedAt = Start, MessageType = "DECMSG", Data = bare };

        var error = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(GatewayMessage.FromXml(envelope.ToXml())));

        error.ErrorCode.ShouldBe("GW422");
        error.Message.ShouldContain("DEC001 /DecMessage/DecSign/ClientSeqNo");
    }

    [Fact]
    public async Task Post_BodyOver16MiB_Gets413WithAClearError()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", simulator.ApiKey);
        http.DefaultRequestHeaders.ExpectContinue = true;

        using var response = await http.PostAsync(new Uri(simulator.BaseAddress, "api/messages"), new ByteArrayContent(new byte[(16 * 1024 * 1024) + 1]));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"error\":\"GW413\"");
    }

    [Fact]
    public async Task SubmitAsync_SignedEnvelopeFromRegisteredSigner_IsVerifiedAndFiledUnderItsCopMsgId()
    {
        var key = KeyGenerator.Create(SignatureKeyAlgorithm.Sm2);
        await using var simulator = await GatewaySimulator.StartAsync(new SimulatorOptions { RegisteredSigners = [key.Certificate()] });
        using var client = ClientFor(simulator);
        using var signer = key.ToSigner();
        var message = await GatewayMessage.EnvelopeAsync(Bytes("EXP-ENVELOPE"), "DXPENT0000012345", signer: signer);

        var result = await client.SubmitAsync(message);

        result.Filing.Id.ShouldBe(message.Id);
        message.Id.Length.ShouldBe(36);
        result.Filing.MessageType.ShouldBe("DECMSG");
        var tampered = Encoding.UTF8.GetString(message.Content.Span).Replace("DXPENT0000012345", "DXPENT0000099999", StringComparison.Ordinal);
        (await client.SubmitAsync(GatewayMessage.FromXml(Encoding.UTF8.GetBytes(tampered)))).AlreadyFiled.ShouldBeTrue("same id and content: nothing new is filed");
        var forged = tampered.Replace(message.Id, DxpEnvelope.NewCopMsgId(), StringComparison.Ordinal);
        var refused = await Should.ThrowAsync<GatewayRequestException>(client.SubmitAsync(GatewayMessage.FromXml(Encoding.UTF8.GetBytes(forged))));
        refused.ErrorCode.ShouldBe("GW422");
        refused.Message.ShouldContain("SIG008");
        simulator.FilingCount.ShouldBe(1);
    }

    [Fact]
    public async Task Restart_WithDataFolder_KeepsEveryAcknowledgedFiling()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-ledger-").FullName;
        var options = new SimulatorOptions { DataDirectory = folder, ApiKeys = ["k"] };
        await using (var simulator = await GatewaySimulator.StartAsync(options))
        {
            using var client = ClientFor(simulator);
            await client.SubmitAsync(Declaration("EXP-PERSIST-1"));
            await client.SubmitAsync(Declaration("EXP-PERSIST-2"));
        }

        await using var restarted = await GatewaySimulator.StartAsync(options);
        using var again = ClientFor(restarted);
        restarted.FilingCount.ShouldBe(2);
        var replay = await again.SubmitAsync(Declaration("EXP-PERSIST-1"));
        replay.AlreadyFiled.ShouldBeTrue();
        replay.Filing.TimesPresented.ShouldBe(2);
        (await again.GetStatusAsync("EXP-PERSIST-2")).ShouldNotBeNull();
        (await again.GetStatusAsync("EXP-NEVER")).ShouldBeNull();
    }

    [Fact]
    public async Task Api_IsScriptableWithPlainHttp()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", simulator.ApiKey);

        using var posted = await http.PostAsync("api/messages", new ByteArrayContent(Bytes("EXP-CURL")));
        using var status = await http.GetAsync("api/messages/EXP-CURL");
        using var missing = await http.GetAsync("api/messages/NOPE");
        using var anonymous = await new HttpClient().GetAsync(simulator.LedgerAddress);

        posted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        posted.Headers.Location!.ToString().ShouldBe("/api/messages/EXP-CURL");
        status.StatusCode.ShouldBe(HttpStatusCode.OK);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("\"error\":\"GW404\"");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.Headers.Contains("X-Correlation-Id").ShouldBeTrue();
        using var receipts = await http.GetAsync("api/messages/EXP-CURL/receipts");
        (await receipts.Content.ReadAsStringAsync()).ShouldContain("<DecImportResponse>", customMessage: "receipts are readable JSON, not \\u escapes");
        var entry = (await LedgerAsync(simulator)).Single();
        entry.GetProperty("id").GetString().ShouldBe("EXP-CURL");
        entry.GetProperty("family").GetString().ShouldBe("declaration");
        entry.GetProperty("messageType").GetString().ShouldBe("DECMSG");
    }

    private static X509Certificate2 ClientCertificate(string subject)
    {
        var key = KeyGenerator.Create(SignatureKeyAlgorithm.Rsa, subject);
        using var ephemeral = X509Certificate2.CreateFromPem(key.CertificatePem, key.PrivateKeyPem);
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>Presents a client certificate and trusts exactly the simulator's server certificate.</summary>
    private static SocketsHttpHandler Pinned(GatewaySimulator simulator, X509Certificate2 clientCertificate) => new()
    {
        SslOptions =
        {
            ClientCertificates = [clientCertificate],
            RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(simulator.ServerCertificate!.RawData),
        },
    };

    internal static GatewayClient ClientFor(GatewaySimulator simulator, GatewayClientOptions? options = null) =>
        new((options ?? new GatewayClientOptions()) with { Endpoint = simulator.BaseAddress, ApiKey = simulator.ApiKey, ReceiptPollInterval = TimeSpan.FromMilliseconds(20) });

    internal static byte[] Bytes(string clientSeqNo, string? remarks = null)
    {
        var declaration = ExportDeclarationSample.Create(clientSeqNo);
        return new DeclarationXmlWriter().Write(remarks is null ? declaration : declaration with { Head = declaration.Head with { Remarks = remarks } });
    }

    internal static GatewayMessage Declaration(string clientSeqNo, string? remarks = null) => GatewayMessage.FromXml(Bytes(clientSeqNo, remarks));

    internal static async Task<List<JsonElement>> LedgerAsync(GatewaySimulator simulator)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", simulator.ApiKey);
        using var document = JsonDocument.Parse(await http.GetStringAsync(simulator.LedgerAddress));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
