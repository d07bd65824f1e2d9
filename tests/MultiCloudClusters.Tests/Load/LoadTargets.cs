using System.Collections.Concurrent;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Load;

/// <summary>One provider as the load run sees it: create, get, update, delete, list, and the secrets it can hand out.</summary>
internal abstract class LoadTarget(string name, EmulatedProvider emulated, string createOperation)
{
    public string Name { get; } = name;

    public EmulatedProvider Emulated { get; } = emulated;

    /// <summary>The emulator's operationId of the create (for <see cref="EmulatorCounters.CreatesApplied"/>).</summary>
    public string CreateOperation { get; } = createOperation;

    public virtual bool CanUpdate => true;

    /// <summary>Paths of other callers' resources this provider's list touches (EKS describes every listed cluster).</summary>
    public virtual bool ListTouchesResourcePaths => false;

    public abstract Task<string> CreateAsync(string name, ConcurrentBag<string> secrets, CancellationToken cancellationToken);

    public abstract Task GetAsync(string id, CancellationToken cancellationToken);

    public abstract Task UpdateAsync(string id, int round, CancellationToken cancellationToken);

    public abstract Task DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>Lists everything (every page) and returns (id, name) pairs.</summary>
    public abstract Task<List<(string Id, string Name)>> ListAsync(int pageSize, CancellationToken cancellationToken);

    /// <summary>Fetches what carries secrets (kubeconfig, OIDC secret, join command) and keeps it to look for later.</summary>
    public virtual Task FetchSecretsAsync(string id, ConcurrentBag<string> secrets, CancellationToken cancellationToken) => GetAsync(id, cancellationToken);

    /// <summary>The path segment that names the resource in the emulator's request paths.</summary>
    public virtual string PathToken(string id) => id;

    protected static async Task<List<(string Id, string Name)>> ListClustersAsync(IClusterProvider provider, int pageSize, CancellationToken cancellationToken)
    {
        var all = new List<(string, string)>();
        await foreach (var cluster in provider.ListClustersAsync(new ClusterQuery { PageSize = pageSize }, cancellationToken).ConfigureAwait(false))
        {
            all.Add((cluster.Id, cluster.Name));
        }

        return all;
    }
}

/// <summary>A cluster provider's target: get, update by tags, delete and list are the same for all of them.</summary>
internal abstract class ClusterLoadTarget(IClusterProvider provider, EmulatedProvider emulated, string createOperation)
    : LoadTarget(provider.Name, emulated, createOperation)
{
    public override Task GetAsync(string id, CancellationToken cancellationToken) => provider.GetClusterAsync(id, cancellationToken);

    public override Task UpdateAsync(string id, int round, CancellationToken cancellationToken) =>
        provider.UpdateClusterAsync(id, new ClusterUpdateRequest { Tags = new Dictionary<string, string> { ["round"] = round.ToString(System.Globalization.CultureInfo.InvariantCulture) } }, cancellationToken);

    public override Task DeleteAsync(string id, CancellationToken cancellationToken) => provider.DeleteClusterAsync(id, cancellationToken);

    public override Task<List<(string Id, string Name)>> ListAsync(int pageSize, CancellationToken cancellationToken) => ListClustersAsync(provider, pageSize, cancellationToken);
}

internal sealed class OksTarget(OksClusterProvider provider, string projectId) : ClusterLoadTarget(provider, EmulatedProvider.Oks, "CreateCluster")
{
    public override async Task<string> CreateAsync(string name, ConcurrentBag<string> secrets, CancellationToken cancellationToken) =>
        (await provider.CreateClusterAsync(
            new ClusterCreateRequest { Name = name, Version = "1.31", Options = new OksClusterOptions { ProjectId = projectId, AdminWhitelist = ["0.0.0.0/0"] } },
            cancellationToken).ConfigureAwait(false)).Id;

    public override async Task FetchSecretsAsync(string id, ConcurrentBag<string> secrets, CancellationToken cancellationToken)
    {
        var kubeconfig = await provider.GetKubeconfigAsync(id, new KubeconfigRequest { Ttl = TimeSpan.FromHours(1) }, cancellationToken).ConfigureAwait(false);
        secrets.Add(kubeconfig.Content);
    }
}

internal sealed class ImplyTarget(ImplyClusterProvider provider) : ClusterLoadTarget(provider, EmulatedProvider.Imply, "CreateCluster")
{
    public override async Task<string> CreateAsync(string name, ConcurrentBag<string> secrets, CancellationToken cancellationToken) =>
        (await provider.CreateClusterAsync(
            new ClusterCreateRequest { Name = name, Version = "2024.01", Options = new ImplyClusterOptions { Spec = new ImplyClusterSpec { DesiredState = "STARTED" } } },
            cancellationToken).ConfigureAwait(false)).Id;
}

