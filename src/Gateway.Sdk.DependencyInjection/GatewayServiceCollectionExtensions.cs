using System.Globalization;
using Gateway.Sdk.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Sdk.DependencyInjection;

/// <summary>Registers <see cref="IGatewayClient"/> in a service collection.</summary>
/// <remarks>
/// The client is a singleton, so its circuit breaker sees every call; its <see cref="HttpClient"/> comes from
/// <c>IHttpClientFactory</c> (named <see cref="HttpClientName"/>) over a <see cref="SocketsHttpHandler"/> that renews
/// connections every 2 minutes, so DNS changes are picked up although the client lives long. The returned
/// <see cref="IHttpClientBuilder"/> adds handlers: a client certificate, a proxy, logging.
/// </remarks>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>The name of the gateway's <see cref="HttpClient"/> in <c>IHttpClientFactory</c>.</summary>
    public const string HttpClientName = "Gateway.Sdk";

    /// <summary>Registers the client with options read from configuration, such as the <c>Gateway</c> section of <c>appsettings.json</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section: keys are <see cref="GatewayClientOptions"/> property names (<c>Endpoint</c>, <c>ApiKey</c>, <c>AttemptTimeout</c> as <c>00:00:10</c> …).</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    /// <exception cref="ArgumentException">When the client is first resolved: the section has values that cannot be read or options that are invalid, all listed together.</exception>
    public static IHttpClientBuilder AddGatewayClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddGatewayClient(_ => FromConfiguration(configuration));
    }

    /// <summary>Registers the client with options built in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">Builds the options from the service provider.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddGatewayClient(this IServiceCollection services, Func<IServiceProvider, GatewayClientOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<IGatewayClient>(provider => new GatewayClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            options(provider),
            provider.GetService<ILogger<GatewayClient>>()));
        return services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }

    /// <summary>Reads options from a configuration section without reflection, reporting every unreadable value together with the options' own problems.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">A value cannot be read or the options are invalid.</exception>
    public static GatewayClientOptions FromConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var problems = new List<string>();
        var defaults = new GatewayClientOptions();
        var options = new GatewayClientOptions
        {
            Endpoint = Read(section, nameof(GatewayClientOptions.Endpoint), defaults.Endpoint, text => Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null, problems),
            ApiKey = section[nameof(GatewayClientOptions.ApiKey)] ?? defaults.ApiKey,
            AttemptTimeout = Time(section, nameof(GatewayClientOptions.AttemptTimeout), defaults.AttemptTimeout, problems),
            TotalTimeout = Time(section, nameof(GatewayClientOptions.TotalTimeout), defaults.TotalTimeout, problems),
            MaxRetries = Read(section, nameof(GatewayClientOptions.MaxRetries), defaults.MaxRetries, text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null, problems),
            BaseDelay = Time(section, nameof(GatewayClientOptions.BaseDelay), defaults.BaseDelay, problems),
            MaxDelay = Time(section, nameof(GatewayClientOptions.MaxDelay), defaults.MaxDelay, problems),
            UseJitter = Read(section, nameof(GatewayClientOptions.UseJitter), defaults.UseJitter, text => bool.TryParse(text, out var b) ? b : null, problems),
            BreakerFailureRatio = Read(section, nameof(GatewayClientOptions.BreakerFailureRatio), defaults.BreakerFailureRatio, text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null, problems),
            BreakerMinimumThroughput = Read(section, nameof(GatewayClientOptions.BreakerMinimumThroughput), defaults.BreakerMinimumThroughput, text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null, problems),
            BreakerSamplingDuration = Time(section, nameof(GatewayClientOptions.BreakerSamplingDuration), defaults.BreakerSamplingDuration, problems),
            BreakerBreakDuration = Time(section, nameof(GatewayClientOptions.BreakerBreakDuration), defaults.BreakerBreakDuration, problems),
            ReceiptPollInterval = Time(section, nameof(GatewayClientOptions.ReceiptPollInterval), defaults.ReceiptPollInterval, problems),
        };
        problems.AddRange(options.Validate().Where(p => !problems.Any(q => p.StartsWith(q.Split(' ')[0], StringComparison.Ordinal))));
        return problems.Count == 0 ? options : throw new ArgumentException($"gateway client options{(section is IConfigurationSection s ? $" in '{s.Path}'" : string.Empty)}: {string.Join("; ", problems)}", nameof(section));
    }

    private static TimeSpan Time(IConfiguration section, string key, TimeSpan fallback, List<string> problems) =>
        Read(section, key, fallback, text => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var t) ? t : null, problems);

    private static T Read<T>(IConfiguration section, string key, T fallback, Func<string, T?> parse, List<string> problems)
        where T : struct => section[key] is not { } text ? fallback : parse(text) ?? Problem(problems, key, text, fallback);

    private static Uri? Read(IConfiguration section, string key, Uri? fallback, Func<string, Uri?> parse, List<string> problems) =>
        section[key] is not { } text ? fallback : parse(text) ?? Problem<Uri?>(problems, key, text, null);

    private static T Problem<T>(List<string> problems, string key, string text, T fallback)
    {
        problems.Add($"{key} '{text}' cannot be read as {(typeof(T) == typeof(TimeSpan) ? "a time span such as 00:00:10" : typeof(T) == typeof(Uri) ? "an absolute address" : typeof(T).Name.ToLowerInvariant())}");
        return fallback;
    }
}
