using MultiCloudClusters.Benchmarks.Baseline;
using MultiCloudClusters.Benchmarks.Server;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Benchmarks;

/// <summary>The library side: providers built through their public constructors, pointed at the bench server.</summary>
internal static class LibraryProviders
{
    public const string AmeOrganisation = "bench";
    public const string AmeSlowOrganisation = "slow";

    public static OksClusterProvider Oks(BenchServer server) => new(new OksOptions
    {
        Endpoint = server.Oks,
        AccessKey = RawClients.OksAccessKey,
        SecretKey = RawClients.OksSecretKey,
        UseCliConfiguration = false,
    });

    public static EksClusterProvider Eks(BenchServer server) => new(new EksOptions
    {
        Endpoint = server.Eks,
        Region = RawClients.EksRegion,
        AccessKeyId = RawClients.EksCredentials.AccessKeyId,
        SecretAccessKey = RawClients.EksCredentials.SecretAccessKey,
        UseSdkDefaults = false,
    });

    public static LakeSailConnectionProvider LakeSail(BenchServer server) => new(new LakeSailOptions
    {
        Endpoint = server.LakeSail,
        ApiToken = RawClients.LakeSailToken,
        UseEnvironment = false,
    });

    public static AmeClusterProvider Ame(BenchServer server, string organisation = AmeOrganisation) => new(new AmeOptions
    {
        Endpoint = server.Ame,
        Organisation = organisation,
        PersonalAccessToken = RawClients.AmeToken,
        UseEnvironmentVariables = false,
    });

    public static ImplyClusterProvider Imply(BenchServer server) => new(new ImplyOptions
    {
        Endpoint = server.Imply,
        AccessToken = "imply-bench-token",
    });
}
