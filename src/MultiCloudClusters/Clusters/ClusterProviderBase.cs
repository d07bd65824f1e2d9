using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Telemetry;

namespace MultiCloudClusters.Clusters;

/// <summary>
/// The base of every cluster provider: unimplemented operations throw <see cref="NotSupportedException"/>,
/// each provider declares its <see cref="Capabilities"/> (the operations it overrides), and the status waiter is
/// shared (<see cref="Poller"/>, the same loop as operation waits).
/// </summary>
public abstract class ClusterProviderBase : IClusterProvider
{
    private readonly string? _registration;

    /// <summary>Creates the base.</summary>
    protected ClusterProviderBase(TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
        Logger = logger ?? NullLogger.Instance;
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
    /// <remarks>
    /// Declared by each provider: exactly the operations it overrides (a test holds every provider to it).
    /// <see cref="WaitForStatusAsync"/> needs <see cref="ClusterOperations.Get"/>.
    /// </remarks>
    public abstract ClusterCapabilities Capabilities { get; }

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
        ClusterInfo? lastSeen = null;
        return await Poller.PollAsync<ClusterInfo>(
            current: null,
            LookAsync,
            Reached,
            seen => new ClusterWaitException(Name, CloudErrorCodes.WaitTimeout, $"{Name} cluster {ServerText.CleanShort(clusterId)} did not reach {status} within {options.Timeout}; it is {seen.Status} ('{ServerText.CleanShort(seen.RawStatus)}').", seen),
            options,
            TimeProvider,
            (seen, pause) => Log.Waiting(Logger, Name, clusterId, status.ToString(), seen.Status.ToString(), pause.TotalMilliseconds),
            cancellationToken).ConfigureAwait(false);

        async Task<ClusterInfo> LookAsync(CancellationToken ct)
        {
            try
            {
                return lastSeen = await GetClusterAsync(clusterId, ct).ConfigureAwait(false);
            }
            catch (CloudNotFoundException) when (status == ClusterStatus.Deleted)
            {
                // The answer waited for: a 404 is how a deleted cluster shows.
                return new ClusterInfo { Provider = Name, Registration = Registration, Id = clusterId, Name = lastSeen?.Name ?? clusterId, Status = ClusterStatus.Deleted, RawStatus = "not found", Native = lastSeen?.Native };
            }
        }

        bool Reached(ClusterInfo seen)
        {
            if (seen.Status == status)
            {
                return true;
            }

            return seen.Status == ClusterStatus.Failed || (seen.Status == ClusterStatus.Deleted && status != ClusterStatus.Deleted)
                ? throw new ClusterWaitException(Name, CloudErrorCodes.WaitFailed, $"{Name} cluster {ServerText.CleanShort(clusterId)} became {seen.Status} ('{ServerText.CleanShort(seen.RawStatus)}') while waiting for {status}.", seen)
                : false;
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
}
