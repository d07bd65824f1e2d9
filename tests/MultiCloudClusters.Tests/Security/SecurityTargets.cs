using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;
using MultiCloudClusters.Resilience;
using ImplyApi = MultiCloudClusters.Providers.Imply.Generated;

namespace MultiCloudClusters.Tests.Security;

/// <summary>How a provider was built: with its public constructor, or through <c>AddMultiCloudClusters</c>.</summary>
public enum Construction
{
    /// <summary><c>new XxxProvider(options)</c>.</summary>
    Constructor,

    /// <summary><c>services.AddMultiCloudClusters(b => b.AddXxx(...))</c>, resolved as a keyed service.</summary>
    DependencyInjection,
}

/// <summary>
/// One provider, one auth scheme, one construction path, pointed at a hostile server that forwards to the
/// emulator: what it can be asked to do (a single-object read, a list, a create) and the secrets it holds.
/// </summary>
public sealed class SecurityTarget : IAsyncDisposable
{
    private readonly IAsyncDisposable? _services;

    internal SecurityTarget(string provider, string auth, Construction construction, object instance, IReadOnlyList<string> secrets, TargetCalls calls, IAsyncDisposable? services)
    {
        Provider = provider;
        Auth = auth;
        Construction = construction;
        Instance = instance;
        Secrets = secrets;
        Calls = calls;
        _services = services;
    }

    /// <summary>The provider key (<c>oks</c>, <c>imply</c>, …).</summary>
    public string Provider { get; }

    /// <summary>The auth scheme's label (see <see cref="SecurityTargets.Schemes"/>).</summary>
    public string Auth { get; }

    /// <summary>How the provider was built.</summary>
    public Construction Construction { get; }

    /// <summary>The provider: an <see cref="IClusterProvider"/> or an <see cref="IConnectionProvider"/>.</summary>
    public object Instance { get; }

    /// <summary>Every secret value this target holds: none may ever reach a host other than the endpoint.</summary>
    public IReadOnlyList<string> Secrets { get; }

    internal TargetCalls Calls { get; }

    /// <summary>A GET of one existing resource (a single-object body).</summary>
    public Task ReadAsync(CancellationToken cancellationToken = default) => Calls.Read(cancellationToken);

    /// <summary>A list, every page.</summary>
    public Task ListAsync(CancellationToken cancellationToken = default) => Calls.List(cancellationToken);

    /// <summary>A create (a POST that is not safe to repeat, except EKS, whose token makes it so).</summary>
    public Task CreateAsync(CancellationToken cancellationToken = default) => Calls.Create(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Provider}/{Auth}/{Construction}";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        else if (Instance is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}

/// <summary>The three calls every target can make.</summary>
internal sealed record TargetCalls(Func<CancellationToken, Task> Read, Func<CancellationToken, Task> List, Func<CancellationToken, Task> Create);

/// <summary>Ids of resources the emulator holds, found once per emulator.</summary>
public sealed record EmulatorIds(string OksProject, string OksCluster, string ImplyCluster, string AmeCluster, string EksCluster, string LakeSailConnection)
{
    /// <summary>Lists each provider once, directly against the emulator.</summary>
    public static async Task<EmulatorIds> FindAsync(MultiCloudEmulator emu)
    {
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.UseEmulator(emu));
        await using var sp = services.BuildServiceProvider();
        var oks = sp.GetRequiredKeyedService<OksClusterProvider>(OksClusterProvider.ProviderName);
        var project = (await oks.ListProjectsAsync().FirstOrDefaultAsync())?.Id ?? throw new InvalidOperationException("no OKS project");
        return new EmulatorIds(
            project,
            await FirstAsync(oks),
            await FirstAsync(sp.GetRequiredKeyedService<IClusterProvider>(ImplyClusterProvider.ProviderName)),
            await FirstAsync(sp.GetRequiredKeyedService<IClusterProvider>(AmeClusterProvider.ProviderName)),
            await FirstAsync(sp.GetRequiredKeyedService<IClusterProvider>(EksClusterProvider.ProviderName)),
            await FirstConnectionAsync(sp.GetRequiredKeyedService<IConnectionProvider>(LakeSailConnectionProvider.ProviderName)));
    }

    private static async Task<string> FirstAsync(IClusterProvider provider)
    {
        await foreach (var cluster in provider.ListClustersAsync())
        {
            return cluster.Id;
        }

        throw new InvalidOperationException($"The emulator holds no {provider.Name} cluster.");
    }

    private static async Task<string> FirstConnectionAsync(IConnectionProvider provider)
    {
        await foreach (var connection in provider.ListConnectionsAsync())
        {
            return connection.Id;
        }

        throw new InvalidOperationException("The emulator holds no LakeSail connection.");
    }
}

