using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Http;

/// <summary>
/// JSON settings every generated client uses: optional members left unset are not sent (a server may
/// read <c>null</c> as "clear this"), and member names match case-insensitively (AWS sends both
/// <c>message</c> and <c>Message</c>).
/// </summary>
internal static class GeneratedClientJson
{
    public static void Configure(JsonSerializerOptions settings)
    {
        settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        settings.PropertyNameCaseInsensitive = true;
    }
}
