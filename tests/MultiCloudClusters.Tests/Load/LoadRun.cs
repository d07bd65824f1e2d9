using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Load;

internal enum OpKind
{
    List,
    Inventory,
    Get,
    Create,
    Update,
    Delete,
    Secrets,
}

/// <summary>One failed operation of the run.</summary>
internal sealed record OpFailure(string Target, OpKind Kind, string? Id, Exception Exception, bool AfterCancel);

/// <summary>A create that failed: it may or may not have been applied, so the final listing decides.</summary>
internal sealed record UnknownCreate(string Target, string Name, Exception Exception);

/// <summary>What reconciling one provider's state found.</summary>
internal sealed record Reconciliation(
    string Target,
    int Baseline,
    int Final,
    int CreatedOk,
    int DeletedOk,
    int UnknownCreates,
    int UnknownCreatesFound,
    int CreatesApplied,
    IReadOnlyList<string> Lost,
    IReadOnlyList<string> Unexpected,
    IReadOnlyList<string> Duplicated,
    IReadOnlyList<string> FoundAfterRefusal)
{
    public bool CountsMatch => CreatesApplied == CreatedOk + UnknownCreatesFound;

    public override string ToString() =>
        $"{Target,-9} baseline {Baseline,3} final {Final,4} created {CreatedOk,4} deleted {DeletedOk,4} unknown creates {UnknownCreates,3} (found {UnknownCreatesFound,3}) "
        + $"applied {CreatesApplied,4} lost {Lost.Count} unexpected {Unexpected.Count} duplicated {Duplicated.Count}";
}

/// <summary>What the Retry-After analysis of the emulator's attempt records found.</summary>
internal sealed record RetryAfterCheck(int Announced, int Honoured, int EndedCall, int Ambiguous, IReadOnlyList<string> Violations, TimeSpan ShortestHonouredGap);

/// <summary>
/// The load run of issue 8: an emulator (lifecycles settle at once), the five providers registered through
/// dependency injection with <c>UseEmulator</c>, logs and spans captured, and 32 callers doing mixed operations
/// through the public API while a ledger keeps what each call created and deleted.
/// </summary>
internal sealed class LoadRun : IAsyncDisposable
{
    private const int PageSize = 20;

    private readonly ConcurrentDictionary<(string Target, string Id), string> live = new();
    private readonly ConcurrentDictionary<(string Target, string Id), string> unknownDeletes = new();
    private readonly ConcurrentBag<UnknownCreate> unknownCreates = [];
    private readonly ConcurrentBag<OpFailure> failures = [];
    private readonly ConcurrentBag<OpFailure> inventoryErrors = [];
    private readonly ConcurrentDictionary<string, int> createdOk = new();
    private readonly ConcurrentDictionary<string, int> deletedOk = new();
    private readonly ConcurrentDictionary<string, int> throttledFailuresByToken = new();
    private readonly ConcurrentDictionary<string, int> throttledFailuresByTarget = new();
    private readonly ConcurrentDictionary<OpKind, int> opsByKind = new();
    private readonly Dictionary<string, List<(string Id, string Name)>> baseline = [];
    private readonly ConcurrentBag<(long At, string What)> exits = [];
    private int started;
    private int completed;

    private LoadRun(MultiCloudEmulator emu, ServiceProvider services, TelemetryCapture telemetry, LoadTarget[] targets)
    {
        Emu = emu;
        Services = services;
        Telemetry = telemetry;
        Targets = targets;
        Catalog = services.GetRequiredService<ClusterCatalog>();
    }

    public MultiCloudEmulator Emu { get; }

    public ServiceProvider Services { get; }

    public TelemetryCapture Telemetry { get; }

    public ClusterCatalog Catalog { get; }

    public LoadTarget[] Targets { get; }

    /// <summary>The name prefix of everything this run creates.</summary>
    public string Prefix { get; } = "ld" + Guid.NewGuid().ToString("N")[..6];

