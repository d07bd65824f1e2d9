using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Eks;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary>Every documented EKS error type, in each of the three forms AWS sends it, and the status map.</summary>
public sealed class EksErrorParserTests
{
    private static readonly EksErrorParser Parser = new();

    public static TheoryData<string, int, CloudErrorKind, bool> DocumentedErrors() => new()
    {
        // type, status, kind, retryable
        { "ResourceNotFoundException", 404, CloudErrorKind.NotFound, false },
        { "ResourceInUseException", 409, CloudErrorKind.Conflict, false },
        { "InvalidParameterException", 400, CloudErrorKind.Validation, false },
        { "InvalidRequestException", 400, CloudErrorKind.Validation, false },
        { "AccessDeniedException", 403, CloudErrorKind.Unauthorized, false },
        { "ClientException", 400, CloudErrorKind.Validation, false },
        { "ResourceLimitExceededException", 400, CloudErrorKind.Validation, false },
        { "ResourcePropagationDelayException", 428, CloudErrorKind.Other, true },
        { "ServerException", 500, CloudErrorKind.Other, true },
        { "ServiceUnavailableException", 503, CloudErrorKind.Other, true },
        { "Throttling", 400, CloudErrorKind.Throttled, true },
        { "ThrottlingException", 400, CloudErrorKind.Throttled, true },
        { "TooManyRequestsException", 429, CloudErrorKind.Throttled, true },
        { "RequestLimitExceeded", 503, CloudErrorKind.Throttled, true },
        { "RequestTimeout", 400, CloudErrorKind.Other, true },
        { "RequestTimeoutException", 408, CloudErrorKind.Other, true },
        { "UnrecognizedClientException", 403, CloudErrorKind.Unauthorized, false },
        { "ExpiredTokenException", 403, CloudErrorKind.Unauthorized, false },
    };

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public void Header_form_drops_the_text_after_the_colon(string type, int status, CloudErrorKind kind, bool retryable)
    {
        var error = Parse(status, """{ "message": "it failed" }""", $"{type}:http://internal.amazon.com/coral/com.amazonaws.eks/");

        AssertError(error, type, status, kind, retryable);
    }

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public void Body_type_drops_the_namespace(string type, int status, CloudErrorKind kind, bool retryable)
    {
        var error = Parse(status, $$"""{ "__type": "com.amazonaws.eks#{{type}}", "message": "it failed" }""");

        AssertError(error, type, status, kind, retryable);
    }

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public void Body_code_is_read_when_there_is_no_type(string type, int status, CloudErrorKind kind, bool retryable)
    {
        var error = Parse(status, $$"""{ "code": "{{type}}", "Message": "it failed" }""");

        AssertError(error, type, status, kind, retryable);
    }

    [Fact]
    public void Body_code_wins_over_type_as_botocore_reads_rest_json()
    {
        var error = Parse(400, """{ "__type": "com.amazonaws.eks#ClientException", "code": "InvalidParameterException", "message": "it failed" }""");

        Assert.Equal("InvalidParameterException", error.ErrorCode);
        Assert.Equal(CloudErrorKind.Validation, error.Kind);
    }

    [Fact]
    public void Capitalised_Code_is_read_before_type()
    {
        var error = Parse(404, """{ "__type": "ClientException", "Code": "ResourceNotFoundException" }""");

        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.Equal(CloudErrorKind.NotFound, error.Kind);
    }

    [Theory]
    [InlineData("ThrottlingException", "ThrottlingException")]
    [InlineData("ThrottlingException:http://internal.amazon.com/coral/", "ThrottlingException")]
    [InlineData("com.amazonaws.eks#ThrottlingException", "ThrottlingException")]
    [InlineData("com.amazonaws.eks#ThrottlingException:http://internal.amazon.com/", "ThrottlingException")]
    [InlineData(" : ", null)]
    [InlineData("", null)]
    public void Type_is_the_text_before_the_colon_and_after_the_hash(string value, string? expected) =>
        Assert.Equal(expected, EksErrorParser.TypeFrom(value));

