using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.Samples.ClusterInventory;

/// <summary>A cross-provider cluster inventory as a table or JSON, through the public API only.</summary>
public static class ClusterInventoryJob
{
    /// <summary>The command line.</summary>
    public const string Usage = """
        usage: ClusterInventory [--provider KEY]... [--json]
          --provider  list only this provider (oks, imply, ame, eks); repeatable; default: every registered one
          --json      print one JSON document instead of tables
        Exit code 1 when a provider could not be listed (the others are still shown).
        """;

    // Printed to a console or a file, never into HTML: keep '+' in offsets and other characters readable.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs the task; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleHost host, TextWriter output, string[] args, CancellationToken cancellationToken) =>
        SampleProgram.GuardAsync(output, Usage, async () =>
        {
            ArgumentNullException.ThrowIfNull(host);
            var options = SampleArgs.Parse(args, ["provider"], ["json"]);
            if (options.Positionals.Count > 0)
            {
                throw new SampleUsageException($"Unexpected argument '{options.Positionals[0]}'.");
            }

            var catalog = host.Catalog;
            var names = options.Values("provider") is { Count: > 0 } wanted ? [.. wanted.Select(w => w.ToLowerInvariant()).Distinct()] : catalog.ClusterProviderNames;
            var unknown = names.Except(catalog.ClusterProviderNames).ToList();
            if (unknown.Count > 0)
            {
                throw new SampleUsageException($"No cluster provider {string.Join(", ", unknown)}; registered: {string.Join(", ", catalog.ClusterProviderNames)}.");
            }

            // One stream from all providers at once; a provider that fails yields one error entry and the rest go on.
            var clusters = new List<ClusterInfo>();
            var errors = new Dictionary<string, Exception>();
            await foreach (var entry in ClusterCatalog.ListAllClustersAsync(names.Select(catalog.GetClusterProvider), cancellationToken: cancellationToken))
            {
                if (entry.IsError)
                {
                    errors[entry.Provider] = entry.Error!;
                }
                else
                {
                    clusters.Add(entry.Cluster!);
                }
            }

            clusters = [.. clusters.OrderBy(c => Array.IndexOf(SampleHost.ProviderNames, c.Provider)).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)];
            var totals = clusters.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => (Status: g.Key, Count: g.Count())).ToList();
            if (options.Flag("json"))
            {
                output.WriteLine(ToJson(host, names, clusters, errors, totals).ToJsonString(Indented));
            }
            else
            {
                WriteTables(host, output, names, clusters, errors, totals);
            }

            return errors.Count == 0 ? SampleProgram.Succeeded : SampleProgram.Failed;
        });

    private static void WriteTables(SampleHost host, TextWriter output, IReadOnlyList<string> names, List<ClusterInfo> clusters, Dictionary<string, Exception> errors, List<(ClusterStatus Status, int Count)> totals)
    {
        output.WriteLine($"Cluster inventory: {string.Join(", ", names.Select(n => $"{n} ({host.Target(n)})"))}");
        output.WriteLine();
        ConsoleTable.Write(
            output,
            ["provider", "id", "name", "status", "raw status", "version", "region"],
            clusters.Select(c => (IReadOnlyList<string>)[c.Provider, c.Id, c.Name, c.Status.ToString(), c.RawStatus ?? "-", c.Version ?? "-", c.Region ?? "-"]));
        output.WriteLine();
        output.WriteLine("By provider");
        ConsoleTable.Write(
            output,
            ["provider", "clusters", "result"],
            names.Select(n => (IReadOnlyList<string>)[n, errors.ContainsKey(n) ? "-" : Count(clusters.Count(c => c.Provider == n)), errors.TryGetValue(n, out var e) ? "FAILED" : "ok"]));

        // Errors go on their own lines: the table clips long cells, and the message is what the reader needs.
        foreach (var (name, error) in errors.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {name}: could not list: {error.GetType().Name}: {error.Message}");
        }

        output.WriteLine();
        output.WriteLine("By status");
        ConsoleTable.Write(output, ["status", "clusters"], [.. totals.Select(t => (IReadOnlyList<string>)[t.Status.ToString(), Count(t.Count)]), ["all", Count(clusters.Count)]]);
    }

    private static JsonObject ToJson(SampleHost host, IReadOnlyList<string> names, List<ClusterInfo> clusters, Dictionary<string, Exception> errors, List<(ClusterStatus Status, int Count)> totals) => new()
    {
        ["providers"] = new JsonArray([.. names.Select(n => (JsonNode)new JsonObject
        {
            ["name"] = n,
            ["target"] = host.Target(n),
            ["ok"] = !errors.ContainsKey(n),
            ["clusters"] = errors.ContainsKey(n) ? null : clusters.Count(c => c.Provider == n),
            ["error"] = errors.TryGetValue(n, out var e) ? $"{e.GetType().Name}: {e.Message}" : null,
        })]),
        ["clusters"] = new JsonArray([.. clusters.Select(c => (JsonNode)new JsonObject
        {
            ["provider"] = c.Provider,
            ["id"] = c.Id,
            ["name"] = c.Name,
            ["status"] = c.Status.ToString(),
            ["rawStatus"] = c.RawStatus,
            ["version"] = c.Version,
            ["region"] = c.Region,
            ["createdAt"] = c.CreatedAt?.ToString("O", CultureInfo.InvariantCulture),
        })]),
        ["totals"] = new JsonObject([.. totals.Select(t => KeyValuePair.Create(t.Status.ToString(), (JsonNode?)t.Count))]),
        ["total"] = clusters.Count,
    };

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
