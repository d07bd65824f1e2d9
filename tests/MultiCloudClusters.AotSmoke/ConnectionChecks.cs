using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using static MultiCloudClusters.AotSmoke.CheckRunner;

namespace MultiCloudClusters.AotSmoke;

/// <summary>
/// What the connection provider (LakeSail) is asked: list, get, onboard a new connection (create, verify, sync its
/// template and wait for the operation), find it listed, list its regions, delete it.
/// </summary>
internal static class ConnectionChecks
{
    /// <summary>Runs the checks; <paramref name="label"/> starts each line, <paramref name="name"/> names what it creates.</summary>
    public static async Task RunAsync(CheckRunner checks, string label, IConnectionProvider provider, string name)
    {
        label = $"{label} {provider.Registration}";
        var listed = await checks.RunAsync($"{label}: list", async () =>
        {
            var all = await provider.ListConnectionsAsync().ToListAsync();
            Expect(all.Count > 0, "the list is empty");
            Expect(all.All(c => c.Provider == provider.Name), "a listed connection names another provider");
            return (all, $"{all.Count} connections: {string.Join(", ", all.Select(c => $"{c.Name} ({c.Status})"))}");
        });

        if (listed is not null)
        {
            await checks.RunAsync($"{label}: get", async () =>
            {
                var got = await provider.GetConnectionAsync(listed[0].Id);
                Expect(got.Id == listed[0].Id && got.Name == listed[0].Name, $"asked for {listed[0].Id}, got {got.Id} ({got.Name})");
                return $"{got.Name} is {got.Status}, account {got.Account.AccountId} in {got.Account.Region}";
            });
        }

        var created = await checks.RunAsync($"{label}: create", async () =>
        {
            var connection = await provider.CreateConnectionAsync(new ConnectionCreateRequest
            {
                Name = name,
                CloudProvider = "aws",
                Account = new CloudAccountConfig { AccountId = "123456789012", Region = "us-east-1", RoleArn = "arn:aws:iam::123456789012:role/LakeSailConnection" },
            });
            Expect(connection.Name == name && connection.Id.Length > 0, $"created {connection.Name} ({connection.Id}), expected {name}");
            return (connection, $"{connection.Name} ({connection.Id}) is {connection.Status}");
        });
        if (created is null)
        {
            checks.NotRun($"{label}: verify, sync, regions, delete", $"{label}: create");
            return;
        }

        await checks.RunAsync($"{label}: verify, sync the template and wait", async () =>
        {
            var verified = await provider.VerifyConnectionAsync(created.Id);
            var operation = await provider.SyncTemplateAsync(created.Id);
            var done = await provider.WaitForOperationAsync(operation.Id, ClusterChecks.Wait);
            Expect(done.Status == CloudOperationStatus.Succeeded, $"the sync ended {done.Status}");
            return $"{verified.Name} is {verified.Status}; sync {done.Id} {done.Status}";
        });

        await checks.RunAsync($"{label}: the created connection is listed", async () =>
        {
            var all = await provider.ListConnectionsAsync().ToListAsync();
            Expect(all.Any(c => c.Id == created.Id && c.Name == name), $"{created.Id} is not among the {all.Count} listed");
            return $"{name} among {all.Count} connections";
        });

        await checks.RunAsync($"{label}: regions", async () =>
        {
            var regions = await provider.ListRegionsAsync(created.Id);
            Expect(regions.Count > 0 && regions.All(r => r.Code.Length > 0), "no region, or one without a code");
            return $"{regions.Count} regions: {string.Join(", ", regions.Take(5).Select(r => r.Code))}";
        });

        await checks.RunAsync($"{label}: delete", async () =>
        {
            await provider.DeleteConnectionAsync(created.Id);
            try
            {
                var still = await provider.GetConnectionAsync(created.Id);
                throw new CheckFailedException($"{still.Id} is still there ({still.Status})");
            }
            catch (CloudNotFoundException)
            {
                return $"{name} deleted (404 afterwards)";
            }
        });
    }
}