/// <summary>
/// Every provider × auth scheme × construction path, built against a <see cref="HostileServer"/> that
/// stands in front of the emulator. Tests take <see cref="All"/> as theory data and call
/// <see cref="BuildAsync"/>.
/// </summary>
public static class SecurityTargets
{
    /// <summary>The JWT pair the OKS <c>jwt</c> scheme sends (the emulator does not issue JWTs: <see cref="UseEmulatorAuth"/> translates).</summary>
    public const string OksJwtAccess = "eyJhbGciOiJIUzI1NiJ9.emu-oks-access.c2lnbmF0dXJl";

    /// <summary>The refresh token of the OKS <c>jwt</c> scheme.</summary>
    public const string OksJwtRefresh = "eyJhbGciOiJIUzI1NiJ9.emu-oks-refresh.c2lnbmF0dXJl";

    /// <summary>The one-time password of the OKS <c>aksk-otp</c> scheme.</summary>
    public const string OksOtp = "493817";

    /// <summary>The session token of the EKS scheme.</summary>
    public const string EksSessionToken = "IQoJb3JpZ2luX2VjEmuSessionToken0000000000000000000000";

    /// <summary>Every (provider, auth scheme) pair.</summary>
    public static readonly IReadOnlyList<(string Provider, string Auth)> Schemes =
    [
        ("oks", "aksk-otp"), ("oks", "basic"), ("oks", "jwt"),
        ("imply", "bearer"), ("imply", "client-credentials"),
        ("ame", "pat"),
        ("eks", "keys-session"),
        ("lakesail", "token"),
    ];

    /// <summary>Every (provider, auth scheme, construction) triple, as theory data.</summary>
    public static TheoryData<string, string, Construction> All
    {
        get
        {
            var data = new TheoryData<string, string, Construction>();
            foreach (var (provider, auth) in Schemes)
            {
                data.Add(provider, auth, Construction.Constructor);
                data.Add(provider, auth, Construction.DependencyInjection);
            }

            return data;
        }
    }

    /// <summary>One target per provider (its first auth scheme) × construction, for rules that do not depend on auth.</summary>
    public static TheoryData<string, string, Construction> OnePerProvider
    {
        get
        {
            var data = new TheoryData<string, string, Construction>();
            foreach (var group in Schemes.GroupBy(s => s.Provider))
            {
                data.Add(group.Key, group.First().Auth, Construction.Constructor);
                data.Add(group.Key, group.First().Auth, Construction.DependencyInjection);
            }

            return data;
        }
    }

    /// <summary>
    /// Lets the emulator accept what it does not emulate: OKS JWTs are swapped for the emulator's keys on the
    /// way through (the emulator issues no JWTs). Everything else is forwarded as received.
    /// </summary>
    public static void UseEmulatorAuth(HostileServer server, MultiCloudEmulator emu)
    {
        server.RewriteForward = (message, request) =>
        {
            if (request.Header("AccessToken") is not null && message.Headers.Remove("AccessToken"))
            {
                message.Headers.Remove("RefreshToken");
                message.Headers.Add("AccessKey", emu.Oks.AccessKey);
                message.Headers.Add("SecretKey", emu.Oks.SecretKey);
            }
        };
    }

    /// <summary>Test-friendly retries: quick back-off, no circuit breaker, the given timeouts.</summary>
    public static ResilienceOptions QuickResilience(TimeSpan? attemptTimeout = null, TimeSpan? totalTimeout = null, int maxRetries = 3) => new()
    {
        MaxRetryAttempts = maxRetries,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(50),
        AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(10),
        TotalTimeout = totalTimeout ?? TimeSpan.FromSeconds(30),
        EnableCircuitBreaker = false,
    };

