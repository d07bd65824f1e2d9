using MultiCloudClusters.Tests.Specs;
using Xunit.Abstractions;

namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// <c>specs/oks.yaml</c> against OUTSCALE's own OpenAPI description of OKS (<c>TestData/oks/</c>): every operation,
/// parameter and request/response member must match by name, location, type and required, except the differences
/// listed below with their reason.
/// </summary>
public sealed class OksConformanceTests(ITestOutputHelper output)
{
    /// <summary>Differences kept on purpose. Each line is exactly what the comparer reports.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The older API generation (the seed's documentation) returns the cluster name with the kubeconfig and a
        // suggested name and control-plane Subregions in the cluster template; OUTSCALE's newest description no longer
        // lists them. They stay optional in ours so that answers of both generations parse (x-assumption on Cluster).
        ["GET /clusters/{cluster_id}/kubeconfig response Cluster.data.name: only in ours"] = "older API generation",
        ["POST /clusters/{cluster_id}/kubeconfig response Cluster.data.name: only in ours"] = "older API generation",
        ["GET /templates/cluster response Template.name: only in ours"] = "older API generation",
        ["GET /templates/cluster response Template.cp_subregions: only in ours"] = "older API generation",

        // OUTSCALE answers CreateEimUser with one of two bodies (anyOf: the user in clear, or Data sealed with NaCl).
        // A generated client cannot hold an anyOf, so ours merges both into one object with every member optional
        // (x-assumption on EimUserCreateResponse).
        ["POST /projects/{project_id}/eim_users response (body): type ours object, reference any"] = "anyOf merged into one object",
    };

    /// <summary>
    /// The one policy: a response member the reference marks required may be optional in ours. A generated client
    /// does not enforce "required" when reading, but NSwag initialises a required object member with an empty object,
    /// which would hide a missing envelope (<c>Cluster</c>, <c>Project</c>, …) that the provider now reports as a
    /// malformed response. So answers are read tolerantly. The other way round (ours stricter than the reference),
    /// and required in requests and parameters, is always a difference.
    /// </summary>
    internal static readonly (Func<Difference, bool> Accepts, string Why) ResponsesReadTolerantly =
        (d => d.Where.Contains(" response ", StringComparison.Ordinal) && d.What == "required ours no, reference yes",
         "response members are read tolerantly");

    internal static Conformance Check(SpecDocument ours) =>
        new(SurfaceComparer.Compare(OpenApiSurfaceReader.Read(ours), References.Oks), Allowed, ResponsesReadTolerantly);

    [Fact]
    public void Oks_spec_matches_OUTSCALEs_description()
    {
        var conformance = Check(SpecDocument.Load("oks.yaml"));
        output.WriteLine(conformance.Figures);

        conformance.AssertConforms();
        Assert.Equal(33, conformance.Report.Operations); // every operation OUTSCALE publishes, none missing or extra
    }

    [Fact]
    public void Request_bodies_and_parameters_match_exactly()
    {
        var report = Check(SpecDocument.Load("oks.yaml")).Report;

        Assert.DoesNotContain(report.Differences, d => d.Where.Contains(" request ", StringComparison.Ordinal) || d.Where.Contains(" parameter ", StringComparison.Ordinal));
    }
}
