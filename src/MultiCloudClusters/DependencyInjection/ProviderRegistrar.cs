using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>
/// The one way every provider is registered: validated options, one named HttpClient with the shared
/// handler chain, the provider as a keyed singleton, and an entry in <see cref="Clusters.ClusterCatalog"/>.
/// </summary>
internal static class ProviderRegistrar
{
    /// <summary>Options configured in code.</summary>
    public static Action<OptionsBuilder<TOptions>> FromCode<TOptions>(Action<TOptions> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(configure);
        return options => options.Configure(configure);
    }

    /// <summary>Options bound from a configuration section.</summary>
    public static Action<OptionsBuilder<TOptions>> FromSection<TOptions>(IConfiguration section)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(section);
        return options => options.Bind(section);
    }

    /// <summary>Registers a provider as the keyed <typeparamref name="TService"/> and as its own type <typeparamref name="TProvider"/>.</summary>
    public static MultiCloudClustersBuilder Add<TService, TProvider, TOptions>(
        MultiCloudClustersBuilder builder,
        string key,
        ProviderKind kind,
        Action<OptionsBuilder<TOptions>> configureOptions,
        Func<TOptions, TimeProvider, ProviderSetup> resolve,
        Func<ProviderContext<TOptions>, TProvider> create)
        where TService : class
        where TProvider : class, TService
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var clientName = "MultiCloudClusters." + key;

        configureOptions(services.AddOptions<TOptions>());
        services.AddOptions<TOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new Validator<TOptions>(options => Problems(() => resolve(options, TimeProvider.System))));

        services.AddKeyedSingleton(key, (sp, _) => resolve(sp.GetRequiredService<IOptions<TOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton(key, (sp, _) =>
        {
            return new ProviderHttpPipeline(sp.GetRequiredKeyedService<ProviderSetup>(key), sp.GetService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<IMeterFactory>(), key);
        });

        services.AddHttpClient(clientName)
            .RemoveAllLoggers() // the telemetry handler writes the one line per call
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredKeyedService<ProviderSetup>(key).Endpoint;
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            })
            .ConfigurePrimaryHttpMessageHandler(ProviderTransport.CreatePrimaryHandler)
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                foreach (var handler in sp.GetRequiredKeyedService<ProviderHttpPipeline>(key).CreateHandlers())
                {
                    handlers.Add(handler);
                }
            });

        services.AddKeyedSingleton(key, (sp, _) =>
        {
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            var logger = sp.GetService<ILoggerFactory>()?.CreateLogger(clientName) ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
            return create(new ProviderContext<TOptions>(sp, sp.GetRequiredService<IOptions<TOptions>>().Value, () => factory.CreateClient(clientName), sp.GetRequiredService<TimeProvider>(), logger, sp.GetRequiredKeyedService<ProviderSetup>(key).Paging));
        });
        services.AddKeyedSingleton<TService>(key, (sp, k) => sp.GetRequiredKeyedService<TProvider>(k));
        services.AddSingleton(new ProviderRegistration(key, kind));
        return builder;
    }

    private static List<string> Problems(Action resolve)
    {
        try
        {
            resolve();
            return [];
        }
        catch (InvalidRequestException ex)
        {
            return [.. ex.FieldErrors.Select(e => $"{e.Field} {e.Message}")];
        }
    }

    private sealed class Validator<TOptions>(Func<TOptions, List<string>> problems) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            var found = problems(options);
            return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
        }
    }
}
