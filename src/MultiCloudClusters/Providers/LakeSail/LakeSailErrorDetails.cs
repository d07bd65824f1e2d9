using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// Extra facts about a LakeSail error.
/// </summary>
public sealed class LakeSailErrorDetails
{
    /// <summary>Whether trying again may succeed (the platform's word).</summary>
    public bool? Retryable { get; init; }

    /// <summary>The suggested wait before retrying, in seconds (the unit is not documented).</summary>
    public double? RetryAfter { get; init; }

    /// <summary>A validation message per request field (empty when none).</summary>
    public IReadOnlyDictionary<string, string> FieldErrors { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>The platform's request id.</summary>
    public string? RequestId { get; init; }

    /// <summary>The underlying cause, when known.</summary>
    public string? CausedBy { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailErrorDetails(retryable: {Retryable?.ToString() ?? "unknown"}, {FieldErrors.Count} field error(s))";
}
