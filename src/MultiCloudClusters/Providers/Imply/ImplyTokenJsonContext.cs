using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>Source-generated JSON metadata for the token answer, so the Refit client needs no reflection.</summary>
[JsonSerializable(typeof(ImplyTokenResponse))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ImplyTokenJsonContext : JsonSerializerContext
{
}