internal sealed class AmeTarget(AmeClusterProvider provider, Guid cloudAccount) : ClusterLoadTarget(provider, EmulatedProvider.Ame, "CreateCluster")
{
    public override async Task<string> CreateAsync(string name, ConcurrentBag<string> secrets, CancellationToken cancellationToken) =>
        (await provider.CreateClusterAsync(
            new ClusterCreateRequest { Name = name, Version = "1.31", Region = "ams", Options = new AmeClusterOptions { Environment = "production", CloudAccountIdentity = cloudAccount } },
            cancellationToken).ConfigureAwait(false)).Id;

    public override Task UpdateAsync(string id, int round, CancellationToken cancellationToken) =>
        provider.UpdateClusterAsync(id, new ClusterUpdateRequest { Options = new AmeClusterOptions { EnableAutoUpgrade = round % 2 == 0 } }, cancellationToken);

    public override async Task FetchSecretsAsync(string id, ConcurrentBag<string> secrets, CancellationToken cancellationToken)
    {
        var oidc = await provider.GetOidcConfigAsync(id, cancellationToken).ConfigureAwait(false);
        if (oidc.ClientSecret is { Length: > 0 } secret)
        {
            secrets.Add(secret);
        }

        var join = await provider.GetJoinConfigAsync(id, cancellationToken).ConfigureAwait(false);
        if (join.JoinCommand is { Length: > 0 } command)
        {
            secrets.Add(command);
        }

        var kubeconfig = await provider.GetKubeconfigAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        secrets.Add(kubeconfig.Content);
    }

    public override string PathToken(string id) => id.Split('/')[1];
}

internal sealed class EksTarget(EksClusterProvider provider, string accountId) : ClusterLoadTarget(provider, EmulatedProvider.Eks, "RegisterCluster")
{
    public override bool CanUpdate => false;

    public override bool ListTouchesResourcePaths => true;

    public override async Task<string> CreateAsync(string name, ConcurrentBag<string> secrets, CancellationToken cancellationToken)
    {
        var registration = await provider.RegisterClusterAsync(
            new ClusterCreateRequest { Name = name, Options = new EksClusterOptions { ConnectorProvider = "OTHER", RoleArn = $"arn:aws:iam::{accountId}:role/eks-connector-agent" } },
            cancellationToken).ConfigureAwait(false);
        secrets.Add(registration.ActivationCode);
        return registration.Cluster.Id;
    }

    public override Task UpdateAsync(string id, int round, CancellationToken cancellationToken) => throw new NotSupportedException("EKS has no update");
}

internal sealed class LakeSailTarget(IConnectionProvider provider) : LoadTarget("lakesail", EmulatedProvider.LakeSail, "CreateConnection")
{
    private readonly ConcurrentDictionary<string, string> names = new();

    public override async Task<string> CreateAsync(string name, ConcurrentBag<string> secrets, CancellationToken cancellationToken)
    {
        var connection = await provider.CreateConnectionAsync(
            new ConnectionCreateRequest
            {
                Name = name,
                CloudProvider = "aws",
                Account = new CloudAccountConfig { AccountId = "123456789012", Region = "us-east-1", RoleArn = "arn:aws:iam::123456789012:role/LakeSailConnection" },
            },
            cancellationToken).ConfigureAwait(false);
        names[connection.Id] = name;
        return connection.Id;
    }

    public override Task GetAsync(string id, CancellationToken cancellationToken) => provider.GetConnectionAsync(id, cancellationToken);

    // The same name again: a PATCH that changes nothing visible, so the names stay what the test created.
    public override Task UpdateAsync(string id, int round, CancellationToken cancellationToken) =>
        provider.UpdateConnectionAsync(id, new ConnectionUpdateRequest { Name = names[id] }, cancellationToken);

    public override Task DeleteAsync(string id, CancellationToken cancellationToken) => provider.DeleteConnectionAsync(id, cancellationToken);

    public override async Task<List<(string Id, string Name)>> ListAsync(int pageSize, CancellationToken cancellationToken)
    {
        var all = new List<(string, string)>();
        await foreach (var connection in provider.ListConnectionsAsync(new ConnectionQuery { PageSize = pageSize }, cancellationToken).ConfigureAwait(false))
        {
            all.Add((connection.Id, connection.Name));
        }

        return all;
    }
}
