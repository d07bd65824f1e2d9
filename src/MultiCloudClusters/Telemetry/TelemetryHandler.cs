using System.Diagnostics;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Telemetry;

/// <summary>
/// One span, one log line and one duration measurement per call (all attempts included), named after
/// OpenTelemetry's HTTP client conventions: span <c>{method}</c> of kind client, <c>http.request.method</c>,
/// <c>server.address</c>, <c>server.port</c>, <c>url.full</c> (without its query), <c>http.response.status_code</c>,
/// <c>error.type</c>, plus the provider and registration attributes. The per-attempt spans of
/// <see cref="HttpClient"/> itself, when something listens to them, are children of this one.
/// Headers are logged (at Trace) only when on the allow-list. The request id of a successful answer also goes to the
/// calling method's <see cref="RequestIdCapture"/>, which puts it on the results.
/// </summary>
internal sealed class TelemetryHandler(ProviderTelemetry telemetry, TimeProvider timeProvider) : DelegatingHandler
{
    /// <summary>Headers whose values may be logged; every other header is left out entirely.</summary>
    internal static readonly HashSet<string> HeaderAllowList = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Content-Type", "Content-Length", "User-Agent", "Date", "Retry-After",
        "x-request-id", "x-amzn-RequestId", "x-amz-request-id", "x-amzn-ErrorType", "x-correlation-id",
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        using var activity = ClientInstruments.ActivitySource.StartActivity(method, ActivityKind.Client);

        // The attributes (host and port strings, a boxed port) only when a span or the duration metric is listened to.
        var measured = activity is not null || telemetry.Instruments.RequestDuration.Enabled;
        var tags = measured ? telemetry.Tags(request) : default;
        if (activity is not null)
        {
            foreach (var tag in tags)
            {
                activity.SetTag(tag.Key, tag.Value);
            }

            activity.SetTag("url.full", WithoutQuery(request.RequestUri));
        }

        LogHeaders("request", request.Headers);
        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = timeProvider.GetElapsedTime(started);
            var status = (int)response.StatusCode;
            var requestId = RequestIdHeaders.Read(response.Headers);
            RequestIdCapture.RecordHeader(requestId); // for the result the calling method returns
            var attempts = Attempts(request);
            activity?.SetTag("http.response.status_code", status);
            SetAttempts(activity, attempts);
            activity?.SetTag("multicloudclusters.request_id", requestId);
            LogHeaders("response", response.Headers);
            if (telemetry.Logger.IsEnabled(LogLevel.Debug))
            {
                var path = RequestPath.Of(request);
                if (requestId is null)
                {
                    Log.CallCompleted(telemetry.Logger, telemetry.Registration, method, path, status, elapsed.TotalMilliseconds, attempts);
                }
                else
                {
                    Log.CallCompletedWithRequestId(telemetry.Logger, telemetry.Registration, method, path, status, elapsed.TotalMilliseconds, attempts, requestId);
                }
            }

            if (measured || telemetry.Instruments.RequestDuration.Enabled)
            {
                tags = measured ? tags : telemetry.Tags(request); // a listener that came during the call
                tags.Add("http.response.status_code", status);
                telemetry.Instruments.RequestDuration.Record(elapsed.TotalSeconds, tags);
            }

            return response;
        }
        catch (Exception ex)
        {
            var elapsed = timeProvider.GetElapsedTime(started);
            var attempts = Attempts(request);
            var errorType = ProviderTelemetry.ErrorType(ex);
            tags = measured ? tags : telemetry.Tags(request);
            activity?.SetStatus(ActivityStatusCode.Error, errorType);
            activity?.SetTag("error.type", errorType);
            SetAttempts(activity, attempts);
            tags.Add("error.type", errorType);
            if (ex is CloudApiException api)
            {
                activity?.SetTag("multicloudclusters.request_id", api.RequestId);
                if (api.StatusCode > 0)
                {
                    activity?.SetTag("http.response.status_code", api.StatusCode);
                    tags.Add("http.response.status_code", api.StatusCode);
                }

                LogFailure(api, method, request, elapsed, attempts);
            }

            telemetry.Instruments.RequestDuration.Record(elapsed.TotalSeconds, tags);
            throw;
        }
    }

    /// <summary>
    /// How loud a failure is: a 404 is often what the caller expects (a wait for deletion, a listing that meets a
    /// cluster deleted meanwhile), so Debug; another refusal of the request is the caller's to handle, so
    /// Information; a server or network failure that outlived the retries is a Warning.
    /// </summary>
    internal static LogLevel LevelOf(CloudApiException exception) => exception.StatusCode switch
    {
        404 => LogLevel.Debug,
        >= 400 and < 500 => LogLevel.Information,
        _ => LogLevel.Warning,
    };

    private static int Attempts(HttpRequestMessage request) =>
        request.Options.TryGetValue(RequestOptionKeys.Attempts, out var attempts) ? attempts : 1;

    private static void SetAttempts(Activity? activity, int attempts)
    {
        activity?.SetTag("multicloudclusters.attempts", attempts);
        if (attempts > 1)
        {
            activity?.SetTag("http.request.resend_count", attempts - 1);
        }
    }

    private static string? WithoutQuery(Uri? uri) =>
        uri is { IsAbsoluteUri: true } ? uri.GetComponents(UriComponents.Scheme | UriComponents.Host | UriComponents.Port | UriComponents.Path, UriFormat.UriEscaped) : null;

    private void LogFailure(CloudApiException ex, string method, HttpRequestMessage request, TimeSpan elapsed, int attempts)
    {
        var level = LevelOf(ex);
        if (!telemetry.Logger.IsEnabled(level))
        {
            return;
        }

        var errorType = ex.ErrorCode ?? ex.GetType().Name;
        var path = RequestPath.Of(request);
        if (ex.RequestId is { Length: > 0 } requestId)
        {
            Log.CallFailedWithRequestId(telemetry.Logger, level, telemetry.Registration, method, path, ex.StatusCode, errorType, elapsed.TotalMilliseconds, attempts, requestId);
        }
        else
        {
            Log.CallFailed(telemetry.Logger, level, telemetry.Registration, method, path, ex.StatusCode, errorType, elapsed.TotalMilliseconds, attempts);
        }
    }

    private void LogHeaders(string direction, System.Net.Http.Headers.HttpHeaders headers)
    {
        if (!telemetry.Logger.IsEnabled(LogLevel.Trace))
        {
            return;
        }

        foreach (var header in headers)
        {
            if (HeaderAllowList.Contains(header.Key))
            {
                Log.Header(telemetry.Logger, telemetry.Registration, direction, header.Key, ServerText.Clean(string.Join(",", header.Value))!);
            }
        }
    }
}
