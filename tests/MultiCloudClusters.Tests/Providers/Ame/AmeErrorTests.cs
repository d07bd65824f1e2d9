using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Ame;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>AME error bodies become the right <see cref="CloudApiException"/> with message, field errors and request id.</summary>
public sealed class AmeErrorTests : IDisposable
{
    private const string ClusterId = "production/production-eu";
    private readonly AmeWire _wire = new(maxRetryAttempts: 0);

    public void Dispose() => _wire.Dispose();

    [Theory]
    [InlineData(400, typeof(CloudValidationException))]
    [InlineData(401, typeof(CloudUnauthorizedException))]
    [InlineData(403, typeof(CloudUnauthorizedException))]
    [InlineData(404, typeof(CloudNotFoundException))]
    [InlineData(409, typeof(CloudConflictException))]
    [InlineData(422, typeof(CloudValidationException))]
    [InlineData(429, typeof(CloudThrottledException))]
    [InlineData(500, typeof(CloudApiException))]
    [InlineData(503, typeof(CloudApiException))]
    public async Task The_documented_body_gives_the_subclass_message_and_field_errors(int status, Type expected)
    {
        _wire.Respond(status, """{"message":"Cluster was not accepted","details":["name: must match ^[a-z0-9-]+$","region : unknown region","quota exceeded for this organisation"]}""", ("x-request-id", "req-42"));

        var error = await Assert.ThrowsAnyAsync<CloudApiException>(() => _wire.Provider.GetClusterAsync(ClusterId));

        Assert.IsType(expected, error);
        Assert.Equal("ame", error.Provider);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("Cluster was not accepted; quota exceeded for this organisation", error.ErrorMessage);
        Assert.Equal("req-42", error.RequestId);
        Assert.Null(error.ErrorCode);
        Assert.Equal([new FieldError("name", "must match ^[a-z0-9-]+$"), new FieldError("region", "unknown region")], error.FieldErrors);
        Assert.Contains("name: must match", error.Message, StringComparison.Ordinal);
        Assert.Equal(status is 429 or 500 or 503, error.IsRetryable);
    }

    [Fact]
    public async Task Retry_after_is_read_from_the_header()
    {
        _wire.Respond(429, """{"message":"slow down"}""", ("Retry-After", "7"));

        var error = await Assert.ThrowsAsync<CloudThrottledException>(() => _wire.Provider.GetClusterAsync(ClusterId));

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task A_body_with_only_details_still_gives_a_message()
    {
        _wire.Respond(400, """{"details":["name: is required"]}""");

        var error = await Assert.ThrowsAsync<CloudValidationException>(() => _wire.Provider.GetClusterAsync(ClusterId));

        Assert.Equal("The request was not valid", error.ErrorMessage);
        Assert.Equal("name", Assert.Single(error.FieldErrors).Field);
    }

    [Fact]
    public async Task Springs_default_error_body_is_read_too()
    {
        _wire.Respond(404, """{"timestamp":"2024-05-01T10:00:00.000+00:00","status":404,"error":"Not Found","message":"","path":"/api/v1/orgs/acme/clusters/production/x"}""");

        var error = await Assert.ThrowsAsync<CloudNotFoundException>(() => _wire.Provider.GetClusterAsync(ClusterId));

        Assert.Equal("Not Found", error.ErrorCode);
        Assert.Equal("Not Found", error.ErrorMessage);
    }

    [Theory]
    [InlineData("<html><body>Bad Gateway</body></html>", "text/html", "a body that is not JSON")]
    [InlineData("", null, "an empty body")]
    [InlineData("{\"message\": ", "application/json", "malformed JSON")]
    [InlineData("[1,2]", "application/json", "a body that is not JSON")]
    [InlineData("{\"message\": 42, \"details\": \"x\"}", "application/json", "an error body it could not read")]
    public async Task Other_bodies_keep_the_status_and_say_what_came(string body, string? contentType, string expected)
    {
        var response = WireMock.ResponseBuilders.Response.Create().WithStatusCode(502).WithBody(body);
        if (contentType is not null)
        {
            response = response.WithHeader("Content-Type", contentType);
        }

        _wire.Server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod()).RespondWith(response);

        var error = await Assert.ThrowsAsync<CloudApiException>(() => _wire.Provider.GetClusterAsync(ClusterId));

        Assert.Equal(502, error.StatusCode);
        Assert.Contains(expected, error.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("Bad Gateway", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"name\":\"no slug\"}")]
    [InlineData("{\"slug\":\"x\",\"status\":{\"a\":1}}")]
    public async Task An_unreadable_success_body_is_a_typed_error(string body)
    {
        _wire.Respond(200, body);

        var error = await Assert.ThrowsAsync<CloudApiException>(() => _wire.Provider.GetClusterAsync(ClusterId));

        Assert.Equal("MalformedResponse", error.ErrorCode);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task An_org_wide_list_entry_without_its_environment_is_a_typed_error()
    {
        _wire.Respond(200, AmeSamples.Page(0, last: true, AmeSamples.Cluster(environment: null)));

        var error = await Assert.ThrowsAsync<CloudApiException>(() => _wire.Provider.ListClustersAsync().ToListAsync().AsTask());

        Assert.Contains("environmentSlug", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_network_failure_is_status_zero()
    {
        var provider = new AmeClusterProvider(AmeWire.Options("http://127.0.0.1:1", maxRetryAttempts: 0));

        var error = await Assert.ThrowsAsync<CloudApiException>(() => provider.GetClusterAsync(ClusterId));

        Assert.Equal(0, error.StatusCode);
    }

    [Fact]
    public async Task Cancellation_passes_through()
    {
        _wire.Respond(200, AmeSamples.Cluster());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _wire.Provider.GetClusterAsync(ClusterId, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _wire.Provider.ListClustersAsync(cancellationToken: cancelled.Token).ToListAsync().AsTask());
    }

    [Fact]
    public void The_parser_reads_the_shape_directly()
    {
        var parser = new AmeErrorParser();

        var error = parser.Parse(new ErrorResponse(400, null, """{"message":"bad","details":["ipWhitelist[0].cidr: not a CIDR"]}"""));

        Assert.Equal("ame", error.Provider);
        Assert.Equal(CloudErrorKind.Validation, error.Kind);
        Assert.Equal(new FieldError("ipWhitelist[0].cidr", "not a CIDR"), Assert.Single(error.FieldErrors));
    }
}
