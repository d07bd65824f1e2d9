using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Ame;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>Every raw AME status maps to the unified one; anything else is Unknown, never an error.</summary>
public sealed class AmeStatusMapTests
{
    public static TheoryData<string, ClusterStatus> Statuses() => new()
    {
        { "new", ClusterStatus.Pending },
        { "provisioning", ClusterStatus.Provisioning },
        { "provisioned", ClusterStatus.Provisioning },
        { "starting", ClusterStatus.Provisioning },
        { "started", ClusterStatus.Running },
        { "running", ClusterStatus.Running },
        { "stopping", ClusterStatus.Stopping },
        { "stopped", ClusterStatus.Stopped },
        { "deleting", ClusterStatus.Deleting },
        { "deleted", ClusterStatus.Deleted },
        { "unknown", ClusterStatus.Unknown },
        { "hibernating", ClusterStatus.Unknown },
        { "", ClusterStatus.Unknown },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Each_raw_status_maps(string raw, ClusterStatus expected)
    {
        Assert.Equal(expected, AmeStatusMap.Map(raw));
        Assert.Equal(expected, AmeStatusMap.Map(" " + raw.ToUpperInvariant() + " "));
    }

    [Fact]
    public void A_missing_status_is_unknown() => Assert.Equal(ClusterStatus.Unknown, AmeStatusMap.Map(null));

    [Fact]
    public void The_table_holds_every_documented_status()
    {
        string[] documented = ["new", "provisioning", "provisioned", "starting", "started", "stopping", "stopped", "deleting", "deleted", "unknown"];
        Assert.All(documented, s => Assert.True(AmeStatusMap.Known.ContainsKey(s), s));
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task The_provider_reports_the_mapped_status_and_keeps_the_raw_one(string raw, ClusterStatus expected)
    {
        using var wire = new AmeWire();
        wire.Respond(200, AmeSamples.Cluster(status: raw));

        var cluster = await wire.Provider.GetClusterAsync("production/production-eu");

        Assert.Equal(expected, cluster.Status);
        Assert.Equal(raw, cluster.RawStatus);
    }
}
