using Gateway.Sdk.DependencyInjection;
using Gateway.Sdk.Transport;
using Gateway.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Integration.Tests.Transport;

/// <summary><c>services.AddGatewayClient(...)</c>: options from configuration, one client for the application, filing through the simulator.</summary>
public class DependencyInjectionTests
{
    [Fact]
    public async Task AddGatewayClient_FromConfiguration_ResolvesOneClientThatFiles()
    {
        await using var simulator = await GatewaySimulator.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Endpoint"] = simulator.BaseAddress.ToString(),
            ["Gateway:ApiKey"] = simulator.ApiKey,
            ["Gateway:AttemptTimeout"] = "00:00:05",
            ["Gateway:MaxRetries"] = "3",
        }).Build();
        var services = new ServiceCollection();
        services.AddGatewayClient(configuration.GetSection("Gateway"));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IGatewayClient>();
        var result = await client.SubmitAsync(SimulatorTests.Declaration("EXP-DI-1"));

        client.ShouldBeSameAs(provider.GetRequiredService<IGatewayClient>());
        result.Filing.Id.ShouldBe("EXP-DI-1");
        simulator.FilingCount.ShouldBe(1);
    }

    [Fact]
    public void FromConfiguration_UnreadableAndInvalidValues_AreReportedTogether()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Endpoint"] = "not a url",
            ["Gateway:AttemptTimeout"] = "ten seconds",
            ["Gateway:MaxRetries"] = "-4",
            ["Gateway:UseJitter"] = "perhaps",
        }).Build().GetSection("Gateway");

        var error = Should.Throw<ArgumentException>(() => GatewayServiceCollectionExtensions.FromConfiguration(section));

        error.Message.ShouldStartWith("gateway client options in 'Gateway': ");
        error.Message.ShouldContain("Endpoint 'not a url' cannot be read as an absolute address");
        error.Message.ShouldContain("AttemptTimeout 'ten seconds' cannot be read as a time span");
        error.Message.ShouldContain("MaxRetries is -4");
        error.Message.ShouldContain("UseJitter 'perhaps' cannot be read as boolean");
        error.Message.ShouldNotContain("Endpoint is not set");
    }
}
