using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail.Generated;

/// <summary>The generated LakeSail client, with the library's shared JSON settings.</summary>
public partial class LakeSailApiClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings);
}

/// <summary>The generated LakeSail exception, recognised by <see cref="ProviderCall"/>.</summary>
public partial class LakeSailApiException : IGeneratedApiException
{
}
