using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>A token endpoint's answer (RFC 6749 §5.1). <see cref="ToString"/> hides the token.</summary>
internal sealed class ImplyTokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    /// <summary>Lifetime in seconds; some servers send it as a string.</summary>
    [JsonPropertyName("expires_in")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? ExpiresIn { get; set; }

    public override string ToString() => $"ImplyTokenResponse({TokenType ?? "no type"}, expires in {ExpiresIn?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} s, token hidden)";
}
