using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
    private readonly WebApplication app;
    private readonly EmulatorContext context;

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

    /// <summary>The clock that drives the lifecycles.</summary>
    public TimeProvider TimeProvider => context.Time;

    /// <summary>Starts an emulator and waits until it listens.</summary>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop.</returns>
    public static async Task<MultiCloudEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(MultiCloudEmulator).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Parse(options.Host), options.Port));
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(l =>
        {
            if (!options.LogRequests) return;
            l.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information);
        });
        var app = builder.Build();
        var context = new EmulatorContext(options);
        var endpoints = new EmulatorEndpoints();
        app.UseRouting();
        endpoints.MapAll(app, context);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        context.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        endpoints.SetBase(context.BaseAddress);
        return new MultiCloudEmulator(app, context, endpoints);
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"MultiCloudEmulator at {BaseAddress}";
}
