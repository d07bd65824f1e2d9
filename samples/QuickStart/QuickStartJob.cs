using System.Globalization;
using k8s;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Kubernetes;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Samples.QuickStart;

/// <summary>The QuickStart job, through the public API only.</summary>
public static class QuickStartJob
{
    /// <summary>
    /// A second OKS account, registered on the emulator when OKS runs there (<c>AddEmulatorAccount</c>); against real
    /// endpoints, name more accounts under <c>MultiCloudClusters:Accounts</c> instead.
    /// </summary>
    public static readonly IReadOnlyList<(string Provider, string Name)> EmulatorAccounts = [(OksClusterProvider.ProviderName, "oks-second")];

    private static readonly WaitOptions Patient = new() { InitialInterval = TimeSpan.FromMilliseconds(300), MaxInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(20) };

    /// <summary>Runs every step, prints progress and a summary; true when all succeeded.</summary>
    public static async Task<bool> RunAsync(SampleHost host, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("MultiCloudClusters QuickStart");
        foreach (var name in host.Catalog.ClusterProviderNames.Concat(host.Catalog.ConnectionProviderNames))
        {
            output.WriteLine($"  {name,-9} -> {host.Target(name)}");
        }

        output.WriteLine();
        var steps = new StepRunner(output);
        var suffix = DateTimeOffset.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);

        await steps.RunAsync("all", "list clusters of every account at once", () => InventoryAsync(host, output, cancellationToken));
        await steps.RunAsync("oks", "list through each OKS account on its own", () => OksAccountsAsync(host, cancellationToken));
        await steps.RunAsync("oks", "create a cluster, wait until it runs, fetch its kubeconfig through NaCl, list its nodes", () => OksAsync(host, suffix, cancellationToken));
        await steps.RunAsync("eks", "register an external cluster", () => EksAsync(host, suffix, cancellationToken));
        await steps.RunAsync("imply", "stop and restart a cluster", () => ImplyAsync(host, cancellationToken));
        await steps.RunAsync("ame", "add a node pool", () => AmeAsync(host, suffix, cancellationToken));
        await steps.RunAsync("lakesail", "onboard a cloud account and sync its template", () => LakeSailAsync(host, suffix, cancellationToken));

