using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame.Generated;

/// <summary>The generated Ame client, with the library's shared JSON settings.</summary>
public partial class AmeApiClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings);
}

/// <summary>The generated Ame exception, recognised by <see cref="ProviderCall"/>.</summary>
public partial class AmeApiException : IGeneratedApiException
{
}
