using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Telemetry;

/// <summary>
/// Logs at a host's default level (Information): a listing of every provider's clusters writes at most one line per
/// provider (none when all goes well), the container's HttpClient loggers are gone, a handled 404 and a wait poll
/// are not warnings, and no line ends with an empty request id.
/// </summary>
public sealed class QuietLogTests : IAsyncLifetime
{
    private MultiCloudEmulator _emu = null!;

    public async Task InitializeAsync() => _emu = await MultiCloudEmulator.StartAsync();

    public async Task DisposeAsync() => await _emu.DisposeAsync();

    [Fact]
    public async Task Listing_every_cluster_at_the_default_level_writes_no_line_and_at_debug_one_line_per_call()
    {
        using var atDefault = new LogCapture();
        using var atDebug = new LogCapture();

        var listed = await ListEverythingAsync(atDefault, LogLevel.Information);
        await ListEverythingAsync(atDebug, LogLevel.Debug);

        // The emulator's estate: 12 clusters over the four cluster providers.
        Assert.Equal(12, listed.Count(e => !e.IsError));
        Assert.DoesNotContain(listed, e => e.IsError);
        var providers = listed.Select(e => e.Provider).Distinct().Count();
        Assert.Equal(4, providers);
        Assert.True(atDefault.Entries.Count <= providers, string.Join(Environment.NewLine, atDefault.Lines));
        Assert.Empty(atDefault.Entries);

        // The same listing at Debug: the library's own line per call, and still nothing from IHttpClientFactory.
        Assert.DoesNotContain(atDebug.Entries, e => e.Category.StartsWith("System.Net.Http", StringComparison.Ordinal));
        var calls = atDebug.Entries.Where(e => e.EventId.Id is 1 or 6).ToList();
        Assert.True(calls.Count >= providers, string.Join(Environment.NewLine, atDebug.Lines));
        Assert.All(calls, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.All(atDebug.Entries, e => Assert.False(e.Message.TrimEnd().EndsWith("request id", StringComparison.Ordinal), e.Message));

        // The emulator sends a request id header on every answer, as the providers do: every success line names it.
        Assert.All(calls, e => Assert.Equal(6, e.EventId.Id));
        Assert.All(calls, e => Assert.Matches("request id [0-9a-f-]{36}$", e.Message));
    }

    [Fact]
    public async Task A_line_names_the_request_id_when_the_provider_sent_one_and_only_then()
    {
        using var logs = new LogCapture();
        using var loggers = logs.CreateFactory();
        var answers = new Queue<HttpResponseMessage>(
        [
            new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Headers = { { "x-amzn-RequestId", "req-ok-1" } }, Content = new StringContent("{}") },
            new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("{}") },
            new HttpResponseMessage(System.Net.HttpStatusCode.Conflict) { Headers = { { "x-amzn-RequestId", "req-409" } }, Content = new StringContent("{}") },
        ]);
        var setup = new MultiCloudClusters.Http.ProviderSetup(new Uri("https://eks.example.test/"), new EksErrorParser(), null, new MultiCloudClusters.Resilience.ResilienceOptions { MaxRetryAttempts = 0 }, null);
        using var client = new MultiCloudClusters.Http.ProviderHttpPipeline(setup, loggers, null).CreateClient(new Answering(answers));

        (await client.GetAsync("clusters/a")).Dispose();
        (await client.GetAsync("clusters/b")).Dispose();
        await Assert.ThrowsAsync<CloudConflictException>(() => client.GetAsync("clusters/c"));

        var lines = logs.Entries.Where(e => e.EventId.Id is 1 or 2 or 6 or 7).Select(e => (e.EventId.Id, e.Level, e.Message)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal((6, LogLevel.Debug), (lines[0].Id, lines[0].Level));
        Assert.EndsWith("; request id req-ok-1", lines[0].Message, StringComparison.Ordinal);
        Assert.Equal((1, LogLevel.Debug), (lines[1].Id, lines[1].Level));
        Assert.DoesNotContain("request id", lines[1].Message, StringComparison.Ordinal);
        Assert.Equal((7, LogLevel.Information), (lines[2].Id, lines[2].Level));
        Assert.EndsWith("; request id req-409", lines[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handled_404_and_a_wait_poll_are_not_warnings_while_a_server_failure_is()
    {
        using var logs = new LogCapture();
        await using var container = Build(logs, LogLevel.Trace);
        var oks = container.GetRequiredKeyedService<IClusterProvider>(OksClusterProvider.ProviderName);
        var eks = container.GetRequiredKeyedService<IClusterProvider>(EksClusterProvider.ProviderName);
        var cluster = await oks.ListClustersAsync().FirstAsync();

        await Assert.ThrowsAsync<CloudNotFoundException>(() => eks.GetClusterAsync("no-such-cluster"));
        await Assert.ThrowsAsync<ClusterWaitException>(() => oks.WaitForStatusAsync(cluster.Id, ClusterStatus.Deleted, new WaitOptions { Timeout = TimeSpan.Zero }));
        _emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.Oks, Operation = "GetCluster", Kind = FaultKind.InternalServerError });
        await Assert.ThrowsAsync<CloudApiException>(() => oks.GetClusterAsync(cluster.Id));

        var notFound = Assert.Single(logs.Entries, e => e.EventId.Id is 2 or 7 && e.Message.Contains("failed with 404", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, notFound.Level);
        var serverFailure = Assert.Single(logs.Entries, e => e.EventId.Id is 2 or 7 && e.Message.Contains("failed with 500", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, serverFailure.Level);
        Assert.All(logs.Entries.Where(e => e.EventId.Id == 3), e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.Single(logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public void Failures_are_as_loud_as_what_the_caller_can_do_about_them()
    {
        static LogLevel LevelOf(int status) =>
            MultiCloudClusters.Telemetry.TelemetryHandler.LevelOf(new CloudApiException(new CloudError { Provider = "oks", StatusCode = status, Message = "m" }));

        Assert.Equal(LogLevel.Debug, LevelOf(404));
        Assert.Equal(LogLevel.Information, LevelOf(409));
        Assert.Equal(LogLevel.Information, LevelOf(401));
        Assert.Equal(LogLevel.Warning, LevelOf(503));
        Assert.Equal(LogLevel.Warning, LevelOf(0));
        Assert.Equal(LogLevel.Warning, LevelOf(302));
    }

    private sealed class Answering(Queue<HttpResponseMessage> answers) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var answer = answers.Dequeue();
            answer.RequestMessage = request;
            return Task.FromResult(answer);
        }
    }

    private async Task<List<InventoryEntry>> ListEverythingAsync(LogCapture capture, LogLevel level)
    {
        await using var container = Build(capture, level);
        return await container.GetRequiredService<ClusterCatalog>().ListAllClustersAsync().ToListAsync();
    }

    private ServiceProvider Build(LogCapture capture, LogLevel level)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(level).AddProvider(capture));
        services.AddMultiCloudClusters(b => b.UseEmulator(_emu));
        return services.BuildServiceProvider();
    }
}