    public ConcurrentBag<string> Secrets { get; } = [];

    public IReadOnlyCollection<OpFailure> Failures => failures;

    /// <summary>Providers that failed inside an inventory (the inventory itself goes on and counts as completed).</summary>
    public IReadOnlyCollection<OpFailure> InventoryErrors => inventoryErrors;

    public IReadOnlyCollection<UnknownCreate> UnknownCreates => unknownCreates;

    public IReadOnlyDictionary<OpKind, int> OpsByKind => opsByKind;

    public int Completed => completed;

    public ConnectionSampler? Sampler { get; private set; }

    /// <summary>When each caller returned (Stopwatch timestamp) and what it was doing last.</summary>
    public IReadOnlyCollection<(long At, string What)> Exits => exits;

    public static async Task<LoadRun> StartAsync()
    {
        var emu = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.Zero, FaultSeed = 8 });
        var telemetry = new TelemetryCapture();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(telemetry));
        services.AddMultiCloudClusters(b => b.UseEmulator(emu));
        services.ConfigureAll<OksOptions>(o => o.Resilience = LoadSettings.Resilience());
        services.ConfigureAll<ImplyOptions>(o => o.Resilience = LoadSettings.Resilience());
        services.ConfigureAll<AmeOptions>(o => o.Resilience = LoadSettings.Resilience());
        services.ConfigureAll<EksOptions>(o => o.Resilience = LoadSettings.Resilience());
        services.ConfigureAll<LakeSailOptions>(o => o.Resilience = LoadSettings.Resilience());
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var oks = provider.GetRequiredKeyedService<OksClusterProvider>(OksClusterProvider.ProviderName);
        var project = (await oks.ListProjectsAsync().FirstOrDefaultAsync())?.Id
            ?? throw new InvalidOperationException("The emulator has no OKS project.");
        var catalog = provider.GetRequiredService<ClusterCatalog>();
        LoadTarget[] targets =
        [
            new OksTarget(oks, project),
            new ImplyTarget(provider.GetRequiredKeyedService<ImplyClusterProvider>(ImplyClusterProvider.ProviderName)),
            new AmeTarget(provider.GetRequiredKeyedService<AmeClusterProvider>(AmeClusterProvider.ProviderName), emu.Ame.CloudAccountIdentity),
            new EksTarget(provider.GetRequiredKeyedService<EksClusterProvider>(EksClusterProvider.ProviderName), emu.Eks.AccountId),
            new LakeSailTarget(catalog.GetConnectionProvider(LakeSailConnectionProvider.ProviderName)),
        ];
        var run = new LoadRun(emu, provider, telemetry, targets);
        foreach (var target in targets)
        {
            run.baseline[target.Name] = await target.ListAsync(100, CancellationToken.None);
        }

        emu.Counters.Reset();
        return run;
    }

    /// <summary>Runs <paramref name="operations"/> operations over <see cref="LoadSettings.Callers"/> callers; returns the callers' tasks.</summary>
    /// <param name="operations">How many operations in all.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="onePerProvider">One caller per provider, each with its own provider only and no inventories: every
    /// request path then has one sequential caller, so each attempt's retry is the next attempt on its path.</param>
    public Task[] Start(int operations, CancellationToken cancellationToken, bool onePerProvider = false)
    {
        Sampler = ConnectionSampler.Start(Emu.BaseAddress.Port);
        var callers = onePerProvider ? Targets.Length : LoadSettings.Callers;
        return [.. Enumerable.Range(0, callers).Select(caller => Task.Run(() => CallerAsync(caller, operations, onePerProvider ? Targets[caller] : null, cancellationToken), CancellationToken.None))];
    }

    public async Task<TimeSpan> RunAsync(int operations, CancellationToken cancellationToken = default, bool onePerProvider = false)
    {
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Start(operations, cancellationToken, onePerProvider));
        watch.Stop();
        await Sampler!.StopAsync();
        return watch.Elapsed;
    }

    /// <summary>Removes every fault, lists each provider and reconciles the listing and the create counter with the ledger.</summary>
    public async Task<IReadOnlyList<Reconciliation>> ReconcileAsync()
    {
        Emu.Faults.Clear();
        var results = new List<Reconciliation>();
        foreach (var target in Targets)
        {
            var final = await target.ListAsync(100, CancellationToken.None);
            var finalIds = final.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            var finalNames = final.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            var expected = baseline[target.Name].Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
            expected.UnionWith(live.Keys.Where(k => k.Target == target.Name).Select(k => k.Id));

            var unknown = unknownCreates.Where(u => u.Target == target.Name).ToList();
            var found = unknown.Where(u => finalNames.Contains(u.Name)).ToList();
            var maybe = final.Where(f => found.Any(u => u.Name == f.Name)).Select(f => f.Id)
                .Concat(unknownDeletes.Keys.Where(k => k.Target == target.Name).Select(k => k.Id))
                .ToHashSet(StringComparer.Ordinal);

            results.Add(new Reconciliation(
                target.Name,
                baseline[target.Name].Count,
                final.Count,
                createdOk.GetValueOrDefault(target.Name),
                deletedOk.GetValueOrDefault(target.Name),
                unknown.Count,
                found.Count,
                Emu.Counters.CreatesApplied(target.Emulated, target.CreateOperation),
                [.. expected.Where(id => !finalIds.Contains(id))],
                [.. final.Where(f => !expected.Contains(f.Id) && !maybe.Contains(f.Id)).Select(f => $"{f.Id} '{f.Name}'")],
                [.. final.Where(f => f.Name.StartsWith(Prefix, StringComparison.Ordinal)).GroupBy(f => f.Name).Where(g => g.Count() > 1).Select(g => $"{g.Key} x{g.Count()}")],
                // A create refused with 429 or a 4xx was not applied: finding it would mean it was applied after all.
                [.. found.Where(u => u.Exception is CloudApiException { StatusCode: 429 or (>= 400 and < 500) }).Select(u => $"{u.Name}: {u.Exception.Message}")]));
        }

        return results;
    }

    /// <summary>
    /// Checks every injected 429/503 (which announce Retry-After) against the next attempt of the same request:
    /// the gap must be at least the announced wait. Resource paths belong to one caller, whose calls are sequential,
    /// so the next attempt on such a path is the retry, unless that call ended there (it failed with the 429/503:
    /// not retried, or out of retries). Collection paths (lists, creates) are shared by concurrent callers and
    /// counted as ambiguous; <c>RetryAfterTests</c> checks them one caller at a time.
    /// </summary>
    public RetryAfterCheck CheckRetryAfter(TimeSpan tolerance, bool onePerProvider = false)
    {
        var endedByTarget = new Dictionary<string, int>(throttledFailuresByTarget, StringComparer.Ordinal);
        var tokens = live.Keys.Concat(unknownDeletes.Keys)
            .Select(k => (k.Target, Token: Targets.Single(t => t.Name == k.Target).PathToken(k.Id)))
            .Concat(deletedTokens.Select(d => (d.Target, Token: d.Token)))
            .ToHashSet();
        var ended = new Dictionary<string, int>(throttledFailuresByToken, StringComparer.Ordinal);
        int announced = 0, honoured = 0, endedCall = 0, ambiguous = 0;
        var shortest = TimeSpan.MaxValue;
        var violations = new List<string>();
        foreach (var group in Emu.Counters.Attempts.GroupBy(a => (a.Provider, a.Method, a.Path)))
        {
            var sequence = group.OrderBy(a => a.Elapsed).ToList();
            for (var i = 0; i < sequence.Count; i++)
            {
                var a = sequence[i];
                if (a.Fault is not (FaultKind.TooManyRequests or FaultKind.ServiceUnavailable))
                {
                    continue;
                }

                announced++;
                var target = Targets.Single(t => t.Emulated == a.Provider);
                var segments = a.Path.Split('/');
                var token = tokens.Where(t => t.Target == target.Name && segments.Contains(t.Token, StringComparer.Ordinal)).Select(t => t.Token).FirstOrDefault();
                var shared = !onePerProvider && (token is null || (target.ListTouchesResourcePaths && a.Method == "GET"));
                var next = i + 1 < sequence.Count ? sequence[i + 1] : null;
                var gap = next is null ? (TimeSpan?)null : next.Elapsed - a.Elapsed;
                if (gap is { } g && g >= LoadSettings.RetryAfter - tolerance)
                {
                    honoured++;
                    shortest = g < shortest ? g : shortest;
                    continue;
                }

                if (shared)
                {
                    ambiguous++;
                }
                else if (next is null)
                {
                    endedCall++;
                }
                else if (onePerProvider ? endedByTarget.GetValueOrDefault(target.Name) > 0 : ended.GetValueOrDefault(token!) > 0)
                {
                    endedCall++;
                    if (onePerProvider)
                    {
                        endedByTarget[target.Name]--;
                    }
                    else
                    {
                        ended[token!]--;
                    }
                }
                else
                {
                    violations.Add($"{a} then {next} after {gap!.Value.TotalMilliseconds:0} ms");
                }
            }
        }

        return new RetryAfterCheck(announced, honoured, endedCall, ambiguous, violations, shortest);
    }

    private readonly ConcurrentBag<(string Target, string Token)> deletedTokens = [];

    public async ValueTask DisposeAsync()
    {
        if (Sampler is not null)
        {
            await Sampler.StopAsync();
        }

        await Services.DisposeAsync();
        Telemetry.Dispose();
        await Emu.DisposeAsync();
    }

    private async Task CallerAsync(int caller, int total, LoadTarget? only, CancellationToken cancellationToken)
    {
        var random = new Random(1_000 + caller);
        var owned = new List<(LoadTarget Target, string Id)>();
        var sequence = 0;
        var round = 0;
        var last = "nothing";
        try
        {
            await LoopAsync();
        }
        finally
        {
            exits.Add((Stopwatch.GetTimestamp(), last));
        }

        async Task LoopAsync()
        {
        while (!cancellationToken.IsCancellationRequested && Interlocked.Increment(ref started) <= total)
        {
            var target = only ?? Targets[random.Next(Targets.Length)];
            var roll = random.Next(100);
            if (only is not null && roll is >= 16 and < 19)
            {
                roll = 20;
            }

            var kind = roll switch
            {
                < 16 => OpKind.List,
                < 19 => OpKind.Inventory,
                < 40 => OpKind.Get,
                < 62 => OpKind.Create,
                < 78 => OpKind.Update,
                < 96 => OpKind.Delete,
                _ => OpKind.Secrets,
            };
            var mine = owned.Where(o => o.Target == target).ToList();
            if (kind is OpKind.Get or OpKind.Update or OpKind.Delete or OpKind.Secrets && mine.Count == 0)
            {
                kind = OpKind.Create;
            }

            if ((kind == OpKind.Update && !target.CanUpdate) || (kind == OpKind.Secrets && target is not (OksTarget or AmeTarget)))
            {
                kind = OpKind.Get;
            }

            var id = mine.Count > 0 ? mine[random.Next(mine.Count)].Id : null;
            opsByKind.AddOrUpdate(kind, 1, (_, n) => n + 1);
            var name = kind == OpKind.Create ? $"{Prefix}-{caller}-{sequence++}" : null;
            last = $"{target.Name} {kind}";
            try
            {
                switch (kind)
                {
                    case OpKind.List:
                        await target.ListAsync(PageSize, cancellationToken);
                        break;
                    case OpKind.Inventory:
                        await foreach (var entry in Catalog.ListAllClustersAsync(new ClusterQuery { PageSize = PageSize }, cancellationToken))
                        {
                            if (entry.IsError)
                            {
                                inventoryErrors.Add(new OpFailure(entry.Provider, OpKind.Inventory, null, entry.Error!, cancellationToken.IsCancellationRequested));
                            }
                        }

                        break;
                    case OpKind.Get:
                        await target.GetAsync(id!, cancellationToken);
                        break;
                    case OpKind.Update:
                        await target.UpdateAsync(id!, round++, cancellationToken);
                        break;
                    case OpKind.Secrets:
                        await target.FetchSecretsAsync(id!, Secrets, cancellationToken);
                        break;
                    case OpKind.Create:
                        var created = await target.CreateAsync(name!, Secrets, cancellationToken);
                        live[(target.Name, created)] = name!;
                        owned.Add((target, created));
                        createdOk.AddOrUpdate(target.Name, 1, (_, n) => n + 1);
                        break;
                    case OpKind.Delete:
                        owned.Remove((target, id!));
                        await target.DeleteAsync(id!, cancellationToken);
                        live.TryRemove((target.Name, id!), out _);
                        deletedTokens.Add((target.Name, target.PathToken(id!)));
                        deletedOk.AddOrUpdate(target.Name, 1, (_, n) => n + 1);
                        break;
                }

                Interlocked.Increment(ref completed);
            }
            catch (Exception ex)
            {
                failures.Add(new OpFailure(target.Name, kind, id, ex, cancellationToken.IsCancellationRequested));
                if (kind == OpKind.Create)
                {
                    unknownCreates.Add(new UnknownCreate(target.Name, name!, ex));
                }
                else if (kind == OpKind.Delete && live.TryRemove((target.Name, id!), out var deletedName))
                {
                    unknownDeletes[(target.Name, id!)] = deletedName;
                }

                if (ex is CloudApiException { StatusCode: 429 or 503 })
                {
                    throttledFailuresByTarget.AddOrUpdate(target.Name, 1, (_, n) => n + 1);
                    if (id is not null)
                    {
                        throttledFailuresByToken.AddOrUpdate(target.PathToken(id), 1, (_, n) => n + 1);
                    }
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    last += $" ended by {ex.GetType().Name}";
                    return;
                }
            }
        }
        }
    }
}

