// Hooks into the NSwag-generated clients of every provider, one line each: the shared JSON settings,
// and the marker interface that lets ProviderCall recognise each generated exception type.
// (Partial declarations of generated types; they live together so no provider can miss one.)

// The types are the generated clients and exceptions, documented where they are generated.
#pragma warning disable CS1591

using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks.Generated
{
    public partial class OksApiClient { static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings); }

    public partial class OksApiException : IGeneratedApiException;
}

namespace MultiCloudClusters.Providers.Imply.Generated
{
    public partial class ImplyApiClient { static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings); }

    public partial class ImplyApiException : IGeneratedApiException;
}

namespace MultiCloudClusters.Providers.Ame.Generated
{
    public partial class AmeApiClient { static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings); }

    public partial class AmeApiException : IGeneratedApiException;
}

namespace MultiCloudClusters.Providers.Eks.Generated
{
    public partial class EksApiClient { static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings); }

    public partial class EksApiException : IGeneratedApiException;
}

namespace MultiCloudClusters.Providers.LakeSail.Generated
{
    public partial class LakeSailApiClient { static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings); }

    public partial class LakeSailApiException : IGeneratedApiException;
}
