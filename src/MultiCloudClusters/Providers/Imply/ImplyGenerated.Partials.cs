using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Imply.Generated;

/// <summary>The generated Imply client, with the library's shared JSON settings.</summary>
public partial class ImplyApiClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings);
}

/// <summary>The generated Imply exception, recognised by <see cref="ProviderCall"/>.</summary>
public partial class ImplyApiException : IGeneratedApiException
{
}
