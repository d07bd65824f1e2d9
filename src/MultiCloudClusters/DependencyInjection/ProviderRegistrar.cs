using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>
/// The one way every provider is registered, once per registration name: named options validated at
/// start-up, resolved once; one named HttpClient over the shared handler chain; the provider as a keyed
/// singleton (its concrete type and its interface); and an entry in <see cref="Clusters.ClusterCatalog"/>.
/// </summary>
internal static class ProviderRegistrar
{
    /// <summary>
    /// What the options system needs of an options type (it creates each named instance with its public parameterless
    /// constructor): every generic options parameter carries it, so trimming and Native AOT keep that constructor.
    /// </summary>
    public const DynamicallyAccessedMemberTypes OptionsMembers = DynamicallyAccessedMemberTypes.PublicParameterlessConstructor;

    /// <summary>Registers <paramref name="definition"/> under <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name breaks the <see cref="RegistrationName"/> rule.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder Add<TService, TProvider, [DynamicallyAccessedMembers(OptionsMembers)] TOptions, TResolved>(
        MultiCloudClustersBuilder builder,
        string name,
        ProviderDefinition<TService, TProvider, TOptions, TResolved> definition,
        Action<OptionsBuilder<TOptions>> configureOptions)
        where TService : class
        where TProvider : class, TService
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        RegistrationName.Check(name, nameof(name));
        var services = builder.Services;
        RefuseDuplicate(services, name, definition);
        var clientName = "MultiCloudClusters." + name;

        configureOptions(services.AddOptions<TOptions>(name).ValidateOnStart());
        services.AddKeyedSingleton(name, (sp, _) => new ResolvedOnce<TOptions, TResolved>(options => definition.Resolve(options, sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton<IValidateOptions<TOptions>>(sp => new RegistrationValidator<TOptions, TResolved>(
            name, definition.Key, sp.GetRequiredKeyedService<ResolvedOnce<TOptions, TResolved>>(name), sp.GetServices<IConfigureOptions<TOptions>>(), sp.GetServices<IPostConfigureOptions<TOptions>>()));

        services.AddKeyedSingleton(name, (sp, _) => definition.Setup(Resolved<TOptions, TResolved>(sp, name)));
        services.AddKeyedSingleton(name, (sp, _) =>
            new ProviderHttpPipeline(sp.GetRequiredKeyedService<ProviderSetup>(name), sp.GetService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<IMeterFactory>(), name));

        services.AddHttpClient(clientName)
            .RemoveAllLoggers() // the telemetry handler writes the one line per call
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredKeyedService<ProviderSetup>(name).Endpoint;
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            })
            .ConfigurePrimaryHttpMessageHandler(ProviderTransport.CreatePrimaryHandler)
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                foreach (var handler in sp.GetRequiredKeyedService<ProviderHttpPipeline>(name).CreateHandlers())
                {
                    handlers.Add(handler);
                }
            });

        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            var logger = sp.GetService<ILoggerFactory>()?.CreateLogger("MultiCloudClusters." + definition.Key) ?? (ILogger)NullLogger.Instance;
            var resolved = Resolved<TOptions, TResolved>(sp, name);
            return definition.Create(new ProviderContext<TResolved>(sp, name, resolved, () => factory.CreateClient(clientName), sp.GetRequiredService<TimeProvider>(), logger, definition.Setup(resolved).Paging));
        });
        services.AddKeyedSingleton<TService>(name, (sp, key) => sp.GetRequiredKeyedService<TProvider>(key));
        if (!services.Any(d => d.ServiceType == typeof(TProvider) && !d.IsKeyedService))
        {
            services.AddSingleton(sp => Unkeyed<TProvider>(sp, definition.Key));
        }

        services.AddSingleton(new ProviderRegistration(name, definition.Key, definition.Kind));
        return builder;
    }

    /// <summary>The registrations in <paramref name="services"/>, in the order they were added.</summary>
    public static IEnumerable<ProviderRegistration> Registrations(IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(ProviderRegistration) && !d.IsKeyedService).Select(d => d.ImplementationInstance).OfType<ProviderRegistration>();

    /// <summary>The options of registration <paramref name="name"/>, resolved (once: the validation did it).</summary>
    private static TResolved Resolved<[DynamicallyAccessedMembers(OptionsMembers)] TOptions, TResolved>(IServiceProvider services, string name)
        where TOptions : class =>
        services.GetRequiredKeyedService<ResolvedOnce<TOptions, TResolved>>(name).For(services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name));

    /// <summary>
    /// The un-keyed concrete provider: the registration named after the provider key (the default one), else
    /// the only registration of that provider; with several and no default, the caller must pick one by name.
    /// </summary>
    private static TProvider Unkeyed<TProvider>(IServiceProvider services, string key)
        where TProvider : notnull
    {
        var names = services.GetServices<ProviderRegistration>().Where(r => r.Provider == key).Select(r => r.Name).ToList();
        var name = names.Contains(key, StringComparer.Ordinal) ? key
            : names.Count == 1 ? names[0]
            : throw new InvalidOperationException(
                $"{typeof(TProvider).Name} is registered {names.Count} times ({string.Join(", ", names)}) and none is named '{key}': " +
                $"resolve one by name, e.g. GetRequiredKeyedService<{typeof(TProvider).Name}>(\"{names[0]}\"), or through ClusterCatalog.");
        return services.GetRequiredKeyedService<TProvider>(name);
    }

    private static void RefuseDuplicate(IServiceCollection services, string name, IProviderDefinition definition)
    {
        if (Registrations(services).FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            var add = "Add" + definition.ConfigurationKey;
            throw new InvalidOperationException(
                $"A provider registration named '{existing.Name}' ({existing.Provider}) already exists; cannot add '{name}' ({definition.Key}). " +
                $"Give each account its own name, e.g. {add}(\"{definition.Key}-prod\", …) and {add}(\"{definition.Key}-test\", …).");
        }
    }

    /// <summary>Validates registration <c>name</c>'s options by resolving them, and only those (named options).</summary>
    private sealed class RegistrationValidator<TOptions, TResolved>(
        string name,
        string key,
        ResolvedOnce<TOptions, TResolved> resolution,
        IEnumerable<IConfigureOptions<TOptions>> configure,
        IEnumerable<IPostConfigureOptions<TOptions>> postConfigure) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? optionsName, TOptions options)
        {
            if (!string.Equals(optionsName, name, StringComparison.Ordinal))
            {
                return ValidateOptionsResult.Skip;
            }

            // A named registration says which one failed; the default one reads as before ("Oks.Endpoint …").
            var prefix = name == key ? string.Empty : name + ": ";
            var problems = new List<string>();
            if (configure.OfType<ConfigureNamedOptions<TOptions>>().Any(c => c.Name == Options.DefaultName)
                || postConfigure.OfType<PostConfigureOptions<TOptions>>().Any(c => c.Name == Options.DefaultName))
            {
                var type = typeof(TOptions).Name;
                problems.Add($"{prefix}{type} is configured without a name (services.Configure<{type}>(…)), which no registration reads: " +
                    $"use Configure<{type}>(\"{name}\", …) for this registration or ConfigureAll<{type}>(…) for all of them");
            }

            try
            {
                resolution.For(options);
            }
            catch (InvalidRequestException ex)
            {
                problems.AddRange(ex.FieldErrors.Select(e => $"{prefix}{e.Field} {e.Message}"));
            }

            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
