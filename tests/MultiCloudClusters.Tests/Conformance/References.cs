using System.Text.Json;
using MultiCloudClusters.Tests.Specs;

namespace MultiCloudClusters.Tests.Conformance;

/// <summary>The published descriptions kept under <c>TestData/</c> (see the SOURCE.md beside each), read once.</summary>
internal static class References
{
    private static readonly Lazy<ApiSurface> OksSurface = new(() => OpenApiSurfaceReader.Read(SpecDocument.LoadFile(File("oks", "oks.yaml"))));

    private static readonly Lazy<JsonDocument> EksDocument = new(() => JsonDocument.Parse(System.IO.File.ReadAllBytes(File("eks", "service-2.json"))));

    private static readonly Lazy<ApiSurface> EksSurface = new(() => AwsModelSurfaceReader.Read("eks/service-2.json", EksModel));

    /// <summary>OUTSCALE's OpenAPI description of OKS.</summary>
    public static ApiSurface Oks => OksSurface.Value;

    /// <summary>The AWS service model of EKS.</summary>
    public static ApiSurface Eks => EksSurface.Value;

    /// <summary>The AWS service model of EKS as JSON, for what the surface does not carry (e.g. size limits).</summary>
    public static JsonElement EksModel => EksDocument.Value.RootElement;

    private static string File(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "TestData", folder, name);
}
