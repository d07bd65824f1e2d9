using MultiCloudClusters.Tests.Specs;
using Xunit.Abstractions;

namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// <c>specs/eks.yaml</c> against the AWS service model of EKS (<c>TestData/eks/</c>). Ours describes only the
/// registration subset (RegisterCluster, DeregisterCluster, DescribeCluster, ListClusters), so the model's other
/// operations are not differences; within those four, parameters and members must match exactly.
/// </summary>
public sealed class EksConformanceTests(ITestOutputHelper output)
{
    /// <summary>No difference is kept on purpose: ours follows the model member for member.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>(StringComparer.Ordinal);

    internal static Conformance Check(SpecDocument ours) =>
        new(SurfaceComparer.Compare(OpenApiSurfaceReader.Read(ours), References.Eks, oursCoversPart: true), Allowed);

    [Fact]
    public void Eks_spec_matches_the_AWS_model_for_the_operations_it_describes()
    {
        var conformance = Check(SpecDocument.Load("eks.yaml"));
        output.WriteLine(conformance.Figures);

        conformance.AssertConforms();
        Assert.Equal(4, conformance.Report.Operations);
    }

    [Fact]
    public void Register_tags_keep_the_model_limits()
    {
        // The comparer checks names, types and required; the tag map's size limits matter too: AWS refuses an empty map.
        var tagMap = References.EksModel.GetProperty("shapes").GetProperty("TagMap");
        var tags = (YamlDotNet.RepresentationModel.YamlMappingNode)SpecDocument.Load("eks.yaml").Node("#/components/schemas/RegisterClusterRequest/properties/tags")!;

        Assert.Equal(tagMap.GetProperty("min").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), tags["minProperties"].ToString());
        Assert.Equal(tagMap.GetProperty("max").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), tags["maxProperties"].ToString());
    }
}
