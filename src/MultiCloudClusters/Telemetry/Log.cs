using Microsoft.Extensions.Logging;

namespace MultiCloudClusters.Telemetry;

/// <summary>Every log line the library writes. None takes a header value, a body or a query string.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Provider} {Method} {Path} answered {StatusCode} in {ElapsedMs:0} ms after {Attempts} attempt(s); request id {RequestId}")]
    public static partial void CallCompleted(ILogger logger, string provider, string method, string path, int statusCode, double elapsedMs, int attempts, string? requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Provider} {Method} {Path} failed with {StatusCode} ({ErrorType}) in {ElapsedMs:0} ms after {Attempts} attempt(s); request id {RequestId}")]
    public static partial void CallFailed(ILogger logger, string provider, string method, string path, int statusCode, string errorType, double elapsedMs, int attempts, string? requestId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Provider} {Method} {Path}: attempt {Attempt} got {StatusCode} (exception {Exception}); retrying in {DelayMs:0} ms")]
    public static partial void Retrying(ILogger logger, string provider, string method, string path, int attempt, int statusCode, string exception, double delayMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Trace, Message = "{Provider} {Direction} header {Name}: {Value}")]
    public static partial void Header(ILogger logger, string provider, string direction, string name, string value);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "{Provider}: waiting for cluster {ClusterId} to reach {Target}; it is {Current}, next look in {DelayMs:0} ms")]
    public static partial void Waiting(ILogger logger, string provider, string clusterId, string target, string current, double delayMs);
}
