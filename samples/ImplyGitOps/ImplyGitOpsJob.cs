using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Imply;

namespace MultiCloudClusters.Samples.ImplyGitOps;

/// <summary>Applies a cluster file to an Imply cluster as a merge patch: a dry run shows the plan, then it is applied and settles.</summary>
public static class ImplyGitOpsJob
{
    /// <summary>The command line.</summary>
    public const string Usage = """
        usage: ImplyGitOps [FILE] [--cluster ID|NAME] [--dry-run-only] [--force]
          FILE            the cluster file (default: cluster.json beside the program); its spec is a JSON merge patch
          --cluster       the Imply cluster to change (default: the file's metadata.name; if both are given they must agree)
          --dry-run-only  show what would change and stop
          --force         allow a hard (non-rolling) update
        """;

    private static readonly WaitOptions Wait = new() { InitialInterval = TimeSpan.FromMilliseconds(300), MaxInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(60) };

    /// <summary>Runs the task; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleHost host, TextWriter output, string[] args, CancellationToken cancellationToken) =>
        SampleProgram.GuardAsync(output, Usage, async () =>
        {
            ArgumentNullException.ThrowIfNull(host);
            var options = SampleArgs.Parse(args, ["file", "cluster"], ["dry-run-only", "force"]);
            if (options.Positionals.Count > 1 || (options.Positionals.Count == 1 && options.Value("file") is not null))
            {
                throw new SampleUsageException("Give one cluster file at most.");
            }

            var path = Path.GetFullPath(options.Value("file") ?? options.Positionals.FirstOrDefault() ?? Path.Combine(AppContext.BaseDirectory, "cluster.json"));
            var file = await ClusterFile.ReadAsync(path, cancellationToken);
            var wanted = options.Value("cluster") ?? file.Name
                ?? throw new SampleUsageException($"{path} has no metadata.name; name the cluster with --cluster.");

            var imply = host.Cluster<ImplyClusterProvider>(ImplyClusterProvider.ProviderName);
            output.WriteLine($"Imply GitOps ({host.Target(ImplyClusterProvider.ProviderName)}): {path}");
            var found = await ClusterLookup.FindAsync(imply, wanted, cancellationToken);
            if (file.Name is { } named && named != found.Name)
            {
                // A file applied to the wrong cluster is the classic GitOps accident: refuse it.
                output.WriteLine($"error: {path} describes cluster '{named}', but {found.Id} is '{found.Name}'.");
                return SampleProgram.Failed;
            }

            var current = await imply.GetClusterAsync(found.Id, cancellationToken);
            output.WriteLine($"  cluster {current.Name} ({current.Id}) is {current.Status}, resource version {VersionOf(current)}");

            // The server validates the patch and answers with the cluster as it would be; nothing changes yet.
            var preview = await imply.UpdateClusterAsync(current.Id, Request(file, dryRun: true, options.Flag("force")), cancellationToken);
            var plan = SpecDiff.Lines(ClusterFile.ToNode(current.GetNative<ImplyCluster>().Spec), ClusterFile.ToNode(preview.GetNative<ImplyCluster>().Spec));
            output.WriteLine();
            if (plan.Count == 0)
            {
                output.WriteLine($"Dry run: no changes; {current.Name} already matches the file.");
                return SampleProgram.Succeeded;
            }

            output.WriteLine($"Dry run: {plan.Count} change(s) to {current.Name}; it would end {preview.Status}");
            foreach (var line in plan)
            {
                output.WriteLine($"  {line}");
            }

            if (options.Flag("dry-run-only"))
            {
                output.WriteLine();
                output.WriteLine("Dry run only: nothing was changed.");
                return SampleProgram.Succeeded;
            }

            output.WriteLine();
            var applied = await imply.UpdateClusterAsync(current.Id, Request(file, dryRun: false, options.Flag("force")), cancellationToken);
            output.WriteLine($"Applied: {applied.Name} is {applied.Status} at resource version {VersionOf(applied)}; waiting until it is {preview.Status} ...");
            var settled = await imply.WaitForStatusAsync(applied.Id, preview.Status, Wait, cancellationToken);
            output.WriteLine($"Settled: {settled.Name} is {settled.Status} at resource version {VersionOf(settled)}.");
            return SampleProgram.Succeeded;
        });

    private static ClusterUpdateRequest Request(ClusterFile file, bool dryRun, bool force) => new()
    {
        Options = new ImplyClusterOptions { Spec = file.Spec, ClearMembers = file.ClearedMembers, DryRun = dryRun, Force = force },
    };

    private static string VersionOf(ClusterInfo cluster) =>
        (cluster.Native as ImplyCluster)?.Status?.ResourceVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
}