    [Fact]
    public void Header_wins_over_the_body_code()
    {
        var error = Parse(400, """{ "code": "InvalidParameterException", "message": "it failed" }""", "com.amazonaws.eks#ResourceInUseException:x");

        Assert.Equal("ResourceInUseException", error.ErrorCode);
        Assert.Equal(CloudErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public void Header_wins_over_the_body()
    {
        var error = Parse(400, """{ "__type": "ClientException", "message": "it failed" }""", "ThrottlingException");

        Assert.Equal("ThrottlingException", error.ErrorCode);
        Assert.Equal(CloudErrorKind.Throttled, error.Kind);
    }

    [Fact]
    public void Header_alone_with_an_empty_body_still_gives_the_type()
    {
        var error = Parse(404, string.Empty, "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.eks/");

        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.Equal(CloudErrorKind.NotFound, error.Kind);
        Assert.Equal("req-1", error.RequestId);
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_without_a_message_names_the_type()
    {
        var error = Parse(409, """{ "__type": "ResourceInUseException" }""");

        Assert.Equal("ResourceInUseException (HTTP 409)", error.Message);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>", 502)]
    [InlineData("{ not json", 500)]
    [InlineData("[1, 2]", 400)]
    [InlineData("""{ "__type": 42, "message": ["x"] }""", 400)]
    public void Odd_bodies_never_throw_and_keep_the_status(string body, int status)
    {
        var error = Parse(status, body);

        Assert.Equal(status, error.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal("eks", error.Provider);
    }

    [Fact]
    public void Retry_after_header_is_kept()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Retry-After", "3");
        var error = Parser.Parse(new ErrorResponse(429, response.Headers, """{ "__type": "TooManyRequestsException", "message": "slow down" }"""));

        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
    }

    [Fact]
    public void The_pipeline_interface_gets_the_same_answer_as_the_class()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation(EksErrorParser.ErrorTypeHeader, "ResourceNotFoundException:x");
        var viaInterface = ((IProviderErrorParser)Parser).Parse(new ErrorResponse(404, response.Headers, string.Empty));

        Assert.Equal("ResourceNotFoundException", viaInterface.ErrorCode);
    }

    [Theory]
    [InlineData("CREATING", ClusterStatus.Provisioning)]
    [InlineData("ACTIVE", ClusterStatus.Running)]
    [InlineData("DELETING", ClusterStatus.Deleting)]
    [InlineData("FAILED", ClusterStatus.Failed)]
    [InlineData("UPDATING", ClusterStatus.Updating)]
    [InlineData("PENDING", ClusterStatus.Pending)]
    [InlineData("active", ClusterStatus.Running)]
    [InlineData("SOMETHING_NEW", ClusterStatus.Unknown)]
    [InlineData("", ClusterStatus.Unknown)]
    [InlineData(null, ClusterStatus.Unknown)]
    public void Status_maps_to_the_unified_status(string? raw, ClusterStatus expected) => Assert.Equal(expected, EksStatusMap.Map(raw));

    [Fact]
    public void Status_map_lists_every_documented_status()
    {
        Assert.Equal(["ACTIVE", "CREATING", "DELETING", "FAILED", "PENDING", "UPDATING"], EksStatusMap.Known.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1711468800.0, "2024-03-26T16:00:00.0000000+00:00")]
    [InlineData(1711468800.123, "2024-03-26T16:00:00.1230000+00:00")]
    [InlineData(1711468800.5, "2024-03-26T16:00:00.5000000+00:00")]
    [InlineData(0.000001, "1970-01-01T00:00:00.0000010+00:00")]
    public void Epoch_seconds_become_times(double seconds, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EksMapper.EpochTime(seconds, "t"));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e300)]
    public void Unusable_epoch_seconds_are_a_malformed_response(double seconds)
    {
        var ex = Assert.Throws<CloudApiException>(() => EksMapper.EpochTime(seconds, "cluster.createdAt"));
        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("cluster.createdAt", ex.Message, StringComparison.Ordinal);
    }

    private static CloudError Parse(int status, string body, string? headerType = null)
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "req-1");
        if (headerType is not null)
        {
            response.Headers.TryAddWithoutValidation(EksErrorParser.ErrorTypeHeader, headerType);
        }

        return Parser.Parse(new ErrorResponse(status, response.Headers, body));
    }

    private static void AssertError(CloudError error, string type, int status, CloudErrorKind kind, bool retryable)
    {
        Assert.Equal(type, error.ErrorCode);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(retryable, error.IsRetryable);
        Assert.Equal("it failed", error.Message);
        Assert.Equal("req-1", error.RequestId);
        Assert.IsType(ExceptionType(kind), CloudApiException.FromError(error));
    }

    private static Type ExceptionType(CloudErrorKind kind) => kind switch
    {
        CloudErrorKind.NotFound => typeof(CloudNotFoundException),
        CloudErrorKind.Conflict => typeof(CloudConflictException),
        CloudErrorKind.Throttled => typeof(CloudThrottledException),
        CloudErrorKind.Unauthorized => typeof(CloudUnauthorizedException),
        CloudErrorKind.Validation => typeof(CloudValidationException),
        _ => typeof(CloudApiException),
    };
}
