using System.Globalization;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Oks;

// Cold start: builds an OKS provider from its constructor, lists clusters and stops at the first answer (the first
// cluster, or the end of an empty list). Prints the wall clock at that moment in Unix nanoseconds, which the caller
// subtracts from its own clock taken just before starting the process.
//   MultiCloudClusters.ColdStart <OKS endpoint> <AccessKey> <SecretKey>
if (args.Length != 3)
{
    await Console.Error.WriteLineAsync("usage: MultiCloudClusters.ColdStart <OKS endpoint> <AccessKey> <SecretKey>").ConfigureAwait(false);
    return 2;
}

var provider = new OksClusterProvider(new OksOptions
{
    Endpoint = new Uri(args[0]),
    AccessKey = args[1],
    SecretKey = args[2],
    UseCliConfiguration = false,
});

var seen = 0;
await foreach (var cluster in provider.ListClustersAsync(new ClusterQuery()).ConfigureAwait(false))
{
    seen += cluster.Id.Length > 0 ? 1 : 0;
    break;
}

var now = DateTimeOffset.UtcNow;
var unixNanoseconds = (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"firstResponseUnixNs={unixNanoseconds} clusters={seen}"));
return 0;
