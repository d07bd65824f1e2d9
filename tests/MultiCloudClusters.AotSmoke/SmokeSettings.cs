using Microsoft.Extensions.Configuration;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.AotSmoke;

/// <summary>
/// Where the five APIs are and how to sign in: the library's own configuration section, <c>MultiCloudClusters</c>,
/// read from environment variables as any application would (<c>MultiCloudClusters__Oks__Endpoint</c>,
/// <c>MultiCloudClusters__Oks__AccessKey</c>, …; run.sh sets them from the emulator tool's --print-config env).
/// </summary>
internal sealed class SmokeSettings(IConfigurationSection section)
{
    /// <summary>The configuration keys of each provider's section, in display order.</summary>
    public static readonly string[] Providers = ["Oks", "Imply", "Ame", "Eks", "LakeSail"];

    /// <summary>
    /// Every provider ignores what this machine holds for it (the OKS CLI's files, AWS profiles, tokens in
    /// environment variables): only what is configured here counts.
    /// </summary>
    private static readonly Dictionary<string, string?> Isolated = new()
    {
        ["MultiCloudClusters:Oks:UseCliConfiguration"] = "false",
        ["MultiCloudClusters:Ame:UseEnvironmentVariables"] = "false",
        ["MultiCloudClusters:Eks:UseSdkDefaults"] = "false",
        ["MultiCloudClusters:LakeSail:UseEnvironment"] = "false",
    };

    /// <summary>The <c>MultiCloudClusters</c> section.</summary>
    public IConfigurationSection Section { get; } = section;

    /// <summary>Reads the environment, over the isolating defaults.</summary>
    public static SmokeSettings FromEnvironment() =>
        new(new ConfigurationBuilder().AddInMemoryCollection(Isolated).AddEnvironmentVariables().Build().GetSection("MultiCloudClusters"));

    /// <summary>The providers whose section names no endpoint.</summary>
    public IEnumerable<string> MissingEndpoints() => Providers.Where(p => string.IsNullOrEmpty(Section[$"{p}:Endpoint"]));

    /// <summary>Fills OKS options in code from the section's values (no binder involved).</summary>
    public void Fill(OksOptions o) =>
        (o.Endpoint, o.AccessKey, o.SecretKey, o.UseCliConfiguration) = (Url("Oks:Endpoint"), Section["Oks:AccessKey"], Section["Oks:SecretKey"], false);

    /// <summary>Fills Imply options in code (the OAuth client-credentials grant).</summary>
    public void Fill(ImplyOptions o) =>
        (o.Endpoint, o.ClientId, o.ClientSecret, o.TokenEndpoint) = (Url("Imply:Endpoint"), Section["Imply:ClientId"], Section["Imply:ClientSecret"], Url("Imply:TokenEndpoint"));

    /// <summary>Fills AME options in code.</summary>
    public void Fill(AmeOptions o) =>
        (o.Endpoint, o.Organisation, o.PersonalAccessToken, o.UseEnvironmentVariables) = (Url("Ame:Endpoint"), Section["Ame:Organisation"], Section["Ame:PersonalAccessToken"], false);

    /// <summary>Fills EKS options in code.</summary>
    public void Fill(EksOptions o) =>
        (o.Endpoint, o.Region, o.AccessKeyId, o.SecretAccessKey, o.UseSdkDefaults) = (Url("Eks:Endpoint"), Section["Eks:Region"], Section["Eks:AccessKeyId"], Section["Eks:SecretAccessKey"], false);

    /// <summary>Fills LakeSail options in code.</summary>
    public void Fill(LakeSailOptions o) =>
        (o.Endpoint, o.ApiToken, o.UseEnvironment) = (Url("LakeSail:Endpoint") ?? LakeSailOptions.DefaultEndpoint, Section["LakeSail:ApiToken"], false);

    /// <summary>The four cluster providers and LakeSail, each built with its public constructor.</summary>
    public (IReadOnlyList<IClusterProvider> Clusters, IConnectionProvider Connections) Construct() =>
        ([
            new OksClusterProvider(Filled<OksOptions>(Fill)),
            new ImplyClusterProvider(Filled<ImplyOptions>(Fill)),
            new AmeClusterProvider(Filled<AmeOptions>(Fill)),
            new EksClusterProvider(Filled<EksOptions>(Fill)),
        ],
        new LakeSailConnectionProvider(Filled<LakeSailOptions>(Fill)));

    private static T Filled<T>(Action<T> fill)
        where T : new()
    {
        var options = new T();
        fill(options);
        return options;
    }

    private Uri? Url(string key) => Section[key] is { Length: > 0 } value ? new Uri(value) : null;
}
