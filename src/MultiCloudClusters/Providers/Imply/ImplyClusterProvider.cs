using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;
using Generated = MultiCloudClusters.Providers.Imply.Generated;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// Imply Cloud Manager (Imply/Druid) clusters behind <see cref="IClusterProvider"/>, plus Imply's own
/// operations: <see cref="OverwriteClusterAsync(string, ImplyCluster, ImplyOverwriteOptions, CancellationToken)"/>, <see cref="GetClusterVersionAsync"/> and
/// <see cref="ReplaceServerAsync"/>. A cluster's id is its <c>metadata.uid</c>; its
/// <see cref="ClusterInfo.Native"/> is an <see cref="ImplyCluster"/>.
/// </summary>
/// <remarks>
/// Imply runs one update at a time: a change sent while another is running is refused with
/// <c>409 StateConflict</c>, surfaced as <see cref="CloudConflictException"/> and never retried blindly.
/// Wait with <see cref="ClusterProviderBase.WaitForStatusAsync"/> (e.g. for Running) and send it again.
/// </remarks>
public partial class ImplyClusterProvider : ClusterProviderBase
{
    /// <summary>The provider key.</summary>
    public const string ProviderName = "imply";

    /// <summary>No switch: what the unified calls send (upgrade, start, stop).</summary>
    private static readonly ImplyOverwriteOptions Unflagged = new();

    private readonly Func<HttpClient> _http;
    private readonly PagingLimits _paging;