    /// <summary>Builds a target whose endpoint (and Imply token endpoint) is <paramref name="server"/>, in front of <paramref name="emu"/>.</summary>
    public static async Task<SecurityTarget> BuildAsync(
        string provider,
        string auth,
        Construction construction,
        MultiCloudEmulator emu,
        EmulatorIds ids,
        HostileServer server,
        ResilienceOptions? resilience = null,
        ILoggerFactory? loggerFactory = null,
        HttpMessageHandler? primaryHandler = null,
        Action<object>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(emu);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(server);
        resilience ??= QuickResilience();
        loggerFactory ??= NullLoggerFactory.Instance;
        UseEmulatorAuth(server, emu);
        var name = "sec-" + Guid.NewGuid().ToString("N")[..10];
        var target = (provider, auth) switch
        {
            ("oks", _) => Build(
                provider, auth, construction, loggerFactory, primaryHandler, configureOptions,
                OksOptionsFor(auth, emu, server, resilience),
                (o, h, l) => new OksClusterProvider(o, h, l),
                (b, o) => b.AddOks(o),
                OksSecrets(auth, emu),
                p => ClusterCalls((IClusterProvider)p, ids.OksCluster, new ClusterCreateRequest { Name = name, Version = "1.31", Options = new OksClusterOptions { ProjectId = ids.OksProject, AdminWhitelist = ["0.0.0.0/0"] } })),
            ("imply", _) => Build(
                provider, auth, construction, loggerFactory, primaryHandler, configureOptions,
                ImplyOptionsFor(auth, emu, server, resilience),
                (o, h, l) => new ImplyClusterProvider(o, h, l),
                (b, o) => b.AddImply(o),
                auth == "bearer" ? [emu.Imply.AccessToken] : [emu.Imply.ClientSecret],
                p => ClusterCalls((IClusterProvider)p, ids.ImplyCluster, new ClusterCreateRequest { Name = name, Version = "2024.01", Options = new ImplyClusterOptions { Spec = new ImplyApi.ClusterSpec { DesiredState = "STARTED" } } })),
            ("ame", _) => Build(
                provider, auth, construction, loggerFactory, primaryHandler, configureOptions,
                new AmeOptions { Endpoint = server.At(emu.Ame.BaseUrl), Organisation = emu.Ame.Organisation, PersonalAccessToken = emu.Ame.PersonalAccessToken, UseEnvironmentVariables = false, Resilience = resilience },
                (o, h, l) => new AmeClusterProvider(o, h, l),
                (b, o) => b.AddAme(o),
                [emu.Ame.PersonalAccessToken],
                p => ClusterCalls((IClusterProvider)p, ids.AmeCluster, new ClusterCreateRequest { Name = name, Version = "1.31", Region = "ams", Options = new AmeClusterOptions { Environment = "production", CloudAccountIdentity = emu.Ame.CloudAccountIdentity } })),
            ("eks", _) => Build(
                provider, auth, construction, loggerFactory, primaryHandler, configureOptions,
                new EksOptions { Endpoint = server.At(emu.Eks.BaseUrl), Region = emu.Eks.Region, AccessKeyId = emu.Eks.AccessKeyId, SecretAccessKey = emu.Eks.SecretAccessKey, SessionToken = EksSessionToken, UseSdkDefaults = false, Resilience = resilience },
                (o, h, l) => new EksClusterProvider(o, h, l),
                (b, o) => b.AddEks(o),
                [emu.Eks.SecretAccessKey, EksSessionToken],
                p => ClusterCalls((IClusterProvider)p, ids.EksCluster, new ClusterCreateRequest { Name = name, Options = new EksClusterOptions { ConnectorProvider = "OTHER", RoleArn = $"arn:aws:iam::{emu.Eks.AccountId}:role/eks-connector-agent" } })),
            ("lakesail", _) => Build(
                provider, auth, construction, loggerFactory, primaryHandler, configureOptions,
                new LakeSailOptions { Endpoint = server.At(emu.LakeSail.BaseUrl), ApiToken = emu.LakeSail.ApiToken, UseEnvironment = false, Resilience = resilience },
                (o, h, l) => new LakeSailConnectionProvider(o, h, l),
                (b, o) => b.AddLakeSail(o),
                [emu.LakeSail.ApiToken],
                p => ConnectionCalls((IConnectionProvider)p, ids.LakeSailConnection, name)),
            _ => throw new ArgumentException($"unknown target {provider}/{auth}"),
        };
        await Task.CompletedTask;
        return target;
    }

    private static OksOptions OksOptionsFor(string auth, MultiCloudEmulator emu, HostileServer server, ResilienceOptions resilience)
    {
        var options = new OksOptions { Endpoint = server.At(emu.Oks.BaseUrl), UseCliConfiguration = false, Resilience = resilience };
        switch (auth)
        {
            case "aksk-otp":
                (options.AccessKey, options.SecretKey, options.OtpCode) = (emu.Oks.AccessKey, emu.Oks.SecretKey, OksOtp);
                break;
            case "basic":
                (options.Username, options.Password) = (emu.Oks.Username, emu.Oks.Password);
                break;
            case "jwt":
                (options.AccessToken, options.RefreshToken) = (OksJwtAccess, OksJwtRefresh);
                break;
            default:
                throw new ArgumentException($"unknown OKS auth {auth}");
        }

        return options;
    }

