using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// Every OKS raw status mapped to the unified one; every error body shape turned into the right
/// exception subclass with code, message, request id and field errors; unreadable success bodies
/// turned into a typed MalformedResponse error.
/// </summary>
public sealed class OksErrorAndStatusTests : IDisposable
{
    private static readonly string ClusterPath = $"/clusters/{OksHarness.ClusterId}";

    private readonly OksHarness _h = new();
    private readonly OksClusterProvider _provider;

    // No retries here: each error answer is seen exactly once.
    public OksErrorAndStatusTests() => _provider = _h.CreateProvider(o => o.Resilience = OksHarness.FakeTimeResilience(retries: 0));

    public void Dispose() => _h.Dispose();

    private Task<ClusterInfo> Get() => _provider.GetClusterAsync(OksHarness.ClusterId);

    // ------------------------------------------------------------------ statuses

    public static TheoryData<string, ClusterStatus> RawStatuses() => new()
    {
        { "pending", ClusterStatus.Pending },
        { "deploying", ClusterStatus.Provisioning },
        { "ready", ClusterStatus.Running },
        { "updating", ClusterStatus.Updating },
        { "upgrading", ClusterStatus.Updating },
        { "failed", ClusterStatus.Failed },
        { "deleting", ClusterStatus.Deleting },
        { "deleted", ClusterStatus.Deleted },
    };

