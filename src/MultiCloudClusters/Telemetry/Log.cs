using Microsoft.Extensions.Logging;

namespace MultiCloudClusters.Telemetry;

/// <summary>
/// Every log line the library writes. None takes a header value, a body or a query string. A call that succeeds
/// is a Debug line; a failure the caller is expected to handle (a 404) is Debug, another client error
/// Information, and only a failure of the server or the network a Warning. The request id appears only when the
/// provider sent one.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Registration} {Method} {Path} answered {StatusCode} in {ElapsedMs:0} ms after {Attempts} attempt(s)")]
    public static partial void CallCompleted(ILogger logger, string registration, string method, string path, int statusCode, double elapsedMs, int attempts);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "{Registration} {Method} {Path} answered {StatusCode} in {ElapsedMs:0} ms after {Attempts} attempt(s); request id {RequestId}")]
    public static partial void CallCompletedWithRequestId(ILogger logger, string registration, string method, string path, int statusCode, double elapsedMs, int attempts, string requestId);

    [LoggerMessage(EventId = 2, Message = "{Registration} {Method} {Path} failed with {StatusCode} ({ErrorType}) in {ElapsedMs:0} ms after {Attempts} attempt(s)")]
    public static partial void CallFailed(ILogger logger, LogLevel level, string registration, string method, string path, int statusCode, string errorType, double elapsedMs, int attempts);

    [LoggerMessage(EventId = 7, Message = "{Registration} {Method} {Path} failed with {StatusCode} ({ErrorType}) in {ElapsedMs:0} ms after {Attempts} attempt(s); request id {RequestId}")]
    public static partial void CallFailedWithRequestId(ILogger logger, LogLevel level, string registration, string method, string path, int statusCode, string errorType, double elapsedMs, int attempts, string requestId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Registration} {Method} {Path}: attempt {Attempt} got {StatusCode} ({ErrorType}); retrying in {DelayMs:0} ms")]
    public static partial void Retrying(ILogger logger, string registration, string method, string path, int attempt, int statusCode, string errorType, double delayMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Trace, Message = "{Registration} {Direction} header {Name}: {Value}")]
    public static partial void Header(ILogger logger, string registration, string direction, string name, string value);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "{Provider}: waiting for cluster {ClusterId} to reach {Target}; it is {Current}, next look in {DelayMs:0} ms")]
    public static partial void Waiting(ILogger logger, string provider, string clusterId, string target, string current, double delayMs);
}
