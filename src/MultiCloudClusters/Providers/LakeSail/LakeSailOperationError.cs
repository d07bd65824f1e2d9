using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// What went wrong in a LakeSail operation, as the platform sends it.
/// </summary>
public sealed class LakeSailOperationError
{
    /// <summary>The machine-readable error code.</summary>
    public string? Code { get; init; }

    /// <summary>The platform's explanation.</summary>
    public string? Message { get; init; }

    /// <summary>The category of the error.</summary>
    public string? ErrorType { get; init; }

    /// <summary>Extra facts about the error.</summary>
    public LakeSailErrorDetails? Details { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailOperationError({ServerText.CleanShort(Code)}, {ServerText.CleanShort(ErrorType)})";
}
