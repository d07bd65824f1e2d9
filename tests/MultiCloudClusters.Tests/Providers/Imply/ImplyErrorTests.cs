using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Imply;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>Imply's error bodies, through the parser and through the provider.</summary>
public sealed class ImplyErrorTests : IDisposable
{
    private const string Id = ImplyHarness.ClusterId;
    private const string BadRequestJson = """
        {
          "error": {
            "code": "BadArgument",
            "message": "Request contains invalid arguments",
            "details": [
              { "code": "NullValue", "target": "metadata.name", "message": "Cluster name must not be null" },
              { "code": "MalformedValue", "target": "spec.deepStorage.path", "message": "Path is not a valid s3 path" },
              { "code": "Other" },
              "not an object"
            ]
          }
        }
        """;

    private readonly ImplyHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Bad_argument_details_become_field_errors()
    {
        Answer(400, BadRequestJson, ("x-request-id", "req-42"));

        var ex = await Assert.ThrowsAsync<CloudValidationException>(() => _h.Provider().GetClusterAsync(Id));

        Assert.Equal(("imply", 400, "BadArgument", "Request contains invalid arguments", "req-42"), (ex.Provider, ex.StatusCode, ex.ErrorCode, ex.ErrorMessage, ex.RequestId));
        Assert.Equal(
            [
                new FieldError("metadata.name", "Cluster name must not be null", "NullValue"),
                new FieldError("spec.deepStorage.path", "Path is not a valid s3 path", "MalformedValue"),
                new FieldError("request", "Other", "Other"),
            ],
            ex.FieldErrors);
        Assert.Contains("spec.deepStorage.path: Path is not a valid s3 path", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<int, string, Type, string?, bool> Shapes() => new()
    {
        { 401, """{ "error": { "code": "Unauthorized", "message": "no" } }""", typeof(CloudUnauthorizedException), "Unauthorized", false },
        { 403, """{ "error": { "code": "Forbidden", "message": "no role" } }""", typeof(CloudUnauthorizedException), "Forbidden", false },
        { 404, """{ "error": { "code": "NotFound", "message": "Cluster [x] was not found" } }""", typeof(CloudNotFoundException), "NotFound", false },
        { 409, """{ "error": { "code": "StateConflict", "message": "busy" } }""", typeof(CloudConflictException), "StateConflict", false },
        { 400, """{ "error": { "code": "StateConflict", "message": "cannot move" } }""", typeof(CloudConflictException), "StateConflict", false },
        { 500, """{ "error": { "code": "InternalError", "message": "boom" } }""", typeof(CloudApiException), "InternalError", true },
        { 502, """{ "error": "bad gateway" }""", typeof(CloudApiException), null, true },
        { 503, """{ "message": "upstream down" }""", typeof(CloudApiException), null, true },
        { 500, "<html>oops</html>", typeof(CloudApiException), null, true },
        { 500, "", typeof(CloudApiException), null, true },
        { 500, "{ broken", typeof(CloudApiException), null, true },
        { 500, """{ "error": { "code": 5, "message": [] } }""", typeof(CloudApiException), null, true },
        { 429, """{ "error": { "code": "TooManyRequests", "message": "slow down" } }""", typeof(CloudThrottledException), "TooManyRequests", true },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_body_shape_parses(int status, string body, Type type, string? code, bool retryable)
    {
        var error = new ImplyErrorParser().Parse(new ErrorResponse(status, null, body));
        var ex = CloudApiException.FromError(error);

        Assert.IsType(type, ex);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal(retryable, ex.IsRetryable);
        Assert.False(string.IsNullOrWhiteSpace(ex.ErrorMessage));
        Assert.Equal("imply", ex.Provider);
    }

    [Fact]
    public async Task A_404_through_the_provider_is_not_found()
    {
        Answer(404, """{ "error": { "code": "NotFound", "message": "Cluster [x] was not found" } }""");

        var ex = await Assert.ThrowsAsync<CloudNotFoundException>(() => _h.Provider().GetClusterAsync(Id));

        Assert.Equal("Cluster [x] was not found", ex.ErrorMessage);
    }

    [Fact]
    public async Task Retry_after_of_the_server_is_kept()
    {
        Answer(503, """{ "error": { "code": "Unavailable", "message": "later" } }""", ("Retry-After", "120"));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Provider().GetClusterAsync(Id));

        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Single(_h.ApiRequests());
    }

    private void Answer(int status, string body, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        _h.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }
}
