using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using MultiCloudClusters.Emulator.Faults;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator;

/// <summary>
/// A local server that speaks the five provider APIs (OKS, Imply, AME, EKS, LakeSail) on one loopback port,
/// each under its own path prefix, with in-memory state, lifecycles, paging, auth checks and fault injection.
/// </summary>
/// <example><code>await using var emu = await MultiCloudEmulator.StartAsync();
/// Console.WriteLine(emu.Oks.BaseUrl);</code></example>
public sealed class MultiCloudEmulator : IAsyncDisposable
{
    /// <summary>The library's root configuration section, where <see cref="GetConfigurationValues"/> puts its keys by default.</summary>
    public const string DefaultConfigurationSection = "MultiCloudClusters";

    /// <summary>How long a stop waits for requests in flight (a slow-response fault, say) before cutting them off.</summary>
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromMilliseconds(500);

    private readonly WebApplication app;
    private readonly EmulatorContext context;
    private int disposed;

    private MultiCloudEmulator(WebApplication app, EmulatorContext context, EmulatorEndpoints endpoints)
    {
        this.app = app;
        this.context = context;
        Oks = endpoints.Oks;
        Imply = endpoints.Imply;
        Ame = endpoints.Ame;
        Eks = endpoints.Eks;
        LakeSail = endpoints.LakeSail;
    }

    /// <summary>The root address, for example <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseAddress => context.BaseAddress;

    /// <summary>The emulated OKS API.</summary>
    public OksEmulatorEndpoint Oks { get; }

    /// <summary>The emulated Imply Cloud Manager API.</summary>
    public ImplyEmulatorEndpoint Imply { get; }

    /// <summary>The emulated Avisi Cloud AME API.</summary>
    public AmeEmulatorEndpoint Ame { get; }

    /// <summary>The emulated Amazon EKS API.</summary>
    public EksEmulatorEndpoint Eks { get; }

    /// <summary>The emulated LakeSail platform API.</summary>
    public LakeSailEmulatorEndpoint LakeSail { get; }

    /// <summary>The fault rules in force; change them at any time.</summary>
    public FaultInjector Faults => context.Faults;

    /// <summary>Requests, creates applied and attempt times seen so far.</summary>
    public EmulatorCounters Counters => context.Counters;

    /// <summary>The server's own services (its host lifetime, options), for the emulator's tests.</summary>
    internal IServiceProvider Services => app.Services;

    /// <summary>The clock that drives the lifecycles.</summary>
    public TimeProvider TimeProvider => context.Time;

    /// <summary>Starts an emulator and waits until it listens.</summary>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop.</returns>
    /// <exception cref="IOException">The address could not be bound, for example because <see cref="EmulatorOptions.Port"/> is in use
    /// (its inner exception is then an <c>AddressInUseException</c>).</exception>
    /// <remarks>The emulator never handles the process's signals (Ctrl+C, SIGTERM): stopping it is its owner's call.</remarks>
    public static async Task<MultiCloudEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(MultiCloudEmulator).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Parse(options.Host), options.Port));
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = ShutdownGrace);
        var listening = new StrongBox<bool>();
        builder.Services.AddLogging(l =>
        {
            if (!options.LogRequests) return;

            // Request lines go to standard error, so standard output stays the caller's. Nothing is logged before the
            // server listens: a failed start is the caller's exception, not also a log entry with its stack trace.
            l.AddSimpleConsole(c => c.SingleLine = true);
            l.Services.Configure<ConsoleLoggerOptions>(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
            l.AddFilter((category, level) => Volatile.Read(ref listening.Value)
                && (level >= LogLevel.Warning || (level >= LogLevel.Information && category == "Microsoft.AspNetCore.Hosting.Diagnostics")));
        });
        var app = builder.Build();
        var context = new EmulatorContext(options);
        var endpoints = new EmulatorEndpoints();
        app.UseRouting();
        endpoints.MapAll(app, context);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        Volatile.Write(ref listening.Value, true);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        context.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        endpoints.SetBase(context.BaseAddress);
        return new MultiCloudEmulator(app, context, endpoints);
    }

    /// <summary>
    /// The configuration that points every provider of the library at this emulator, as keys and values:
    /// <c>MultiCloudClusters:Oks:Endpoint</c>, <c>MultiCloudClusters:Oks:AccessKey</c>, … (one per-provider section
    /// each, registering the provider under its key, as <see cref="EmulatorBuilderExtensions.UseEmulator"/> does).
    /// Feed them to an app that reads its configuration, e.g.
    /// <c>configuration.AddInMemoryCollection(emu.GetConfigurationValues())</c>; the standalone emulator prints them
    /// with <c>--print-config json</c> or <c>--print-config env</c>.
    /// </summary>
    /// <param name="section">The section that holds them, <c>MultiCloudClusters</c> by default; empty for keys that begin with the provider (<c>Oks:Endpoint</c>).</param>
    /// <returns>The keys and values, provider by provider.</returns>
    public IReadOnlyList<KeyValuePair<string, string?>> GetConfigurationValues(string section = DefaultConfigurationSection)
    {
        ArgumentNullException.ThrowIfNull(section);
        var prefix = section.Length == 0 ? "" : section.TrimEnd(':') + ":";
        return
        [
            .. EmulatorAccounts.All.SelectMany(account => account.Settings(this).Select(setting =>
                new KeyValuePair<string, string?>($"{prefix}{account.ConfigurationKey}:{setting.Key}", setting.Value))),
        ];
    }

    /// <summary>Stops the server (requests still in flight get half a second) and the emulated clusters' Kubernetes API servers; a second call does nothing.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0) return;
        await context.Kubernetes.DisposeAsync().ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"MultiCloudEmulator at {BaseAddress}";
}