/// <summary>Samples the machine's TCP table (Linux <c>/proc/net/tcp*</c>) for client connections to one port.</summary>
internal sealed class ConnectionSampler
{
    private readonly int port;
    private readonly CancellationTokenSource stop = new();
    private readonly HashSet<int> localPorts = [];
    private Task loop = Task.CompletedTask;

    private ConnectionSampler(int port) => this.port = port;

    public static bool Available => File.Exists("/proc/net/tcp");

    /// <summary>The most connections open (ESTABLISHED) to the port at one time.</summary>
    public int MaxEstablished { get; private set; }

    /// <summary>Distinct client sockets seen to the port in any state (TIME_WAIT keeps closed ones visible for a minute).</summary>
    public int DistinctConnections
    {
        get { lock (localPorts) { return localPorts.Count; } }
    }

    public int Samples { get; private set; }

    public static ConnectionSampler Start(int port)
    {
        var sampler = new ConnectionSampler(port);
        if (Available)
        {
            sampler.loop = Task.Run(sampler.LoopAsync);
        }

        return sampler;
    }

    public async Task StopAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            Sample();
            await stop.CancelAsync();
            await loop;
        }
    }

    private async Task LoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            Sample();
            try
            {
                await Task.Delay(20, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Sample()
    {
        if (!Available)
        {
            return;
        }

        var established = 0;
        foreach (var file in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(file))
            {
                continue;
            }

            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 4 || PortOf(fields[2]) != port)
                {
                    continue;
                }

                if (fields[3] == "01")
                {
                    established++;
                }

                lock (localPorts) { localPorts.Add(PortOf(fields[1])); }
            }
        }

        Samples++;
        MaxEstablished = Math.Max(MaxEstablished, established);
    }

    private static int PortOf(string address) =>
        int.Parse(address.AsSpan(address.LastIndexOf(':') + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
