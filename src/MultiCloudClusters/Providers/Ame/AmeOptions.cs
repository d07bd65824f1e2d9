using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// Settings of the Avisi Cloud AME provider. Values left unset here come from the official CLI's
/// environment variables (<c>ACLOUD_TOKEN</c>, <c>ACLOUD_API_ENDPOINT</c>) unless
/// <see cref="UseEnvironmentVariables"/> is false.
/// </summary>
public sealed class AmeOptions
{
    /// <summary>The configuration section name: <c>MultiCloudClusters:Ame</c>.</summary>
    public const string SectionName = "MultiCloudClusters:Ame";

    /// <summary>The public API's address.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.avisi.cloud/");

    /// <summary>
    /// The API host (default <c>https://api.avisi.cloud/</c>, or <c>ACLOUD_API_ENDPOINT</c>). Operation paths
    /// carry <c>/api/v1</c> themselves, so give the bare host. Must be https unless loopback.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The slug of the organisation every call works in (required).</summary>
    public string? Organisation { get; set; }

    /// <summary>The personal access token, sent as <c>Authorization: Token …</c> (required here or in <c>ACLOUD_TOKEN</c>).</summary>
    public string? PersonalAccessToken { get; set; }

    /// <summary>Whether to read <c>ACLOUD_TOKEN</c> and <c>ACLOUD_API_ENDPOINT</c> for values left unset (default true).</summary>
    public bool UseEnvironmentVariables { get; set; } = true;

    /// <summary>Your application's product token (e.g. <c>MyApp/1.2</c>), appended to the <c>User-Agent</c> of every request.</summary>
    public string? ApplicationName { get; set; }

    /// <summary>Retry, timeout and circuit-breaker settings.</summary>
    public ResilienceOptions Resilience { get; set; } = new();

    /// <inheritdoc />
    public override string ToString() =>
        $"AmeOptions(Organisation={Organisation ?? "unset"}, Endpoint={Endpoint?.GetLeftPart(UriPartial.Path) ?? "default"}, token hidden)";
}
