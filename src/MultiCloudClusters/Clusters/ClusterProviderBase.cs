using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Telemetry;

namespace MultiCloudClusters.Clusters;

/// <summary>
/// The base of every cluster provider: unimplemented operations throw <see cref="NotSupportedException"/>,
/// <see cref="Capabilities"/> lists exactly the overridden ones, and the status waiter is shared.
/// </summary>
public abstract class ClusterProviderBase : IClusterProvider
{
    private static readonly (string Method, ClusterOperations Operation)[] Optional =
    [
        (nameof(ListClustersAsync), ClusterOperations.List),
        (nameof(GetClusterAsync), ClusterOperations.Get),
        (nameof(CreateClusterAsync), ClusterOperations.Create),
        (nameof(UpdateClusterAsync), ClusterOperations.Update),
        (nameof(DeleteClusterAsync), ClusterOperations.Delete),
        (nameof(UpgradeClusterAsync), ClusterOperations.Upgrade),
        (nameof(StartClusterAsync), ClusterOperations.Start),
        (nameof(StopClusterAsync), ClusterOperations.Stop),
        (nameof(GetKubeconfigAsync), ClusterOperations.Kubeconfig),
    ];

    private readonly string? _registration;

    /// <summary>Creates the base.</summary>
    protected ClusterProviderBase(TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
        Logger = logger ?? NullLogger.Instance;
        Capabilities = new ClusterCapabilities(Optional
            .Where(o => IsOverridden(GetType(), o.Method))
            .Aggregate(ClusterOperations.None, (all, o) => all | o.Operation));
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>
    /// The name this provider is registered under: set by <c>AddOks("oks-prod", …)</c> and its kind, or in an
    /// object initializer for a provider built without a container; <see cref="Name"/> when unset. Copied into
    /// every <see cref="ClusterInfo.Registration"/> the provider returns.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    public string Registration
    {
        get => _registration ?? Name;
        init => _registration = DependencyInjection.RegistrationName.Check(value, nameof(Registration));
    }

    /// <inheritdoc />
    public ClusterCapabilities Capabilities { get; }

    /// <summary>The clock for waits.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>The provider's logger.</summary>
    protected ILogger Logger { get; }

    /// <inheritdoc />
    public virtual AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default) =>
        throw Unsupported(nameof(ListClustersAsync));

    /// <inheritdoc />
    public virtual Task<ClusterInfo> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default) =>
        throw Unsupported(nameof(GetClusterAsync));

    /// <inheritdoc />
    public virtual Task<ClusterInfo> CreateClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default) =>
        throw Unsupported(nameof(CreateClusterAsync));

    /// <inheritdoc />
    public virtual Task<ClusterInfo> UpdateClusterAsync(string clusterId, ClusterUpdateRequest request, CancellationToken cancellationToken = default) =>
        throw Unsupported(nameof(UpdateClusterAsync));

    /// <inheritdoc />
    public virtual Task DeleteClusterAsync(string clusterId, CancellationToken cancellationToken = default) =>
        throw Unsupported(nameof(DeleteClusterAsync));

    /// <inheritdoc />
    public virtual Task<ClusterInfo> UpgradeClusterAsync(string clusterId, string version, CancellationToken cancellationToken = default) =>
        throw Unsupported(nameof(UpgradeClusterAsync));

    /// <inheritdoc />
    public virtual Task<ClusterInfo> StartClusterAsync(string clusterId, CancellationToken cancellationToken = default) =>
        throw Unsupported(nameof(StartClusterAsync));

    /// <inheritdoc />
    public virtual Task<ClusterInfo> StopClusterAsync(string clusterId, CancellationToken cancellationToken = default) =>
        throw Unsupported(nameof(StopClusterAsync));

    /// <inheritdoc />
    public virtual Task<Kubeconfig> GetKubeconfigAsync(string clusterId, KubeconfigRequest? request = null, CancellationToken cancellationToken = default) =>
        throw Unsupported(nameof(GetKubeconfigAsync));

    /// <inheritdoc />
    public virtual async Task<ClusterInfo> WaitForStatusAsync(string clusterId, ClusterStatus status, WaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!Capabilities.Supports(ClusterOperations.Get))
        {
            throw Unsupported(nameof(WaitForStatusAsync));
        }

        options ??= new WaitOptions();
        var deadline = TimeProvider.GetUtcNow() + options.Timeout;
        var interval = options.InitialInterval;
        ClusterInfo? last = null;
        while (true)
        {
            try
            {
                last = await GetClusterAsync(clusterId, cancellationToken).ConfigureAwait(false);
            }
            catch (CloudNotFoundException) when (status == ClusterStatus.Deleted)
            {
                return new ClusterInfo { Provider = Name, Registration = Registration, Id = clusterId, Name = last?.Name ?? clusterId, Status = ClusterStatus.Deleted, RawStatus = "not found", Native = last?.Native };
            }

            if (last.Status == status)
            {
                return last;
            }

            if (last.Status == ClusterStatus.Failed || (last.Status == ClusterStatus.Deleted && status != ClusterStatus.Deleted))
            {
                throw new ClusterWaitException($"{Name} cluster {clusterId} became {last.Status} ('{ServerText.CleanShort(last.RawStatus)}') while waiting for {status}.", last);
            }

            var now = TimeProvider.GetUtcNow();
            if (now >= deadline)
            {
                throw new ClusterWaitException($"{Name} cluster {clusterId} did not reach {status} within {options.Timeout}; it is {last.Status} ('{ServerText.CleanShort(last.RawStatus)}').", last);
            }

            var pause = interval < deadline - now ? interval : deadline - now;
            Log.Waiting(Logger, Name, clusterId, status.ToString(), last.Status.ToString(), pause.TotalMilliseconds);
            await Task.Delay(pause, TimeProvider, cancellationToken).ConfigureAwait(false);
            interval = TimeSpan.FromTicks(Math.Min((long)(interval.Ticks * 1.5), options.MaxInterval.Ticks));
        }
    }

    /// <summary>The exception for an operation this provider lacks.</summary>
    protected NotSupportedException Unsupported(string operation) =>
        new($"The {Name} provider does not support {operation.Replace("Async", string.Empty, StringComparison.Ordinal)}; check Capabilities ({Capabilities}) before calling.");

    /// <summary>Casts the request's provider options, refusing another provider's options with a clear message.</summary>
    protected TOptions? OptionsOf<TOptions>(ProviderClusterOptions? options, string field) where TOptions : ProviderClusterOptions =>
        options switch
        {
            null => null,
            TOptions typed => typed,
            _ => throw new InvalidRequestException([new FieldError(field, $"must be {typeof(TOptions).Name} for the {Name} provider (got {options.GetType().Name} for {options.Provider})")]),
        };

    private static bool IsOverridden(Type type, string method) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Any(m => m.Name == method && m.GetBaseDefinition().DeclaringType == typeof(ClusterProviderBase) && m.DeclaringType != typeof(ClusterProviderBase));
}
