using System.Globalization;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Providers.LakeSail;

namespace MultiCloudClusters.Samples.LakeSailOnboarding;

/// <summary>Onboards a cloud account to LakeSail step by step, through the public API only.</summary>
public static class LakeSailOnboardingJob
{
    /// <summary>The command line.</summary>
    public const string Usage = """
        usage: LakeSailOnboarding [NAME] [--account-id ID] [--region REGION] [--role-arn ARN]
                                  [--template-out PATH] [--instance-types N] [--architecture x86_64|arm64]
          NAME              the connection's name (default: onboarding-<timestamp>)
          --account-id      the AWS account (default: Samples:LakeSailAccountId, or 123456789012)
          --region          the account's home region (default: us-east-1)
          --role-arn        the role LakeSail assumes (default: Samples:LakeSailRoleArn, or arn:aws:iam::<account>:role/LakeSailConnection)
          --template-out    where to save the CloudFormation template (default: a new temporary file)
          --instance-types  how many instance types to list (default: 5)
          --architecture    list only instance types of this architecture
        """;

    private static readonly WaitOptions Wait = new() { InitialInterval = TimeSpan.FromMilliseconds(300), MaxInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(20) };

    // Template parameters that guard the account (confused-deputy protection): shown only in the saved template.
    private static readonly string[] Guarded = ["ExternalId", "Secret", "Token", "Password"];

    /// <summary>Runs the task; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleHost host, TextWriter output, string[] args, CancellationToken cancellationToken) =>
        SampleProgram.GuardAsync(output, Usage, async () =>
        {
            ArgumentNullException.ThrowIfNull(host);
            var options = SampleArgs.Parse(args, ["name", "account-id", "region", "role-arn", "template-out", "instance-types", "architecture"], []);
            if (options.Positionals.Count > 1 || (options.Positionals.Count == 1 && options.Value("name") is not null))
            {
                throw new SampleUsageException("Name one connection at most.");
            }

            var limit = int.TryParse(options.Value("instance-types") ?? "5", CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 100
                ? n
                : throw new SampleUsageException("--instance-types must be a number from 1 to 100.");
            var account = options.Value("account-id") ?? host.Setting("LakeSailAccountId", "123456789012");
            var request = new ConnectionCreateRequest
            {
                Name = options.Value("name") ?? options.Positionals.FirstOrDefault() ?? $"onboarding-{DateTimeOffset.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}",
                CloudProvider = "aws",
                Account = new CloudAccountConfig
                {
                    AccountId = account,
                    Region = options.Value("region") ?? "us-east-1",
                    RoleArn = options.Value("role-arn") ?? host.Setting("LakeSailRoleArn", $"arn:aws:iam::{account}:role/LakeSailConnection"),
                },
            };
            var templatePath = Path.GetFullPath(options.Value("template-out") ?? Path.Combine(Path.GetTempPath(), $"lakesail-{Guid.NewGuid().ToString("N")[..8]}.yaml"));
            var connections = host.Connections;
            output.WriteLine($"LakeSail onboarding ({host.Target(connections.Name)})");

            OnboardingState? last = null;
            await foreach (var state in new ConnectionOnboarding(connections).RunAsync(request, (s, ct) => SaveTemplateAsync(connections, s, templatePath, output, ct), cancellationToken: cancellationToken))
            {
                last = state;
                output.WriteLine($"> {state.Step}: {state.Connection.Name} ({state.Connection.Id}) is {state.Connection.Status ?? "-"}");
                if (state.Template is { } template && state.Step == OnboardingStep.AwaitingStackDeployment)
                {
                    output.WriteLine($"  template     {template.TemplateUrl}");
                    output.WriteLine($"  quick launch {template.QuickLaunchUrl}");
                    foreach (var (key, value) in template.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        output.WriteLine($"  parameter    {key} = {(Guarded.Any(g => key.Contains(g, StringComparison.OrdinalIgnoreCase)) ? "(in the saved template)" : value)}");
                    }
                }
            }

            if (last is not { Step: OnboardingStep.Verified } verified)
            {
                output.WriteLine($"error: the connection is not verified: {last?.Problem ?? "no answer"}. Deploy the template, then verify again.");
                return SampleProgram.Failed;
            }

            var id = verified.Connection.Id;
            output.WriteLine("> Syncing the template ...");
            var operation = await connections.SyncTemplateAsync(id, cancellationToken);
            var done = await operation.WaitForCompletionAsync(Wait, cancellationToken);
            output.WriteLine($"  operation {done.Id} {done.Status}{(done.Progress?.Message is { } message ? $": {message}" : "")}");

            var regions = await connections.ListRegionsAsync(id, cancellationToken);
            output.WriteLine();
            output.WriteLine($"Regions ({regions.Count})");
            ConsoleTable.Write(output, ["code", "name", "group"], regions.Select(r => (IReadOnlyList<string>)[r.Code, r.Name ?? "-", r.Group ?? "-"]));

            // LakeSail's own call also says what the platform reserves on the nodes for system pods, to size node pools.
            var lakeSail = (LakeSailConnectionProvider)connections;
            var types = await lakeSail.GetInstanceTypeListAsync(id, new InstanceTypeQuery { Limit = limit, Architecture = options.Value("architecture") }, cancellationToken);
            output.WriteLine();
            output.WriteLine($"Instance types ({types.Items.Count} shown, at most {limit})");
            ConsoleTable.Write(
                output,
                ["type", "vCPUs", "memory MiB", "arch", "GPUs"],
                types.Items.Select(t => (IReadOnlyList<string>)[t.InstanceType, Text(t.VCpus), Text(t.MemoryMiB), t.Architecture ?? "-", Text(t.GpuCount)]));
            if (types.Metadata is { } reserved)
            {
                output.WriteLine($"  reserved for the system: {Text(reserved.SystemMilliCpuPerNode)} mCPU and {Text(reserved.SystemPodsPerNode)} pods per node, {Text(reserved.SystemMilliCpuFixed)} mCPU and {Text(reserved.SystemPodsFixed)} pods per cluster");
            }

            output.WriteLine();
            output.WriteLine($"Connection {verified.Connection.Name} ({id}) is onboarded.");
            return SampleProgram.Succeeded;
        });

    // Stands in for the person deploying the stack: on the emulator verification passes once the template is saved.
    private static async Task SaveTemplateAsync(IConnectionProvider connections, OnboardingState state, string path, TextWriter output, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = File.Create(path);
        await using (file.ConfigureAwait(false))
        {
            await connections.DownloadTemplateAsync(state.Connection.Id, file, cancellationToken).ConfigureAwait(false);
        }

        output.WriteLine($"  saved        {path} ({new FileInfo(path).Length.ToString(CultureInfo.InvariantCulture)} bytes): deploy it in the account as a CloudFormation stack, then verify");
    }

    private static string Text(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Text(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";
}
