using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Eks.Generated;

/// <summary>The generated Eks client, with the library's shared JSON settings.</summary>
public partial class EksApiClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings);
}

/// <summary>The generated Eks exception, recognised by <see cref="ProviderCall"/>.</summary>
public partial class EksApiException : IGeneratedApiException
{
}
