using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// The wanted configuration of an Imply cluster (<c>spec</c>): what a create sends, what an update changes,
/// what an overwrite replaces, and what the server answers with.
/// </summary>
/// <remarks>
/// <para>A member left null is absent: not sent on create, left as stored on an update (a JSON merge patch),
/// and not given by the server in an answer. Lists are therefore null when absent rather than empty (an empty
/// list sent on an update replaces the stored one with nothing).</para>
/// <para>The members carry their wire names, so a spec reads from and writes to JSON with
/// <see cref="JsonSerializer"/> as the API spells it (e.g. a spec kept in source control).</para>
/// </remarks>
public sealed class ImplyClusterSpec
{
    /// <summary>The Imply release, e.g. <c>2021.06</c> (<c>version</c>).</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>The wanted run state, <c>STARTED</c> or <c>STOPPED</c> (<c>desiredState</c>).</summary>
    [JsonPropertyName("desiredState")]
    public string? DesiredState { get; set; }

    /// <summary>The IAM instance role the cluster's machines run with (<c>awsInstanceRole</c>).</summary>
    [JsonPropertyName("awsInstanceRole")]
    public string? AwsInstanceRole { get; set; }

    /// <summary>The name of the EC2 key pair put on the cluster's machines (<c>awsKeyPair</c>).</summary>
    [JsonPropertyName("awsKeyPair")]
    public string? AwsKeyPair { get; set; }

    /// <summary>Extra AWS tags for the cluster's resources (<c>awsTags</c>); the unified tags of a cluster.</summary>
    [JsonPropertyName("awsTags")]
    public IList<ImplyNameValue>? AwsTags { get; set; }

    /// <summary>Whether machine disks are encrypted (<c>encryptVolumes</c>).</summary>
    [JsonPropertyName("encryptVolumes")]
    public bool? EncryptVolumes { get; set; }

    /// <summary>Druid runtime properties of every server (<c>commonRuntimeProperties</c>).</summary>
    [JsonPropertyName("commonRuntimeProperties")]
    public IList<ImplyNameValue>? CommonRuntimeProperties { get; set; }

    /// <summary>The master tier (<c>master</c>).</summary>
    [JsonPropertyName("master")]
    public ImplyMasterConfiguration? Master { get; set; }

    /// <summary>The query tier (<c>query</c>).</summary>
    [JsonPropertyName("query")]
    public ImplyQueryConfiguration? Query { get; set; }

    /// <summary>The data servers and tiers (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    public ImplyDataConfiguration? Data { get; set; }

    /// <summary>The metadata database (<c>metadataStore</c>).</summary>
    [JsonPropertyName("metadataStore")]
    public ImplyMetadataStore? MetadataStore { get; set; }

    /// <summary>How Pivot is reached (<c>pivot</c>).</summary>
    [JsonPropertyName("pivot")]
    public ImplyPivotAccess? Pivot { get; set; }

    /// <summary>Long-term segment storage (<c>deepStorage</c>).</summary>
    [JsonPropertyName("deepStorage")]
    public ImplyDeepStorage? DeepStorage { get; set; }

    /// <summary>Extra Druid extensions to load, by name (<c>druidExtensions</c>).</summary>
    [JsonPropertyName("druidExtensions")]
    public IList<string>? DruidExtensions { get; set; }

    /// <summary>Feature flags switched on, by name (<c>featureFlags</c>).</summary>
    [JsonPropertyName("featureFlags")]
    public IList<string>? FeatureFlags { get; set; }

    /// <summary>Custom files placed on the servers (<c>customFiles</c>).</summary>
    [JsonPropertyName("customFiles")]
    public IList<ImplyCustomFile>? CustomFiles { get; set; }

    /// <summary>Members the API sent that this type does not know; sent back as they are (and sent when set here).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
