// Hooks into the NSwag-generated clients of every provider, one line each: the shared JSON settings with the
// provider's source-generated context (written by the build beside the client), and the marker interface
// that lets ProviderCall recognise each generated exception type.
// (Partial declarations of generated types; they live together so no provider can miss one.)

// The types are the generated clients and exceptions, documented where they are generated.
#pragma warning disable CS1591

using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks.Generated
{
    partial class OksApiClient { static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings, OksJsonContext.Default); }

    partial class OksApiException : IGeneratedApiException;
}

namespace MultiCloudClusters.Providers.Imply.Generated
{
    partial class ImplyApiClient { static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings, ImplyJsonContext.Default); }

    partial class ImplyApiException : IGeneratedApiException;
}

namespace MultiCloudClusters.Providers.Ame.Generated
{
    partial class AmeApiClient { static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings, AmeJsonContext.Default); }

    partial class AmeApiException : IGeneratedApiException;
}

namespace MultiCloudClusters.Providers.Eks.Generated
{
    partial class EksApiClient { static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings, EksJsonContext.Default); }

    partial class EksApiException : IGeneratedApiException;
}

namespace MultiCloudClusters.Providers.LakeSail.Generated
{
    partial class LakeSailApiClient { static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => GeneratedClientJson.Configure(settings, LakeSailJsonContext.Default); }

    partial class LakeSailApiException : IGeneratedApiException;
}
