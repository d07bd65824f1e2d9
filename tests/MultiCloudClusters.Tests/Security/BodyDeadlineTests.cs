using System.Text;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Providers.LakeSail;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Bodies are read against a deadline: a server that drips or cuts a body off cannot hold a caller past the
/// attempt and total timeouts; a cut-off on an idempotent request is retried like any transport error, and
/// one on a request that may have been applied (a create) is reported, not retried, and not retryable.
/// </summary>
public sealed class BodyDeadlineTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    // Only guards against a hang: the old code read a dripped body for as long as the server kept dripping.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static Task Drip(HostileExchange exchange) => DripForwarded(exchange);

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task A_dripping_body_on_a_read_ends_at_the_deadline_after_the_allowed_retries(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer(Drip);
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, Resilience(maxRetries: 1));

        var error = await Assert.ThrowsAsync<CloudApiException>(() => target.ReadAsync().WaitAsync(HangGuard));

        Assert.Equal("Timeout", error.ErrorCode);
        Assert.True(error.IsRetryable, "a read that timed out may be tried again");
        Assert.Equal(2, server.Requests.Count); // the first attempt and its one retry, each cut short by the attempt timeout
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task A_dripping_body_on_a_create_ends_at_the_deadline_and_is_not_sent_again(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer(Drip);
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, Resilience(maxRetries: 2));

        var error = await Assert.ThrowsAsync<CloudApiException>(() => target.CreateAsync().WaitAsync(HangGuard));

        Assert.Equal("Timeout", error.ErrorCode);
        var creates = server.Requests.Count(r => r.Method == "POST");
        if (provider == "eks")
        {
            // RegisterCluster carries an idempotency token: repeating it is safe, so it is retried and stays retryable.
            Assert.Equal(3, creates);
            Assert.True(error.IsRetryable);
            Assert.Single(server.Requests.Where(r => r.Method == "POST").Select(r => r.BodyText).Distinct());
        }
        else
        {
            Assert.Equal(1, creates);
            Assert.False(error.IsRetryable, "the create may have been applied: trying again blindly could make two");
        }
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task A_read_cut_off_mid_body_is_retried_and_succeeds(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer(async exchange =>
        {
            var response = await exchange.ForwardAsync();
            if (exchange.Number == 1)
            {
                await exchange.CutAsync(response, response.Body.Length / 2);
            }
            else
            {
                await exchange.RespondAsync(response);
            }
        });
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, Resilience(maxRetries: 2));

        await target.ReadAsync().WaitAsync(HangGuard);

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task A_create_cut_off_mid_body_is_reported_once_and_not_retryable(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer(async exchange =>
        {
            var response = await exchange.ForwardAsync();
            await exchange.CutAsync(response, response.Body.Length / 2);
        });

        // No deadline is under test here: a generous attempt timeout, so a loaded machine cannot turn the cut into a timeout.
        var resilience = SecurityTargets.QuickResilience(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), maxRetries: 2);
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, resilience);

        var error = await Assert.ThrowsAsync<CloudApiException>(() => target.CreateAsync().WaitAsync(HangGuard));

        Assert.Equal("ResponseEnded", error.ErrorCode);
        var creates = server.Requests.Count(r => r.Method == "POST");
        if (provider == "eks")
        {
            Assert.Equal(3, creates); // idempotency token: the same registration, asked again
            Assert.True(error.IsRetryable);
        }
        else
        {
            Assert.Equal(1, creates);
            Assert.False(error.IsRetryable, "the create may have been applied");
        }
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task Control_an_honest_server_answers_reads_and_creates(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer();
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, Resilience(maxRetries: 0));

        await target.ReadAsync().WaitAsync(HangGuard);
        await target.CreateAsync().WaitAsync(HangGuard);

        Assert.Equal(1, server.Requests.Count(r => r.Method == "POST"));
    }

    private static Resilience.ResilienceOptions Resilience(int maxRetries) =>
        SecurityTargets.QuickResilience(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), maxRetries);

    private static async Task DripForwarded(HostileExchange exchange)
    {
        var response = await exchange.ForwardAsync();
        await exchange.DripAsync(response, TimeSpan.FromMilliseconds(150));
    }
}

/// <summary>
/// The tail of a body too large to read inside the attempt streams on to the caller, still bounded by the
/// call's absolute deadline and the size limit (shared by every provider: the same handler chain).
/// </summary>
public sealed class StreamedBodyDeadlineTests
{
    [Fact]
    public async Task A_large_body_that_drips_after_its_first_part_fails_at_the_deadline()
    {
        const int Length = 600 * 1024;
        await using var server = HostileServer.Start(behaviour: async exchange =>
        {
            // The first 300 KiB at once (more than is read inside the attempt), then a byte every 100 ms:
            // never idle long enough for the idle timer, so only the absolute deadline can end it.
            await exchange.WriteRawAsync([.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Length: {Length}\r\nConnection: close\r\n\r\n"), .. new byte[300 * 1024]]);
            for (var i = 0; i < Length; i++)
            {
                await exchange.WriteRawAsync([(byte)'x']);
                await Task.Delay(100, exchange.Stopping);
            }
        });
        using var client = PipelineClient(server, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));

        using var response = await client.GetAsync("body", HttpCompletionOption.ResponseHeadersRead);
        var error = await Assert.ThrowsAsync<CloudApiException>(() => response.Content.ReadAsByteArrayAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("ResponseTimeout", error.ErrorCode);
        Assert.True(error.IsRetryable); // a GET: trying again is safe
    }

    [Fact]
    public async Task Control_a_large_body_sent_promptly_streams_whole()
    {
        var body = Encoding.ASCII.GetBytes(new string('y', 1024 * 1024));
        await using var server = HostileServer.Start(behaviour: exchange =>
            exchange.RespondAsync(new HostileResponse(200, [new("Content-Type", "application/octet-stream")], body)));
        using var client = PipelineClient(server, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));

        using var response = await client.GetAsync("body", HttpCompletionOption.ResponseHeadersRead);
        var read = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(body, read);
    }

    [Fact]
    public async Task A_streamed_body_beyond_the_size_limit_fails_as_too_large()
    {
        var body = new byte[900 * 1024];
        await using var server = HostileServer.Start(behaviour: exchange =>
            exchange.WriteRawAsync([.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n"), .. body]));
        var options = SecurityTargets.QuickResilience(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), 0);
        options.MaxResponseBytes = 512 * 1024;
        using var client = new ProviderHttpPipeline(new ProviderSetup(server.Root, new LakeSailErrorParser(), null, options, null), null, null).CreateClient();

        using var response = await client.GetAsync("body", HttpCompletionOption.ResponseHeadersRead);
        var error = await Assert.ThrowsAsync<CloudApiException>(() => response.Content.ReadAsByteArrayAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("ResponseTooLarge", error.ErrorCode);
    }

    private static HttpClient PipelineClient(HostileServer server, TimeSpan attempt, TimeSpan total)
    {
        var options = SecurityTargets.QuickResilience(attempt, total, 0);
        return new ProviderHttpPipeline(new ProviderSetup(server.Root, new LakeSailErrorParser(), null, options, null), null, null).CreateClient();
    }
}
