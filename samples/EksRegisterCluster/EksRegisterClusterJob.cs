using System.Globalization;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Eks;

namespace MultiCloudClusters.Samples.EksRegisterCluster;

/// <summary>Registers an external cluster with EKS and prints what the EKS Connector needs, through the public API only.</summary>
public static class EksRegisterClusterJob
{
    /// <summary>The command line.</summary>
    public const string Usage = """
        usage: EksRegisterCluster [NAME] [--connector-provider OTHER] [--role-arn ARN] [--tag KEY=VALUE]...
                                  [--show-activation-code] [--deregister]
          NAME                    the cluster's name in EKS (default: sample-<timestamp>)
          --connector-provider    where the cluster runs: EKS_ANYWHERE, ANTHOS, GKE, AKS, OPENSHIFT, TANZU, RANCHER, EC2 or OTHER
          --role-arn              the IAM role the EKS Connector agent assumes (default: Samples:EksConnectorRoleArn,
                                  or arn:aws:iam::<account>:role/eks-connector-agent on the emulator)
          --show-activation-code  print the activation code, a secret (hidden by default)
          --deregister            deregister the cluster again at the end and wait until it is gone
        """;

    private static readonly WaitOptions Wait = new() { InitialInterval = TimeSpan.FromMilliseconds(300), MaxInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(10) };

    /// <summary>Runs the task; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleHost host, TextWriter output, string[] args, CancellationToken cancellationToken) =>
        SampleProgram.GuardAsync(output, Usage, async () =>
        {
            ArgumentNullException.ThrowIfNull(host);
            var options = SampleArgs.Parse(args, ["name", "connector-provider", "role-arn", "tag"], ["show-activation-code", "deregister"]);
            if (options.Positionals.Count > 1 || (options.Positionals.Count == 1 && options.Value("name") is not null))
            {
                throw new SampleUsageException("Name one cluster at most.");
            }

            var name = options.Value("name") ?? options.Positionals.FirstOrDefault() ?? $"sample-{DateTimeOffset.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}";
            var account = host.Emulator?.Eks.AccountId ?? "123456789012";
            var roleArn = options.Value("role-arn") ?? host.Setting("EksConnectorRoleArn", $"arn:aws:iam::{account}:role/eks-connector-agent");
            var eks = host.Cluster<EksClusterProvider>(EksClusterProvider.ProviderName);
            output.WriteLine($"EKS cluster registration ({host.Target(EksClusterProvider.ProviderName)}, region {eks.Region})");

            // The provider validates the name, connector provider and role ARN before anything is sent,
            // and sends one idempotency token on every retry, so a retried registration never registers twice.
            var registration = await eks.RegisterClusterAsync(
                new ClusterCreateRequest
                {
                    Name = name,
                    Tags = ParseTags(options.Values("tag")),
                    Options = new EksClusterOptions { ConnectorProvider = options.Value("connector-provider") ?? "OTHER", RoleArn = roleArn },
                },
                cancellationToken);

            output.WriteLine($"  cluster          {registration.Cluster.Name}, {registration.Cluster.Status} ({registration.Cluster.RawStatus})");
            output.WriteLine($"  activation id    {registration.ActivationId}");
            output.WriteLine($"  activation code  {(options.Flag("show-activation-code") ? registration.ActivationCode : "hidden (pass --show-activation-code to print this secret)")}");
            output.WriteLine($"  expires          {registration.ActivationExpiry?.ToString("u", CultureInfo.InvariantCulture) ?? "unknown"}");
            output.WriteLine();
            output.WriteLine(registration.Instructions);

            if (options.Flag("deregister"))
            {
                output.WriteLine();
                output.WriteLine($"Deregistering {name} ...");
                var deregistering = await eks.DeregisterClusterAsync(name, cancellationToken);
                output.WriteLine($"  {name} is {deregistering.Status} ({deregistering.RawStatus}).");
                var gone = await eks.WaitForStatusAsync(name, ClusterStatus.Deleted, Wait, cancellationToken);
                output.WriteLine($"  {name} is {gone.Status}.");
            }

            return SampleProgram.Succeeded;
        });

    private static Dictionary<string, string>? ParseTags(IReadOnlyList<string> tags)
    {
        if (tags.Count == 0)
        {
            return null;
        }

        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var eq = tag.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new SampleUsageException($"--tag must be KEY=VALUE (got '{tag}').");
            }

            parsed[tag[..eq]] = tag[(eq + 1)..];
        }

        return parsed;
    }
}
