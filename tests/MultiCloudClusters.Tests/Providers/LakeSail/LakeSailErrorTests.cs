using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.LakeSail;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>Every error shape the provider may meet, through the provider and through the parser alone.</summary>
public sealed class LakeSailErrorTests : IDisposable
{
    private const string FullError = """
        {
          "error": {
            "code": "INVALID_CONNECTION",
            "message": "The connection is not valid",
            "errorType": "validation",
            "details": {
              "retryable": false,
              "retryAfter": 2.5,
              "fieldErrors": { "name": "must not be empty", "providerConfig.accountId": ["must be 12 digits", "is required"] },
              "requestId": "req-err-7",
              "causedBy": "schema"
            }
          }
        }
        """;

    private readonly LakeSailFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task A_full_error_body_fills_every_member_of_the_exception()
    {
        _f.Answer(400, FullError);

        var ex = await Assert.ThrowsAsync<CloudValidationException>(() => _f.Provider.GetConnectionAsync("C0NN3CT10N"));

        Assert.Equal("lakesail", ex.Provider);
        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("INVALID_CONNECTION", ex.ErrorCode);
        Assert.Equal("The connection is not valid (caused by: schema)", ex.ErrorMessage);
        Assert.Equal("req-err-7", ex.RequestId);
        Assert.Equal(
            [new FieldError("name", "must not be empty"), new FieldError("providerConfig.accountId", "must be 12 digits; is required")],
            ex.FieldErrors);
        Assert.False(ex.IsRetryable);
        Assert.False(ex.Error.RetryableHint);
        Assert.Equal(TimeSpan.FromSeconds(2.5), ex.RetryAfter);
        Assert.Contains("req-err-7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("name: must not be empty", ex.Message, StringComparison.Ordinal);
    }

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
    public async Task Each_status_gives_its_exception_type(int status, Type expected)
    {
        _f.Answer(status, """{ "error": { "code": "E", "message": "m", "details": { "retryable": false } } }""");

        var ex = await Assert.ThrowsAnyAsync<CloudApiException>(() => _f.Provider.GetConnectionAsync("C0NN3CT10N"));

        Assert.IsType(expected, ex);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("E", ex.ErrorCode);
        Assert.Equal("m", ex.ErrorMessage);
    }

    [Fact]
    public async Task The_request_id_header_is_used_when_the_body_has_none()
    {
        _f.Answer(404, """{ "error": { "code": "NOT_FOUND", "message": "nope" } }""", ("x-request-id", "hdr-1"));

        var ex = await Assert.ThrowsAsync<CloudNotFoundException>(() => _f.Provider.GetConnectionAsync("C0NN3CT10N"));

        Assert.Equal("hdr-1", ex.RequestId);
    }

    [Fact]
    public async Task A_non_json_error_body_keeps_the_status_and_says_what_came()
    {
        _f.Wire.Server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html>Bad gateway</html>"));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _f.Provider.DeleteConnectionAsync("C0NN3CT10N"));

        Assert.Equal(502, ex.StatusCode);
        Assert.Contains("not JSON", ex.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ broken")]
    [InlineData("[1,2]")]
    [InlineData("{ \"error\": \"just a string\" }")]
    [InlineData("{ \"error\": { \"details\": { \"retryable\": \"yes\", \"retryAfter\": \"soon\", \"fieldErrors\": [1] } } }")]
    public void Odd_bodies_never_throw_and_keep_the_status(string body)
    {
        var error = new LakeSailErrorParser().Parse(new ErrorResponse(409, null, body));

        Assert.Equal(409, error.StatusCode);
        Assert.Equal(CloudErrorKind.Conflict, error.Kind);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Null(error.RetryableHint);
        Assert.Null(error.RetryAfter);
        Assert.Empty(error.FieldErrors);
    }

    [Fact]
    public void A_bare_error_object_without_the_wrapper_is_read_too()
    {
        var error = new LakeSailErrorParser().Parse(new ErrorResponse(503, null, """{ "code": "X", "message": "bare", "details": { "retryable": true, "retryAfter": "2.5" } }"""));

        Assert.Equal("X", error.ErrorCode);
        Assert.Equal("bare", error.Message);
        Assert.True(error.RetryableHint);
        Assert.Equal(TimeSpan.FromSeconds(2.5), error.RetryAfter);
    }

    [Fact]
    public void The_error_type_stands_in_for_a_missing_code_and_field_errors_make_a_validation_error()
    {
        var error = new LakeSailErrorParser().Parse(new ErrorResponse(500, null, """{ "error": { "errorType": "validation", "message": "m", "details": { "fieldErrors": { "name": "bad" } } } }"""));

        Assert.Equal("validation", error.ErrorCode);
        Assert.Equal(CloudErrorKind.Validation, error.Kind);
    }

    [Fact]
    public void Without_a_retryable_hint_the_status_decides()
    {
        var parser = new LakeSailErrorParser();

        Assert.True(parser.Parse(new ErrorResponse(503, null, """{ "error": { "message": "m" } }""")).IsRetryable);
        Assert.False(parser.Parse(new ErrorResponse(400, null, """{ "error": { "message": "m" } }""")).IsRetryable);
        Assert.True(parser.Parse(new ErrorResponse(400, null, """{ "error": { "message": "m", "details": { "retryable": true } } }""")).IsRetryable);
    }
}
