using System.Diagnostics;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Telemetry;

/// <summary>
/// One span, one log line and one duration measurement per call. Headers are logged (at Trace) only
/// when on the allow-list; paths without their query string.
/// </summary>
internal sealed class TelemetryHandler(string provider, ILogger logger, TimeProvider timeProvider) : DelegatingHandler
{
    /// <summary>Headers whose values may be logged; every other header is left out entirely.</summary>
    internal static readonly HashSet<string> HeaderAllowList = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Content-Type", "Content-Length", "User-Agent", "Date", "Retry-After",
        "x-request-id", "x-amzn-RequestId", "x-amz-request-id", "x-amzn-ErrorType", "x-correlation-id",
    };

    private static readonly string[] RequestIdHeaders = ["x-request-id", "x-amzn-RequestId", "x-amz-request-id", "x-correlation-id"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        var path = RequestPath.Of(request);
        using var activity = ClientTelemetry.ActivitySource.StartActivity($"{provider} {method}", ActivityKind.Client);
        activity?.SetTag("cloud.provider", provider);
        activity?.SetTag("http.request.method", method);
        activity?.SetTag("url.path", path);
        LogHeaders("request", request.Headers);

        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = timeProvider.GetElapsedTime(started);
            var requestId = ServerText.CleanShort(RequestIdHeaders.Select(h => response.Headers.TryGetValues(h, out var v) ? v.FirstOrDefault() : null).FirstOrDefault(v => v is not null));
            var attempts = Attempts(request);
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            activity?.SetTag("multicloudclusters.attempts", attempts);
            LogHeaders("response", response.Headers);
            Log.CallCompleted(logger, provider, method, path, (int)response.StatusCode, elapsed.TotalMilliseconds, attempts, requestId);
            Record(method, (int)response.StatusCode, elapsed);
            return response;
        }
        catch (CloudApiException ex)
        {
            var elapsed = timeProvider.GetElapsedTime(started);
            var attempts = Attempts(request);
            activity?.SetStatus(ActivityStatusCode.Error, ex.ErrorCode ?? ex.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            activity?.SetTag("http.response.status_code", ex.StatusCode);
            activity?.SetTag("multicloudclusters.attempts", attempts);
            Log.CallFailed(logger, provider, method, path, ex.StatusCode, ex.ErrorCode ?? ex.GetType().Name, elapsed.TotalMilliseconds, attempts, ex.RequestId);
            Record(method, ex.StatusCode, elapsed);
            throw;
        }
    }

    private static int Attempts(HttpRequestMessage request) =>
        request.Options.TryGetValue(RequestOptionKeys.Attempts, out var attempts) ? attempts : 1;

    private void Record(string method, int status, TimeSpan elapsed) =>
        ClientTelemetry.CallDuration.Record(
            elapsed.TotalSeconds,
            new("cloud.provider", provider),
            new("http.request.method", method),
            new("http.response.status_code", status));

    private void LogHeaders(string direction, System.Net.Http.Headers.HttpHeaders headers)
    {
        if (!logger.IsEnabled(LogLevel.Trace))
        {
            return;
        }

        foreach (var header in headers)
        {
            if (HeaderAllowList.Contains(header.Key))
            {
                Log.Header(logger, provider, direction, header.Key, ServerText.Clean(string.Join(",", header.Value))!);
            }
        }
    }
}
