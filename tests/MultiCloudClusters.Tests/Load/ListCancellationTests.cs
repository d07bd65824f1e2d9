using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace MultiCloudClusters.Tests.Load;

/// <summary>
/// Found by the cancellation load test: a list's own <c>cancellationToken</c> parameter must stop it, as it does for
/// every other call (<c>await foreach (var c in provider.ListClustersAsync(query, token))</c> is how the samples list).
/// </summary>
[Collection(LoadCollection.Name)]
[Trait("Category", "Load")]
public sealed class ListCancellationTests
{
    [Theory]
    [InlineData("oks")]
    [InlineData("imply")]
    [InlineData("ame")]
    [InlineData("eks")]
    [InlineData("lakesail")]
    public async Task A_list_stops_when_the_token_given_to_the_list_call_is_cancelled(string provider)
    {
        await using var emu = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.Zero });
        await using var services = new ServiceCollection().AddMultiCloudClusters(b => b.UseEmulator(emu)).BuildServiceProvider();
        var catalog = services.GetRequiredService<ClusterCatalog>();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var listed = 0;
        var error = await Record.ExceptionAsync(async () =>
        {
            if (provider == "lakesail")
            {
                await foreach (var _ in catalog.GetConnectionProvider(provider).ListConnectionsAsync(null, cancelled.Token))
                {
                    listed++;
                }
            }
            else
            {
                await foreach (var _ in catalog.GetClusterProvider(provider).ListClustersAsync(null, cancelled.Token))
                {
                    listed++;
                }
            }
        });

        Assert.True(error is OperationCanceledException, $"{provider}: listed {listed} items and {emu.Counters.Attempts.Count} requests with a cancelled token; ended with {error?.GetType().Name ?? "no exception"}");
        Assert.Empty(emu.Counters.Attempts);
    }
}
