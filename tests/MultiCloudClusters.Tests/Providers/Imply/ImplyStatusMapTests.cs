using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Imply;

namespace MultiCloudClusters.Tests.Providers.Imply;

public sealed class ImplyStatusMapTests
{
    [Theory]
    [InlineData("PENDING", ClusterStatus.Pending)]
    [InlineData("CREATING", ClusterStatus.Provisioning)]
    [InlineData("PROVISIONING", ClusterStatus.Provisioning)]
    [InlineData("STARTING", ClusterStatus.Provisioning)]
    [InlineData("RUNNING", ClusterStatus.Running)]
    [InlineData("UPDATING", ClusterStatus.Updating)]
    [InlineData("UPGRADING", ClusterStatus.Updating)]
    [InlineData("RESTARTING", ClusterStatus.Updating)]
    [InlineData("STOPPING", ClusterStatus.Stopping)]
    [InlineData("STOPPED", ClusterStatus.Stopped)]
    [InlineData("TERMINATING", ClusterStatus.Deleting)]
    [InlineData("DELETING", ClusterStatus.Deleting)]
    [InlineData("TERMINATED", ClusterStatus.Deleted)]
    [InlineData("DELETED", ClusterStatus.Deleted)]
    [InlineData("FAILED", ClusterStatus.Failed)]
    [InlineData("ERROR", ClusterStatus.Failed)]
    [InlineData(" running ", ClusterStatus.Running)]
    [InlineData("A_NEW_STATE", ClusterStatus.Unknown)]
    [InlineData("", ClusterStatus.Unknown)]
    [InlineData(null, ClusterStatus.Unknown)]
    public void Every_raw_state_maps(string? raw, ClusterStatus expected) => Assert.Equal(expected, ImplyStatusMap.Map(raw));

    [Fact]
    public void Every_known_value_is_covered_by_the_theory() => Assert.Equal(16, ImplyStatusMap.Known.Count);

    [Theory]
    [InlineData("RUNNING", "STOPPED", ClusterStatus.Stopping)]
    [InlineData("RUNNING", "STARTED", ClusterStatus.Running)]
    [InlineData("STOPPED", "STARTED", ClusterStatus.Provisioning)]
    [InlineData("STOPPED", "stopped", ClusterStatus.Stopped)]
    [InlineData("UPDATING", "STOPPED", ClusterStatus.Updating)]
    [InlineData(null, "STARTED", ClusterStatus.Unknown)]
    [InlineData(null, "STOPPED", ClusterStatus.Unknown)]
    [InlineData("RUNNING", "SOMETHING", ClusterStatus.Running)]
    public void The_desired_state_refines_a_state_it_disagrees_with(string? state, string? desired, ClusterStatus expected) =>
        Assert.Equal(expected, ImplyStatusMap.Map(state, desired));
}
