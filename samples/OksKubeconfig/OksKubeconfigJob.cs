using System.Globalization;
using System.Text.RegularExpressions;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Samples.OksKubeconfig;

/// <summary>Fetches one OKS cluster's kubeconfig through NaCl and writes it to a private file, through the public API only.</summary>
public static partial class OksKubeconfigJob
{
    /// <summary>The command line.</summary>
    public const string Usage = """
        usage: OksKubeconfig [CLUSTER] [--user NAME] [--group NAME] [--ttl 1h|2d|1w] [--out PATH]
          CLUSTER   an OKS cluster id or name (default: the first running cluster)
          --user    the Kubernetes user of the credential (not system:* or oks:*)
          --group   the Kubernetes group of the credential (same rule)
          --ttl     how long the credential lives: hours (h), days (d) or weeks (w); default 1h
          --out     where to write it (default: a new temporary file); on Unix the file gets mode 600
        The kubeconfig comes sealed for a one-time key pair and is opened locally; its contents are never printed.
        """;

    private static readonly WaitOptions Wait = new() { InitialInterval = TimeSpan.FromMilliseconds(300), MaxInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(20) };

    /// <summary>Runs the task; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleHost host, TextWriter output, string[] args, CancellationToken cancellationToken) =>
        SampleProgram.GuardAsync(output, Usage, async () =>
        {
            ArgumentNullException.ThrowIfNull(host);
            var options = SampleArgs.Parse(args, ["cluster", "user", "group", "ttl", "out"], []);
            if (options.Positionals.Count > 1 || (options.Positionals.Count == 1 && options.Value("cluster") is not null))
            {
                throw new SampleUsageException("Name one cluster at most.");
            }

            var wanted = options.Value("cluster") ?? options.Positionals.FirstOrDefault();
            var ttl = ParseTtl(options.Value("ttl") ?? "1h");
            var oks = host.Cluster<OksClusterProvider>(OksClusterProvider.ProviderName);
            output.WriteLine($"OKS kubeconfig ({host.Target(OksClusterProvider.ProviderName)})");

            var cluster = wanted is null
                ? await ClusterLookup.FirstRunningAsync(oks, cancellationToken)
                : await ClusterLookup.FindAsync(oks, wanted, cancellationToken);
            if (cluster.Status != ClusterStatus.Running)
            {
                // OKS serves a kubeconfig only once the control plane is up.
                output.WriteLine($"  {cluster.Name} is {cluster.Status}; waiting until it runs ...");
                cluster = await oks.WaitForStatusAsync(cluster.Id, ClusterStatus.Running, Wait, cancellationToken);
            }

            var request = new KubeconfigRequest { User = options.Value("user"), Group = options.Value("group"), Ttl = ttl, Encrypted = true };
            var kubeconfig = await oks.GetKubeconfigAsync(cluster.Id, request, cancellationToken);
            var path = options.Value("out") ?? Path.Combine(Path.GetTempPath(), $"kubeconfig-{cluster.Name}-{Guid.NewGuid().ToString("N")[..8]}.yaml");
            var written = await kubeconfig.WriteToFileAsync(path, cancellationToken);
            var size = new FileInfo(written).Length;

            output.WriteLine($"  cluster     {cluster.Name} ({cluster.Id}), {cluster.Status}");
            output.WriteLine($"  credential  user {request.User ?? "(default)"}, group {request.Group ?? "(none)"}, valid for {FormatTtl(ttl)}");
            output.WriteLine($"  transport   {(kubeconfig.WasEncryptedInTransit ? "sealed for a one-time X25519 key (NaCl), opened locally" : "plain text")}");
            output.WriteLine($"  written     {written} ({size.ToString(CultureInfo.InvariantCulture)} bytes{(OperatingSystem.IsWindows() ? "" : ", mode 600")})");
            output.WriteLine($"  next        KUBECONFIG={written} kubectl get nodes");
            if (host.Emulator is not null)
            {
                // The cluster's API server lives in the built-in emulator, which stops with this program.
                output.WriteLine("              (the built-in emulator stops when this sample ends: point the sample at a standalone emulator to try it)");
            }

            return SampleProgram.Succeeded;
        });

    /// <summary>Parses <c>12h</c>, <c>2d</c> or <c>1w</c>: OKS takes whole hours, days or weeks.</summary>
    private static TimeSpan ParseTtl(string text)
    {
        var match = TtlPattern().Match(text);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            throw new SampleUsageException($"--ttl must be a positive number of hours, days or weeks such as 1h, 2d or 1w (got '{text}').");
        }

        return match.Groups[2].Value switch
        {
            "h" => TimeSpan.FromHours(count),
            "d" => TimeSpan.FromDays(count),
            _ => TimeSpan.FromDays(7 * count),
        };
    }

    private static string FormatTtl(TimeSpan ttl) => ttl.TotalHours < 24
        ? $"{ttl.TotalHours.ToString(CultureInfo.InvariantCulture)} h"
        : $"{ttl.TotalDays.ToString(CultureInfo.InvariantCulture)} d";

    [GeneratedRegex("^([0-9]{1,5})([hdw])$")]
    private static partial Regex TtlPattern();
}