    private static string[] OksSecrets(string auth, MultiCloudEmulator emu) => auth switch
    {
        "aksk-otp" => [emu.Oks.AccessKey, emu.Oks.SecretKey, OksOtp],
        "basic" => [emu.Oks.Password, Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{emu.Oks.Username}:{emu.Oks.Password}"))],
        _ => [OksJwtAccess, OksJwtRefresh],
    };

    private static ImplyOptions ImplyOptionsFor(string auth, MultiCloudEmulator emu, HostileServer server, ResilienceOptions resilience) => auth == "bearer"
        ? new ImplyOptions { Endpoint = server.At(emu.Imply.BaseUrl), AccessToken = emu.Imply.AccessToken, Resilience = resilience }
        : new ImplyOptions { Endpoint = server.At(emu.Imply.BaseUrl), ClientId = emu.Imply.ClientId, ClientSecret = emu.Imply.ClientSecret, TokenEndpoint = server.At(emu.Imply.TokenEndpoint), Resilience = resilience };

    private static SecurityTarget Build<TOptions>(
        string provider,
        string auth,
        Construction construction,
        ILoggerFactory loggerFactory,
        HttpMessageHandler? primaryHandler,
        Action<object>? configureOptions,
        TOptions options,
        Func<TOptions, HttpMessageHandler?, ILoggerFactory, object> construct,
        Action<MultiCloudClustersBuilder, Action<TOptions>> register,
        IReadOnlyList<string> secrets,
        Func<object, TargetCalls> calls)
        where TOptions : class
    {
        configureOptions?.Invoke(options);
        if (construction == Construction.Constructor)
        {
            var instance = construct(options, primaryHandler, loggerFactory);
            return new SecurityTarget(provider, auth, construction, instance, secrets, calls(instance), null);
        }

        if (primaryHandler is not null)
        {
            throw new ArgumentException("A primary handler can only be given to the constructor path.");
        }

        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddLogging();
        services.AddMultiCloudClusters(b => register(b, target => CopyInto(options, target)));
        var sp = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            sp.GetRequiredService<IStartupValidator>().Validate(); // what a host does at start (ValidateOnStart)
        }
        catch
        {
            sp.Dispose();
            throw;
        }

        object resolved = provider == "lakesail"
            ? sp.GetRequiredKeyedService<IConnectionProvider>(provider)
            : sp.GetRequiredKeyedService<IClusterProvider>(provider);
        return new SecurityTarget(provider, auth, construction, resolved, secrets, calls(resolved), sp);
    }

    // The DI path configures the options instance the container creates: copy every settable property over.
    private static void CopyInto<TOptions>(TOptions from, TOptions to)
    {
        foreach (var property in typeof(TOptions).GetProperties().Where(p => p.CanRead && p.CanWrite))
        {
            property.SetValue(to, property.GetValue(from));
        }
    }

    private static TargetCalls ClusterCalls(IClusterProvider provider, string existingId, ClusterCreateRequest create) => new(
        ct => provider.GetClusterAsync(existingId, ct),
        async ct =>
        {
            await foreach (var unused in provider.ListClustersAsync(cancellationToken: ct))
            {
            }
        },
        ct => provider.CreateClusterAsync(create, ct));

    private static TargetCalls ConnectionCalls(IConnectionProvider provider, string existingId, string name) => new(
        ct => provider.GetConnectionAsync(existingId, ct),
        async ct =>
        {
            await foreach (var unused in provider.ListConnectionsAsync(cancellationToken: ct))
            {
            }
        },
        ct => provider.CreateConnectionAsync(
            new ConnectionCreateRequest
            {
                Name = name,
                CloudProvider = "aws",
                Account = new CloudAccountConfig { AccountId = "123456789012", Region = "us-east-1", RoleArn = "arn:aws:iam::123456789012:role/LakeSailConnection" },
            },
            ct));
}

/// <summary>One emulator (instant lifecycles) and the ids of what it holds, shared by a test class.</summary>
public sealed class HostileFixture : IAsyncLifetime
{
    /// <summary>The emulator.</summary>
    public MultiCloudEmulator Emulator { get; private set; } = null!;

    /// <summary>Ids of existing resources.</summary>
    public EmulatorIds Ids { get; private set; } = null!;

    /// <summary>A hostile server in front of the emulator, forwarding everything until told otherwise.</summary>
    public HostileServer NewServer(Func<HostileExchange, Task>? behaviour = null) => HostileServer.Start(Emulator.BaseAddress, behaviour);

    /// <summary>Builds a target in front of this fixture's emulator.</summary>
    public Task<SecurityTarget> TargetAsync(string provider, string auth, Construction construction, HostileServer server, ResilienceOptions? resilience = null, ILoggerFactory? loggerFactory = null, HttpMessageHandler? primaryHandler = null, Action<object>? configureOptions = null) =>
        SecurityTargets.BuildAsync(provider, auth, construction, Emulator, Ids, server, resilience, loggerFactory, primaryHandler, configureOptions);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Emulator = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.Zero, DefaultPageSize = 50 });
        Ids = await EmulatorIds.FindAsync(Emulator);
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}
