using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Security;

namespace MultiCloudClusters.Tests.Unified;

/// <summary>
/// "Every failure that came from a provider is a CloudApiException": one <c>catch (CloudApiException)</c> catches
/// an error answer, a wait that timed out or failed, broken paging, an operation that timed out or failed and a box
/// that could not be opened, each through the real code path and each naming its provider and code; mistakes in
/// the call stay <see cref="ArgumentException"/> and <see cref="NotSupportedException"/>.
/// </summary>
public sealed class ExceptionHierarchyTests : IAsyncLifetime
{
    private static readonly WaitOptions NoTime = new() { Timeout = TimeSpan.Zero };

    private MultiCloudEmulator _emu = null!;
    private ServiceProvider _container = null!;

    public async Task InitializeAsync()
    {
        // Lifecycles that take an hour: whatever the test starts is still running when it looks.
        _emu = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.FromHours(1) });
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.UseEmulator(_emu));
        _container = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _container.DisposeAsync();
        await _emu.DisposeAsync();
    }

    [Fact]
    public async Task One_catch_catches_every_failure_that_came_from_a_provider_a_wait_paging_or_decryption()
    {
        var oks = Cluster("oks");
        var ame = Cluster("ame");
        var lakesail = _container.GetRequiredKeyedService<IConnectionProvider>("lakesail");
        var cluster = await oks.ListClustersAsync().FirstAsync();
        var connection = await lakesail.ListConnectionsAsync().FirstAsync();
        var operation = await lakesail.SyncTemplateAsync(connection.Id);

        var caught = new Dictionary<string, CloudApiException>
        {
            ["error answer"] = await CatchAsync(() => oks.GetClusterAsync("no-such-cluster")),
            ["cluster wait"] = await CatchAsync(() => oks.WaitForStatusAsync(cluster.Id, ClusterStatus.Deleted, NoTime)),
            ["paging"] = await CatchAsync(() => ame.ListClustersAsync().AsPages("not-a-page-number").ToListAsync().AsTask()),
            ["operation wait"] = await CatchAsync(() => operation.WaitForCompletionAsync(NoTime)),
            ["decryption"] = await CatchAsync(() => Task.FromResult(NaclSealedBox.Open("not base64!", new byte[32]))),
        };

        Assert.IsType<CloudNotFoundException>(caught["error answer"]);
        Assert.IsType<ClusterWaitException>(caught["cluster wait"]);
        Assert.IsType<PagingException>(caught["paging"]);
        Assert.IsType<CloudOperationTimeoutException>(caught["operation wait"]);
        Assert.IsType<KubeconfigDecryptionException>(caught["decryption"]);
        Assert.Equal(["oks", "oks", "ame", "lakesail", "oks"], caught.Values.Select(e => e.Provider));
        Assert.Equal(
            [CloudErrorCodes.WaitTimeout, CloudErrorCodes.InvalidContinuationToken, CloudErrorCodes.WaitTimeout, CloudErrorCodes.DecryptionFailed],
            caught.Values.Skip(1).Select(e => e.ErrorCode));
        foreach (var (what, error) in caught.Skip(1))
        {
            // Not an HTTP failure: status 0, with a message of its own.
            Assert.Equal(0, error.StatusCode);
            Assert.False(string.IsNullOrEmpty(error.ErrorMessage), what);
        }

        // A wait and a listing say in their first word which provider they concern.
        Assert.All(caught.Skip(1).SkipLast(1), c => Assert.StartsWith(c.Value.Provider, c.Value.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failed_work_is_a_CloudApiException_that_is_not_retryable_and_a_timed_out_wait_one_that_is()
    {
        var failedWait = new ClusterWaitException("imply", CloudErrorCodes.WaitFailed, "imply cluster c became Failed", lastSeen: null);
        var timedOut = new ClusterWaitException("imply", CloudErrorCodes.WaitTimeout, "imply cluster c did not reach Running", lastSeen: null);
        var paging = new PagingException("eks", "next token", CloudErrorCodes.PagingLoop, "the server returned an earlier token again");

        Assert.False(failedWait.IsRetryable);
        Assert.True(timedOut.IsRetryable);
        Assert.False(paging.IsRetryable);
        Assert.Equal("eks: the server returned an earlier token again", paging.Message);
        Assert.Equal("next token", paging.Style);
        Assert.IsType<CloudOperationFailedException>(await CatchAsync(() => Task.FromException(new CloudOperationFailedException(new CloudOperation("lakesail", "op-9") { Status = CloudOperationStatus.Failed }))));
    }

    [Fact]
    public async Task Mistakes_in_the_call_stay_the_dotnet_exceptions_and_are_not_CloudApiExceptions()
    {
        var oks = Cluster("oks");

        var invalid = await Assert.ThrowsAsync<InvalidRequestException>(() => oks.GetClusterAsync(".."));
        var unsupported = await Assert.ThrowsAsync<NotSupportedException>(() => oks.StartClusterAsync("c-1"));

        Assert.IsAssignableFrom<ArgumentException>(invalid);
        Assert.IsNotAssignableFrom<CloudApiException>(invalid);
        Assert.IsNotAssignableFrom<CloudApiException>(unsupported);
        Assert.False(oks.Capabilities.Supports(ClusterOperations.Start));
    }

    private static async Task<CloudApiException> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (CloudApiException ex)
        {
            return ex;
        }

        throw new Xunit.Sdk.XunitException("nothing was thrown");
    }

    private IClusterProvider Cluster(string name) => _container.GetRequiredKeyedService<IClusterProvider>(name);
}