    [Fact]
    public void KnownTable_IsExactlyTheDocumentedStatuses()
    {
        var expected = RawStatuses().ToDictionary(row => (string)row[0], row => (ClusterStatus)row[1]);

        Assert.Equal(expected.OrderBy(p => p.Key), OksStatusMap.Known.OrderBy(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(RawStatuses))]
    public async Task EveryRawStatus_MapsThroughTheProvider(string raw, ClusterStatus expected)
    {
        _h.Answer("GET", ClusterPath, 200, OksHarness.ClusterResponse(raw));

        var info = await Get();

        Assert.Equal(expected, info.Status);
        Assert.Equal(raw, info.RawStatus);
        Assert.Equal(expected, OksStatusMap.Map(raw));
    }

    [Theory]
    [InlineData("hibernating")]
    [InlineData("")]
    [InlineData("ready-ish")]
    [InlineData(null)]
    public async Task UnknownOrMissingRawStatus_IsUnknown_NeverAnError(string? raw)
    {
        _h.Answer("GET", ClusterPath, 200, OksHarness.ClusterResponse(raw));

        var info = await Get();

        Assert.Equal(ClusterStatus.Unknown, info.Status);
        Assert.Equal(raw, info.RawStatus);
    }

    [Fact]
    public void Map_IgnoresCaseAndSurroundingSpace()
    {
        Assert.Equal(ClusterStatus.Running, OksStatusMap.Map("READY"));
        Assert.Equal(ClusterStatus.Failed, OksStatusMap.Map(" failed "));
        Assert.Equal(ClusterStatus.Unknown, OksStatusMap.Map(null));
    }

    // ------------------------------------------------------------------ error bodies

    [Fact]
    public async Task ErrorsEnvelope_WithStringDetails_GivesCodeMessageAndRequestId()
    {
        _h.Answer("GET", ClusterPath, 404, OksHarness.ErrorEnvelope("NotFound", "Cluster not found", 404, "req-404"));

        var ex = await Assert.ThrowsAsync<CloudNotFoundException>(Get);

        Assert.Equal("oks", ex.Provider);
        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("NotFound", ex.ErrorCode);
        Assert.Equal("Cluster not found", ex.ErrorMessage);
        Assert.Equal("req-404", ex.RequestId);
        Assert.Empty(ex.FieldErrors);
        Assert.False(ex.IsRetryable);
        Assert.Contains("Cluster not found", ex.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", ex.Message, StringComparison.Ordinal);
        Assert.Contains("req-404", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorsEnvelope_WithArrayDetails_GivesFieldErrors()
    {
        _h.Answer("GET", ClusterPath, 400, """
            {"Errors":[{"Type":"ValidationError","Code":"400","Details":[
              {"loc":["body","name"],"msg":"string does not match regex","type":"value_error.str.regex"},
              {"loc":["body","admin_whitelist",0],"msg":"not a CIDR","type":"value_error"}]}],
             "ResponseContext":{"RequestId":"req-400"}}
            """);

        var ex = await Assert.ThrowsAsync<CloudValidationException>(Get);

        Assert.Equal("ValidationError", ex.ErrorCode);
        Assert.Equal("req-400", ex.RequestId);
        Assert.Equal(
            [
                new FieldError("body.name", "string does not match regex", "value_error.str.regex"),
                new FieldError("body.admin_whitelist.0", "not a CIDR", "value_error"),
            ],
            ex.FieldErrors);
        Assert.Contains("body.name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorsEnvelope_WithSeveralStringDetails_JoinsThem()
    {
        _h.Answer("GET", ClusterPath, 409, """
            {"Errors":[{"Type":"Conflict","Details":"busy","Code":"409"},{"Type":"Conflict","Details":"try later","Code":"409"}]}
            """);

        var ex = await Assert.ThrowsAsync<CloudConflictException>(Get);

        Assert.Equal("busy; try later", ex.ErrorMessage);
    }

    [Fact]
    public async Task ErrorsEnvelope_WithNumericCodeAndNoType_UsesTheCode()
    {
        _h.Answer("GET", ClusterPath, 409, """{"Errors":[{"Details":"locked by another operation","Code":409}]}""");

        var ex = await Assert.ThrowsAsync<CloudConflictException>(Get);

        Assert.Equal("409", ex.ErrorCode);
        Assert.Equal("locked by another operation", ex.ErrorMessage);
    }

    [Fact]
    public async Task OlderHttpValidationError_GivesFieldErrors()
    {
        _h.Answer("GET", ClusterPath, 422, """
            {"detail":[{"loc":["query","ttl"],"msg":"invalid ttl format","type":"value_error"}]}
            """);

        var ex = await Assert.ThrowsAsync<CloudValidationException>(Get);

        Assert.Equal(422, ex.StatusCode);
        Assert.Equal("HTTPValidationError", ex.ErrorCode);
        Assert.Equal([new FieldError("query.ttl", "invalid ttl format", "value_error")], ex.FieldErrors);
    }

    /// <summary>BUG (src): the older form on a status other than 400/422 must keep the status's subclass.</summary>
    [Theory]
    [InlineData(404, typeof(CloudNotFoundException))]
    [InlineData(409, typeof(CloudConflictException))]
    [InlineData(403, typeof(CloudUnauthorizedException))]
    public async Task OlderDetailList_OnAnotherStatus_KeepsTheStatusSubclass(int status, Type expected)
    {
        _h.Answer("GET", ClusterPath, status, """
            {"detail":[{"loc":["path","cluster_id"],"msg":"refused","type":"value_error"}]}
            """);

        var ex = await Assert.ThrowsAnyAsync<CloudApiException>(Get);

        Assert.IsType(expected, ex);
        Assert.Equal([new FieldError("path.cluster_id", "refused", "value_error")], ex.FieldErrors);
    }

    [Fact]
    public async Task DetailString_IsTheMessage()
    {
        _h.Answer("GET", ClusterPath, 404, """{"detail":"Not Found"}""");

        var ex = await Assert.ThrowsAsync<CloudNotFoundException>(Get);

        Assert.Equal("Not Found", ex.ErrorMessage);
    }

    [Fact]
    public async Task EmptyBody_StillGivesAUsefulException()
    {
        _h.Answer("GET", ClusterPath, 500, null, ("x-request-id", "req-hdr"));

        var ex = await Assert.ThrowsAsync<CloudApiException>(Get);

        Assert.Equal(500, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
        Assert.Equal("req-hdr", ex.RequestId);
        Assert.True(ex.IsRetryable);
        Assert.Contains("HTTP 500", ex.Message, StringComparison.Ordinal);
        Assert.Contains("empty body", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlBody_GivesAUsefulExceptionWithoutTheHtml()
    {
        _h.AnswerWith("GET", ClusterPath, (_, _) => new Reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", ContentType: "text/html"));

        var ex = await Assert.ThrowsAsync<CloudApiException>(Get);

        Assert.Equal(502, ex.StatusCode);
        Assert.Contains("not JSON", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJsonErrorBody_GivesAUsefulException()
    {
        _h.Answer("GET", ClusterPath, 400, """{"Errors":[{"Type":"Valid""");

        var ex = await Assert.ThrowsAsync<CloudValidationException>(Get);

        Assert.Equal(400, ex.StatusCode);
        Assert.Contains("malformed JSON", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("""{"unexpected":true}""")]
    [InlineData("""{"Errors":"not a list"}""")]
    [InlineData("""{"Errors":[{"Type":{"nested":1},"Details":{"odd":true}}]}""")]
    [InlineData("""{"detail":42}""")] // BUG (src): a non-string detail is taken as a validation list whatever the status
    [InlineData("""{"detail":null}""")] // BUG (src): same
    public async Task UnexpectedJsonErrorShapes_StillGiveTheStatusSubclass(string body)
    {
        _h.Answer("GET", ClusterPath, 404, body);

        var ex = await Assert.ThrowsAsync<CloudNotFoundException>(Get);

        Assert.Equal(404, ex.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(ex.ErrorMessage));
    }

    [Theory]
    [InlineData(400, typeof(CloudValidationException))]
    [InlineData(401, typeof(CloudUnauthorizedException))]
    [InlineData(403, typeof(CloudUnauthorizedException))]
    [InlineData(404, typeof(CloudNotFoundException))]
    [InlineData(408, typeof(CloudApiException))]
    [InlineData(409, typeof(CloudConflictException))]
    [InlineData(422, typeof(CloudValidationException))]
    [InlineData(423, typeof(CloudConflictException))]
    [InlineData(429, typeof(CloudThrottledException))]
    [InlineData(500, typeof(CloudApiException))]
    [InlineData(501, typeof(CloudApiException))]
    [InlineData(503, typeof(CloudApiException))]
    public async Task EachStatus_GivesItsSubclass(int status, Type expected)
    {
        _h.Answer("GET", ClusterPath, status, OksHarness.ErrorEnvelope("Some", "went wrong", status, "req-" + status));

        var ex = await Assert.ThrowsAnyAsync<CloudApiException>(Get);

        Assert.IsType(expected, ex);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("req-" + status, ex.RequestId);
        Assert.Equal("went wrong", ex.ErrorMessage);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task RequestId_OfTheBody_WinsOverTheHeader()
    {
        _h.Answer("GET", ClusterPath, 404, OksHarness.ErrorEnvelope("NotFound", "gone", 404, "req-body"), ("x-request-id", "req-header"));

        var ex = await Assert.ThrowsAsync<CloudNotFoundException>(Get);

        Assert.Equal("req-body", ex.RequestId);
    }

    [Fact]
    public async Task NoResponse_GivesStatusZero_Retryable()
    {
        var provider = _h.CreateProvider(o =>
        {
            o.Endpoint = new Uri("http://127.0.0.1:1/api/v2/");
            o.Resilience = OksHarness.FakeTimeResilience(retries: 0);
        });

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => provider.GetClusterAsync(OksHarness.ClusterId));

        Assert.Equal(0, ex.StatusCode);
        Assert.True(ex.IsRetryable);
        Assert.Contains("no response", ex.Message, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ unreadable success bodies

    [Theory]
    [InlineData("""{"ResponseContext":{"RequestId":"r"}}""")]
    [InlineData("""{"Cluster":null}""")]
    [InlineData("""{"Cluster":""")]
    [InlineData("""{"Cluster":"not an object"}""")]
    [InlineData("""{"Cluster":{"name":"no-id","statuses":{"status":"ready"}}}""")]
    [InlineData("""{"Cluster":{"id":"x","statuses":{"created_at":"not a date"}}}""")]
    [InlineData("<html>maintenance</html>")]
    [InlineData("")]
    public async Task Get_UnreadableSuccess_IsMalformedResponse(string body)
    {
        _h.Answer("GET", ClusterPath, 200, body);

        var ex = await Assert.ThrowsAsync<CloudApiException>(Get);

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Equal(200, ex.StatusCode);
        Assert.False(ex.IsRetryable);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task Get_MissingCluster_NamesTheMissingMember()
    {
        _h.Answer("GET", ClusterPath, 200, """{"ResponseContext":{"RequestId":"r"}}""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(Get);

        Assert.Contains("'Cluster'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MissingCluster_IsMalformedResponse_AndNotResent()
    {
        _h.Answer("POST", "/clusters", 200, """{"ResponseContext":{"RequestId":"r"}}""");
        var provider = _h.CreateProvider();

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => provider.CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "web",
            Version = "1.31",
            Options = new OksClusterOptions { ProjectId = OksHarness.ProjectId, AdminWhitelist = ["203.0.113.7/32"] },
        }));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Single(_h.Requests);
    }

    [Theory]
    [InlineData("""{"ResponseContext":{"RequestId":"r"}}""")]
    [InlineData("""{"Clusters":[{"name":"no-id"}]}""")]
    [InlineData("""{"Clusters":{}}""")]
    public async Task List_UnreadableSuccess_IsMalformedResponse(string body)
    {
        _h.Answer("GET", "/clusters/all", 200, body);

        var ex = await Assert.ThrowsAsync<CloudApiException>(async () => await _provider.ListClustersAsync().ToListAsync());

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    [Fact]
    public async Task Update_And_Upgrade_MissingCluster_AreMalformedResponse()
    {
        _h.Answer("PATCH", ClusterPath, 200, "{}");
        _h.Answer("PATCH", ClusterPath + "/upgrade", 200, "{}");

        var update = await Assert.ThrowsAsync<CloudApiException>(() =>
            _provider.UpdateClusterAsync(OksHarness.ClusterId, new ClusterUpdateRequest { Tags = new Dictionary<string, string> { ["a"] = "b" } }));
        var upgrade = await Assert.ThrowsAsync<CloudApiException>(() => _provider.UpgradeClusterAsync(OksHarness.ClusterId, "1.32"));

        Assert.Equal("MalformedResponse", update.ErrorCode);
        Assert.Equal("MalformedResponse", upgrade.ErrorCode);
    }
}
