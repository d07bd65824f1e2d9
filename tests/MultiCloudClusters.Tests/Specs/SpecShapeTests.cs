namespace MultiCloudClusters.Tests.Specs;

/// <summary>Rules every provider spec follows, whatever the provider.</summary>
public class SpecShapeTests
{
    /// <summary>The five specs.</summary>
    public static TheoryData<string> Specs => new() { "oks.yaml", "imply.yaml", "ame.yaml", "eks.yaml", "lakesail.yaml" };

    [Theory]
    [MemberData(nameof(Specs))]
    public void Spec_is_openapi_3_0(string file)
    {
        var spec = SpecDocument.Load(file);
        Assert.StartsWith("3.0.", spec.OpenApiVersion, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_reference_resolves(string file)
    {
        var spec = SpecDocument.Load(file);
        var broken = spec.References.Where(r => !spec.Resolves(r)).Distinct().ToList();
        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_operation_has_a_unique_id(string file)
    {
        var operations = SpecDocument.Load(file).Operations;
        Assert.NotEmpty(operations);
        Assert.All(operations, op => Assert.False(string.IsNullOrWhiteSpace(op.Value), $"{op.Key} has no operationId"));
        Assert.Equal(operations.Count, operations.Values.Distinct(StringComparer.Ordinal).Count());
    }
}
