using System.Text.RegularExpressions;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>Registering and deregistering clusters that run outside EKS (the EKS Connector).</summary>
public partial class EksClusterProvider
{
    private const int MaxTags = 50;

    /// <inheritdoc />
    /// <remarks>
    /// Registers an external cluster (see <see cref="RegisterClusterAsync"/>, which also returns the activation the
    /// connector manifest needs; here it is only in the <see cref="EksCluster.ConnectorConfig"/> of <see cref="ClusterInfo.Native"/>).
    /// </remarks>
    public override async Task<ClusterInfo> CreateClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default) =>
        (await RegisterClusterAsync(request, cancellationToken).ConfigureAwait(false)).Cluster;

    /// <summary>
    /// Connects a Kubernetes cluster running elsewhere to EKS (RegisterCluster). Needs <see cref="EksClusterOptions"/>
    /// with the connector provider and the connector role ARN. The answer carries the activation id and code that the
    /// EKS Connector manifest must hold, applied inside the cluster before <see cref="EksRegistration.ActivationExpiry"/>.
    /// </summary>
    /// <param name="request">Name (1 to 100 letters, digits, '-' and '_', starting with a letter or digit), tags and options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The registration.</returns>
    /// <exception cref="InvalidRequestException">A field breaks a rule; nothing was sent.</exception>
    public virtual async Task<EksRegistration> RegisterClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default)
    {
        var options = ValidateRegistration(request);

        // One token per logical call: the retry pipeline resends this same body, so every attempt carries it.
        var body = EksMapper.ToRegisterRequest(request.Name, options, options.ClientRequestToken ?? Guid.NewGuid().ToString(), request.Tags);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.RegisterClusterAsync(body, cancellationToken)).ConfigureAwait(false);
        var cluster = ToInfo(response.Cluster);
        var connector = ProviderCall.Require(ProviderName, cluster.GetNative<EksCluster>().ConnectorConfig, "cluster.connectorConfig");
        return capture.Stamp(new EksRegistration
        {
            Cluster = cluster,
            ActivationId = ProviderCall.Require(ProviderName, connector.ActivationId, "cluster.connectorConfig.activationId"),
            ActivationCode = ProviderCall.Require(ProviderName, connector.ActivationCode, "cluster.connectorConfig.activationCode"),
            ActivationExpiry = connector.ActivationExpiry,
        });
    }

    /// <summary>
    /// Disconnects a registered cluster from EKS (DeregisterCluster). EKS-created clusters are refused by the service.
    /// </summary>
    /// <param name="name">The cluster's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cluster as the answer shows it, normally <see cref="ClusterStatus.Deleting"/>.</returns>
    /// <exception cref="InvalidRequestException">The name breaks a rule; nothing was sent.</exception>
    public virtual async Task<ClusterInfo> DeregisterClusterAsync(string name, CancellationToken cancellationToken = default)
    {
        ValidateName("name", name);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.DeregisterClusterAsync(name, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(ToInfo(response.Cluster));
    }

    /// <inheritdoc />
    /// <remarks>Deregisters a connected cluster (<see cref="DeregisterClusterAsync"/>); EKS-created clusters are refused by the service.</remarks>
    /// <param name="clusterId">The cluster's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public override async Task DeleteClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateName("clusterId", clusterId);
        var api = Api;
        await Call(() => api.DeregisterClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
    }

    private EksClusterOptions ValidateRegistration(ClusterCreateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = OptionsOf<EksClusterOptions>(request.Options, "request.Options");
        var validator = new RequestValidator();
        ValidateName(validator, "request.Name", request.Name);
        validator.Required("request.Options", options);
        if (options is not null)
        {
            validator.Required("request.Options.ConnectorProvider", options.ConnectorProvider);
            if (!string.IsNullOrWhiteSpace(options.ConnectorProvider) && !EksClusterOptions.KnownConnectorProviders.Contains(options.ConnectorProvider, StringComparer.Ordinal))
            {
                validator.Fail("request.Options.ConnectorProvider", $"must be one of {string.Join(", ", EksClusterOptions.KnownConnectorProviders)} (got '{options.ConnectorProvider}')");
            }

            validator.Required("request.Options.RoleArn", options.RoleArn)
                .Matches("request.Options.RoleArn", options.RoleArn, RoleArnPattern(), "an IAM role ARN such as arn:aws:iam::123456789012:role/eks-connector-agent");
            if (options.ClientRequestToken is not null)
            {
                validator.Required("request.Options.ClientRequestToken", options.ClientRequestToken);
            }
        }

        if (request.Version is not null)
        {
            validator.Fail("request.Version", "cannot be set when registering an external cluster (it runs its own Kubernetes)");
        }

        if (request.Region is not null && !string.Equals(request.Region, Region, StringComparison.Ordinal))
        {
            validator.Fail("request.Region", $"must be empty or the provider's region '{Region}' (set EksOptions.Region for another)");
        }

        ValidateTags(validator, request.Tags);
        validator.ThrowIfInvalid();
        return options!;
    }

    private static void ValidateTags(RequestValidator validator, IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > MaxTags)
        {
            validator.Fail("request.Tags", $"must hold at most {MaxTags} tags (got {tags.Count})");
        }

        foreach (var (key, value) in tags)
        {
            var field = $"request.Tags[{key}]";
            if (key.Length is < 1 or > 128)
            {
                validator.Fail(field, $"key must be 1 to 128 characters long (got {key.Length})");
            }

            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                validator.Fail(field, "key must not start with 'aws:' (reserved by AWS)");
            }

            if (value is null || value.Length > 256)
            {
                validator.Fail(field, $"value must be present and at most 256 characters long (got {value?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"})");
            }
        }
    }

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/.+$")]
    private static partial Regex RoleArnPattern();
}