    /// <summary>Creates a provider without dependency injection.</summary>
    /// <param name="options">Endpoint, credentials and resilience settings.</param>
    /// <param name="primaryHandler">The innermost handler (default: a pooled sockets handler); token requests use it too.</param>
    /// <param name="loggerFactory">Where logs go.</param>
    /// <param name="timeProvider">The clock (tests pass a fake one).</param>
    /// <exception cref="InvalidRequestException">The options break a rule (the message names the field).</exception>
    public ImplyClusterProvider(ImplyOptions options, HttpMessageHandler? primaryHandler = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(ImplySetup.Resolve(options, timeProvider ?? TimeProvider.System, primaryHandler), primaryHandler, loggerFactory, timeProvider ?? TimeProvider.System)
    {
    }

    internal ImplyClusterProvider(Func<HttpClient> http, TimeProvider timeProvider, ILogger? logger, PagingLimits paging)
        : base(timeProvider, logger)
    {
        _http = http;
        _paging = paging;
    }

    /// <summary>For mocking frameworks only: a provider with no connection, whose every call fails unless overridden.</summary>
    protected ImplyClusterProvider()
    {
        _http = static () => throw new InvalidOperationException("This ImplyClusterProvider was made for mocking and has no connection; override the members you call.");
        _paging = new PagingLimits(ProviderName);
    }

    private ImplyClusterProvider(ProviderSetup setup, HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
        : this(setup.ClientFactory(primaryHandler, loggerFactory, timeProvider), timeProvider, loggerFactory?.CreateLogger("MultiCloudClusters." + ProviderName), setup.Paging)
    {
    }

    /// <inheritdoc />
    public override string Name => ProviderName;

    /// <inheritdoc />
    public override ClusterCapabilities Capabilities { get; } = new(ClusterOperations.List | ClusterOperations.Get | ClusterOperations.Create | ClusterOperations.Update | ClusterOperations.Delete | ClusterOperations.Upgrade | ClusterOperations.Start | ClusterOperations.Stop);

    /// <summary>The generated client over this provider's pipeline (tests reach every operation through it).</summary>
    internal Generated.IImplyApiClient Api => new Generated.ImplyApiClient(_http());

    /// <inheritdoc />
    /// <remarks>
    /// The spec comes from <see cref="ImplyClusterOptions.Spec"/>; the request's name, version and tags fill
    /// <c>metadata.name</c>, <c>spec.version</c> and <c>spec.awsTags</c>. A version is required; Imply takes no region.
    /// With <see cref="ImplyClusterOptions.DryRun"/> the server only validates (and the call may be retried); the
    /// answer shows the cluster as it would be, with an empty <see cref="ClusterInfo.Id"/> when the server gave none.
    /// </remarks>
    public override async Task<ClusterInfo> CreateClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = OptionsOf<ImplyClusterOptions>(request.Options, "request.Options");
        var spec = options?.Spec is { } given ? ImplyModels.ToGenerated(given) : new Generated.ClusterSpec();
        var validator = new RequestValidator().Required("request.Name", request.Name);
        if (request.Region is not null)
        {
            validator.Fail("request.Region", "must be null: Imply clusters take no region (it follows the account)");
        }

        if (request.Version is not null && spec.Version is not null && request.Version != spec.Version)
        {
            validator.Fail("request.Version", $"and request.Options.Spec.Version differ ('{request.Version}' and '{spec.Version}'); set one");
        }

        if (request.Tags is not null && spec.AwsTags is not null)
        {
            validator.Fail("request.Tags", "and request.Options.Spec.AwsTags both set spec.awsTags; set only one");
        }

        if (options is { ClearMembers.Count: > 0 } || options is { Force: true })
        {
            validator.Fail("request.Options", "ClearMembers and Force apply to updates only");
        }

        spec.Version = request.Version ?? spec.Version;
        spec.AwsTags = request.Tags is { } tags ? ImplyTags.ToList(tags) : spec.AwsTags;
        ImplySpecRules.Check(validator, "request.Options.Spec", spec, full: false);
        validator.Required("request.Version", spec.Version);
        validator.ThrowIfInvalid();

        var body = new Generated.Cluster { Metadata = new Generated.ObjectMeta { Name = request.Name }, Spec = spec };
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var dryRun = options?.DryRun == true;
        var pretty = Flag(options?.Pretty == true);
        return capture.Stamp(ToInfo(await Call(() => api.CreateClusterAsync(body, Flag(dryRun), pretty, cancellationToken)).ConfigureAwait(false), idMayBeMissing: dryRun));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Sends a JSON merge patch (RFC 7386): the members of <see cref="ImplyClusterOptions.Spec"/> that are set,
    /// <see cref="ClusterUpdateRequest.Tags"/> as <c>spec.awsTags</c>, and an explicit null for each of
    /// <see cref="ImplyClusterOptions.ClearMembers"/>. Members not mentioned stay as they are.
    /// </remarks>
    public override async Task<ClusterInfo> UpdateClusterAsync(string clusterId, ClusterUpdateRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        ArgumentNullException.ThrowIfNull(request);
        var options = OptionsOf<ImplyClusterOptions>(request.Options, "request.Options");
        var validator = new RequestValidator();
        if (request.Description is not null)
        {
            validator.Fail("request.Description", "must be null: Imply clusters have no description");
        }

        var spec = ImplyMergePatch.BuildSpec(validator, options?.Spec is { } given ? ImplyModels.ToGenerated(given) : null, request.Tags, options?.ClearMembers);
        if (spec.Count == 0 && validator.IsValid)
        {
            validator.Fail("request", "changes nothing: set request.Tags, request.Options.Spec members or request.Options.ClearMembers");
        }

        validator.ThrowIfInvalid();
        return await PatchAsync(clusterId, spec, new ImplyOverwriteOptions { DryRun = options?.DryRun == true, Force = options?.Force == true, Pretty = options?.Pretty == true }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Sets <c>spec.version</c> with a merge patch; the server rolls the cluster to it.</remarks>
    public override Task<ClusterInfo> UpgradeClusterAsync(string clusterId, string version, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        new RequestValidator().Required("version", version).ThrowIfInvalid();
        return PatchAsync(clusterId, new JsonObject { ["version"] = version }, Unflagged, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Sets <c>spec.desiredState</c> to <c>STARTED</c> with a merge patch.</remarks>
    public override Task<ClusterInfo> StartClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        return PatchAsync(clusterId, new JsonObject { ["desiredState"] = ImplyStatusMap.Started }, Unflagged, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Sets <c>spec.desiredState</c> to <c>STOPPED</c> with a merge patch.</remarks>
    public override Task<ClusterInfo> StopClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        return PatchAsync(clusterId, new JsonObject { ["desiredState"] = ImplyStatusMap.Stopped }, Unflagged, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task DeleteClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        var api = Api;
        await ProviderCall.RunAsync(ProviderName, () => api.DeleteClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
    }

    internal static ProviderSetup Resolve(ImplyOptions options, TimeProvider timeProvider) => ImplySetup.Resolve(options, timeProvider);

    /// <summary>Sends a merge patch of <paramref name="spec"/> with the switches of <paramref name="switches"/>.</summary>
    private async Task<ClusterInfo> PatchAsync(string clusterId, JsonObject spec, ImplyOverwriteOptions switches, CancellationToken cancellationToken)
    {
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var patch = ImplyMergePatch.Create(spec);
        return capture.Stamp(ToInfo(await Call(() => api.UpdateClusterAsync(patch, clusterId, Flag(switches.DryRun), Flag(switches.Force), Flag(switches.Pretty), cancellationToken)).ConfigureAwait(false)));
    }

    /// <summary>A switch as a query value: <c>true</c> when on, left out (the server's default, off) otherwise.</summary>
    private static bool? Flag(bool on) => on ? true : null;

    private static Task<T> Call<T>(Func<Task<T>> call) => ProviderCall.RunAsync(ProviderName, call);

    /// <param name="cluster">The server's cluster.</param>
    /// <param name="idMayBeMissing">True for a dry-run create: nothing was created, so the server may not have given an id (Id is then empty).</param>
    private ClusterInfo ToInfo(Generated.Cluster cluster, bool idMayBeMissing = false)
    {
        var metadata = ProviderCall.Require(ProviderName, cluster.Metadata, "metadata");
        var id = idMayBeMissing ? metadata.Uid ?? string.Empty : ProviderCall.Require(ProviderName, metadata.Uid, "metadata.uid");
        var model = ImplyModels.ToModel(cluster);
        return new ClusterInfo
        {
            Provider = ProviderName,
            Registration = Registration,
            Id = id,
            Name = string.IsNullOrEmpty(metadata.Name) ? id : metadata.Name,
            Status = ImplyStatusMap.Map(model.Status?.State, model.Spec.DesiredState),
            RawStatus = model.Status?.State,
            Version = model.Spec.Version,
            Tags = ImplyTags.FromList(model.Spec.AwsTags),
            Native = model,
        };
    }

    private static void ValidateId(string clusterId) =>
        new RequestValidator().PathSegment("clusterId", clusterId).ThrowIfInvalid();
}
