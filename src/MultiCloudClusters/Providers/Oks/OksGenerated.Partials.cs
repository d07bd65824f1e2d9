using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks.Generated;

/// <summary>The generated Oks client, with the library's shared JSON settings.</summary>
public partial class OksApiClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings);
}

/// <summary>The generated Oks exception, recognised by <see cref="ProviderCall"/>.</summary>
public partial class OksApiException : IGeneratedApiException
{
}