        steps.WriteSummary();
        output.WriteLine(steps.AllSucceeded ? "QuickStart finished: every step succeeded." : "QuickStart finished with failures (see above).");
        return steps.AllSucceeded;
    }

    private static async Task<string> InventoryAsync(SampleHost host, TextWriter output, CancellationToken cancellationToken)
    {
        var clusters = new List<ClusterInfo>();
        var failures = new List<InventoryEntry>();
        await foreach (var entry in host.Catalog.ListAllClustersAsync(cancellationToken: cancellationToken))
        {
            if (entry.IsError)
            {
                failures.Add(entry);
            }
            else
            {
                clusters.Add(entry.Cluster!);
            }
        }

        ConsoleTable.Write(
            output,
            ["account", "provider", "id", "name", "status", "raw status", "version"],
            clusters.OrderBy(c => Array.IndexOf(SampleHost.ProviderNames, c.Provider)).ThenBy(c => c.Registration, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => (IReadOnlyList<string>)[c.Registration, c.Provider, c.Id, c.Name, c.Status.ToString(), c.RawStatus ?? "-", c.Version ?? "-"]));
        foreach (var failure in failures)
        {
            output.WriteLine($"  {failure.Registration}: could not list: {failure.Error!.Message}");
        }

        return failures.Count == 0
            ? $"{clusters.Count} clusters from {clusters.Select(c => c.Registration).Distinct().Count()} accounts of {clusters.Select(c => c.Provider).Distinct().Count()} providers"
            : throw new InvalidOperationException($"{clusters.Count} clusters listed, but {string.Join(", ", failures.Select(f => f.Registration))} failed");
    }

    /// <summary>Every OKS registration, found by name in the catalog, lists through its own options and HTTP pipeline.</summary>
    private static async Task<string> OksAccountsAsync(SampleHost host, CancellationToken cancellationToken)
    {
        var counts = new List<string>();
        foreach (var name in host.Catalog.ClusterProviderNames)
        {
            var provider = host.Catalog.GetClusterProvider(name);
            if (provider.Name != OksClusterProvider.ProviderName)
            {
                continue;
            }

            var count = 0;
            await foreach (var cluster in provider.ListClustersAsync(cancellationToken: cancellationToken))
            {
                count += cluster.Registration == name ? 1 : throw new InvalidOperationException($"A cluster listed through {name} names the account {cluster.Registration}.");
            }

            counts.Add($"{name}: {count} clusters");
        }

        return counts.Count > 1
            ? $"{string.Join(", ", counts)} ({counts.Count} accounts, each with its own options and HTTP pipeline)"
            : $"{string.Join(", ", counts)} (one OKS account; name more under MultiCloudClusters:Accounts)";
    }

    private static async Task<string> OksAsync(SampleHost host, string suffix, CancellationToken cancellationToken)
    {
        var oks = host.Cluster<OksClusterProvider>(OksClusterProvider.ProviderName);
        var project = await oks.ListProjectsAsync(cancellationToken: cancellationToken).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The OKS account has no project to create the cluster in.");
        var versions = await oks.GetKubernetesVersionsAsync(cancellationToken);
        var version = versions.OrderBy(v => Version.TryParse(v, out var parsed) ? parsed : new Version(0, 0)).LastOrDefault()
            ?? throw new InvalidOperationException("OKS offers no Kubernetes version.");

        var created = await oks.CreateClusterAsync(
            new ClusterCreateRequest
            {
                Name = $"quickstart-{suffix}",
                Version = version,
                Options = new OksClusterOptions { ProjectId = project.Id, AdminWhitelist = ["0.0.0.0/0"] },
            },
            cancellationToken);
        var running = await oks.WaitForStatusAsync(created.Id, ClusterStatus.Running, Patient, cancellationToken);
        var kubeconfig = await oks.GetKubeconfigAsync(created.Id, new KubeconfigRequest { Ttl = TimeSpan.FromHours(1) }, cancellationToken);

        // The kubeconfig reaches the cluster: its nodes through KubernetesClient (a new OKS cluster has none until a
        // Nodepool is applied; the emulator starts each cluster with one).
        using var kubernetes = kubeconfig.CreateKubernetesClient();
        var nodes = (await kubernetes.CoreV1.ListNodeAsync(cancellationToken: cancellationToken)).Items;
        var ready = nodes.Count(n => n.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true);
        var listed = nodes.Count == 0 ? "no nodes yet" : $"{nodes.Count} nodes ({ready} Ready): {string.Join(", ", nodes.Select(n => n.Metadata.Name))}";
        return $"{running.Name} ({running.Id}) is {running.Status} on {version}; kubeconfig of {kubeconfig.Content.Length} chars opened locally, sealed in transit: {kubeconfig.WasEncryptedInTransit}; through KubernetesClient: {listed}";
    }

    private static async Task<string> EksAsync(SampleHost host, string suffix, CancellationToken cancellationToken)
    {
        var eks = host.Cluster<EksClusterProvider>(EksClusterProvider.ProviderName);
        var account = host.Emulator?.Eks.AccountId ?? "123456789012";
        var registration = await eks.RegisterClusterAsync(
            new ClusterCreateRequest
            {
                Name = $"quickstart-{suffix}",
                Tags = new Dictionary<string, string> { ["owner"] = "quickstart" },
                Options = new EksClusterOptions
                {
                    ConnectorProvider = "OTHER",
                    RoleArn = host.Setting("EksConnectorRoleArn", $"arn:aws:iam::{account}:role/eks-connector-agent"),
                },
            },
            cancellationToken);
        var expiry = registration.ActivationExpiry?.ToString("u", CultureInfo.InvariantCulture) ?? "unknown";
        return $"{registration.Cluster.Name} is {registration.Cluster.Status}; activation {registration.ActivationId} expires {expiry}";
    }

    private static async Task<string> ImplyAsync(SampleHost host, CancellationToken cancellationToken)
    {
        var imply = host.Cluster<ImplyClusterProvider>(ImplyClusterProvider.ProviderName);
        ClusterInfo? target = null;
        await foreach (var cluster in imply.ListClustersAsync(cancellationToken: cancellationToken))
        {
            if (cluster.Status == ClusterStatus.Running)
            {
                target = cluster;
                break;
            }
        }

        if (target is null)
        {
            throw new InvalidOperationException("No running Imply cluster to stop and restart.");
        }

        await imply.StopClusterAsync(target.Id, cancellationToken);
        await imply.WaitForStatusAsync(target.Id, ClusterStatus.Stopped, Patient, cancellationToken);
        await imply.StartClusterAsync(target.Id, cancellationToken);
        var back = await imply.WaitForStatusAsync(target.Id, ClusterStatus.Running, Patient, cancellationToken);
        return $"{back.Name} went Running -> Stopped -> {back.Status}";
    }

    private static async Task<string> AmeAsync(SampleHost host, string suffix, CancellationToken cancellationToken)
    {
        var ame = host.Cluster<AmeClusterProvider>(AmeClusterProvider.ProviderName);
        ClusterInfo? target = null;
        await foreach (var cluster in ame.ListClustersAsync(cancellationToken: cancellationToken))
        {
            if (cluster.Status == ClusterStatus.Running)
            {
                target = cluster;
                break;
            }
        }

        if (target is null)
        {
            throw new InvalidOperationException("No running AME cluster to add a node pool to.");
        }

        var pool = await ame.CreateNodePoolAsync(
            target.Id,
            new AmeNodePoolRequest { Name = $"qs-{suffix}", NodeSize = "t3.large", MinSize = 1, MaxSize = 3, AutoScaling = true },
            cancellationToken);
        var pools = await ame.ListNodePoolsAsync(target.Id, cancellationToken);
        return $"pool {pool.Name} (id {pool.Id}) added to {target.Id}, which now has {pools.Count} pools";
    }

    private static async Task<string> LakeSailAsync(SampleHost host, string suffix, CancellationToken cancellationToken)
    {
        var connections = host.Connections;
        var account = host.Setting("LakeSailAccountId", "123456789012");
        var connection = await connections.CreateConnectionAsync(
            new ConnectionCreateRequest
            {
                Name = $"quickstart-{suffix}",
                CloudProvider = "aws",
                Account = new CloudAccountConfig
                {
                    AccountId = account,
                    Region = "us-east-1",
                    RoleArn = host.Setting("LakeSailRoleArn", $"arn:aws:iam::{account}:role/LakeSailConnection"),
                },
            },
            cancellationToken);
        var verified = await connections.VerifyConnectionAsync(connection.Id, cancellationToken: cancellationToken);
        var operation = await connections.SyncTemplateAsync(connection.Id, cancellationToken);
        var done = await operation.WaitForCompletionAsync(Patient, cancellationToken);
        return $"{verified.Name} is {verified.Status}; template sync {done.Id} {done.Status}";
    }
}
