using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.Oks;
using static MultiCloudClusters.AotSmoke.CheckRunner;

namespace MultiCloudClusters.AotSmoke;

/// <summary>
/// What every cluster provider is asked, as far as its <see cref="IClusterProvider.Capabilities"/> go: list, get,
/// create, wait until it settles, find it listed, fetch a kubeconfig (OKS: sealed with NaCl), delete and wait until gone.
/// </summary>
internal static class ClusterChecks
{
    /// <summary>Short polls: the emulator's lifecycle steps last a fraction of a second; the timeout only catches a hang.</summary>
    public static readonly WaitOptions Wait = new() { InitialInterval = TimeSpan.FromMilliseconds(50), MaxInterval = TimeSpan.FromMilliseconds(500), Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>Runs every check <paramref name="provider"/> supports; <paramref name="label"/> starts each line, <paramref name="name"/> names what it creates.</summary>
    public static async Task RunAsync(CheckRunner checks, string label, IClusterProvider provider, string name)
    {
        label = $"{label} {provider.Registration}";
        var operations = provider.Capabilities.Operations;
        await checks.RunAsync($"{label}: capabilities declared", () =>
        {
            Expect(provider.Capabilities.Supports(ClusterOperations.List | ClusterOperations.Get | ClusterOperations.Create), $"expected at least List, Get and Create, got {operations}");
            return Task.FromResult(operations.ToString());
        });

        var listed = await checks.RunAsync($"{label}: list", async () =>
        {
            var all = await provider.ListClustersAsync().ToListAsync();
            Expect(all.Count > 0, "the list is empty");
            Expect(all.All(c => c.Provider == provider.Name && c.Registration == provider.Registration), "a listed cluster names another provider or registration");
            return (all, $"{all.Count} clusters: {string.Join(", ", all.Select(c => $"{c.Name} ({c.Status})"))}");
        });
        if (listed is null)
        {
            checks.NotRun($"{label}: get, create, wait", $"{label}: list");
            return;
        }

        var sample = listed[0];
        await checks.RunAsync($"{label}: get", async () =>
        {
            var got = await provider.GetClusterAsync(sample.Id);
            Expect(got.Id == sample.Id && got.Name == sample.Name, $"asked for {sample.Id} ({sample.Name}), got {got.Id} ({got.Name})");
            Expect(got.Native is not null, "no native model");
            return $"{got.Name} is {got.Status} ({got.RawStatus}), version {got.Version}, native {got.Native!.GetType().Name}";
        });

        var created = await checks.RunAsync($"{label}: create", async () =>
        {
            var request = await RequestAsync(provider, sample, name);
            var cluster = await provider.CreateClusterAsync(request);
            Expect(cluster.Name == name && cluster.Id.Length > 0, $"created {cluster.Name} ({cluster.Id}), expected {name}");
            return (cluster, $"{cluster.Name} ({cluster.Id}) is {cluster.Status}");
        });
        if (created is null)
        {
            checks.NotRun($"{label}: wait, listed, delete", $"{label}: create");
            return;
        }

        // An EKS registration stays Pending until a cluster's agent connects; every other cluster comes up.
        var settled = provider.Name == EksClusterProvider.ProviderName ? ClusterStatus.Pending : ClusterStatus.Running;
        await checks.RunAsync($"{label}: wait until {settled}", async () =>
        {
            var cluster = await provider.WaitForStatusAsync(created.Id, settled, Wait);
            Expect(cluster.Status == settled, $"the wait returned {cluster.Status}");
            return $"{cluster.Name} is {cluster.Status} ({cluster.RawStatus})";
        });

        await checks.RunAsync($"{label}: the created cluster is listed", async () =>
        {
            var all = await provider.ListClustersAsync().ToListAsync();
            Expect(all.Any(c => c.Id == created.Id && c.Name == name), $"{created.Id} is not among the {all.Count} listed");
            return $"{name} among {all.Count} clusters";
        });

        if (provider.Capabilities.Supports(ClusterOperations.Kubeconfig))
        {
            await checks.RunAsync($"{label}: kubeconfig", async () =>
            {
                var kubeconfig = await provider.GetKubeconfigAsync(created.Id);
                Expect(kubeconfig.ClusterId == created.Id, $"the kubeconfig is for {kubeconfig.ClusterId}");
                Expect(kubeconfig.Content.Contains("clusters:", StringComparison.Ordinal), "the content is no kubeconfig");
                Expect(provider.Name != OksClusterProvider.ProviderName || kubeconfig.WasEncryptedInTransit, "OKS sent it unsealed");
                return $"{kubeconfig.Content.Length} chars{(kubeconfig.WasEncryptedInTransit ? ", sealed in transit and opened with NaCl" : string.Empty)}";
            });
        }

        if (provider.Capabilities.Supports(ClusterOperations.Delete))
        {
            await checks.RunAsync($"{label}: delete and wait until gone", async () =>
            {
                await provider.DeleteClusterAsync(created.Id);
                var gone = await provider.WaitForStatusAsync(created.Id, ClusterStatus.Deleted, Wait);
                Expect(gone.Status == ClusterStatus.Deleted, $"the wait returned {gone.Status}");
                return $"{name} deleted";
            });
        }
    }

    /// <summary>A create request in the provider's terms, with what it needs taken from a cluster it already has.</summary>
    private static async Task<ClusterCreateRequest> RequestAsync(IClusterProvider provider, ClusterInfo sample, string name) => provider switch
    {
        OksClusterProvider oks => new ClusterCreateRequest
        {
            Name = name,
            Version = sample.Version,
            Options = new OksClusterOptions { ProjectId = (await oks.ListProjectsAsync().FirstAsync()).Id, AdminWhitelist = ["0.0.0.0/0"] },
        },
        ImplyClusterProvider => new ClusterCreateRequest
        {
            Name = name,
            Version = sample.Version,
            Options = new ImplyClusterOptions { Spec = new ImplyClusterSpec { DesiredState = "STARTED" } },
        },
        AmeClusterProvider => sample.Native is AmeCluster ame
            ? new ClusterCreateRequest
            {
                Name = name,
                Version = sample.Version,
                Region = sample.Region,
                Options = new AmeClusterOptions { Environment = ame.EnvironmentSlug, CloudAccountIdentity = ame.CloudAccount?.Identity },
            }
            : throw new CheckFailedException($"the listed AME cluster's native model is {sample.Native?.GetType().Name ?? "missing"}"),
        EksClusterProvider => new ClusterCreateRequest
        {
            Name = name,
            Tags = new Dictionary<string, string> { ["owner"] = "aot-smoke" },
            Options = new EksClusterOptions { ConnectorProvider = "OTHER", RoleArn = "arn:aws:iam::123456789012:role/eks-connector-agent" },
        },
        _ => throw new CheckFailedException($"no create request for provider {provider.Name}"),
    };
}
