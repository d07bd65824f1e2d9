namespace MultiCloudClusters.Telemetry;

/// <summary>
/// The names under which the library reports: one <see cref="System.Diagnostics.ActivitySource"/> and one
/// <see cref="System.Diagnostics.Metrics.Meter"/>, both called <see cref="Name"/>, with spans and metrics named after
/// OpenTelemetry's HTTP client semantic conventions, plus the attributes below for the provider and the registration.
/// </summary>
public static class ClientTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>MultiCloudClusters</c>.</summary>
    public const string Name = "MultiCloudClusters";

    /// <summary>The histogram of call durations in seconds, retries included: <c>http.client.request.duration</c>.</summary>
    public const string RequestDurationMetric = "http.client.request.duration";

    /// <summary>The counter of attempts repeated after a failure: <c>multicloudclusters.http.client.retries</c>.</summary>
    public const string RetriesMetric = "multicloudclusters.http.client.retries";

    /// <summary>The attribute naming the provider type, e.g. <c>oks</c>: <c>multicloudclusters.provider</c>.</summary>
    public const string ProviderAttribute = "multicloudclusters.provider";

    /// <summary>The attribute naming the registration, e.g. <c>oks-prod</c> (the provider key by default): <c>multicloudclusters.registration</c>.</summary>
    public const string RegistrationAttribute = "multicloudclusters.registration";
}
