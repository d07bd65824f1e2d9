using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>The managed database that holds Druid's metadata (<c>spec.metadataStore</c>).</summary>
public sealed class ImplyMetadataStore
{
    /// <summary>The database machine type, e.g. <c>db.t3.small</c> (<c>instanceType</c>).</summary>
    [JsonPropertyName("instanceType")]
    public string? InstanceType { get; set; }

    /// <summary>The disk size in GB, 1 or more (<c>diskSize</c>).</summary>
    [JsonPropertyName("diskSize")]
    public int? DiskSize { get; set; }

    /// <summary>How many days backups are kept, 0 or more (<c>backupRetention</c>).</summary>
    [JsonPropertyName("backupRetention")]
    public int? BackupRetention { get; set; }

    /// <summary>Whether the database is encrypted (<c>encrypt</c>).</summary>
    [JsonPropertyName("encrypt")]
    public bool? Encrypt { get; set; }

    /// <summary>Members the API sent that this type does not know; sent back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
