using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// A LakeSail asynchronous operation as the platform sends it: the <c>Native</c> of a <see cref="CloudOperation"/>.
/// Timestamps are the platform's text; <see cref="CloudOperation"/> carries them parsed.
/// </summary>
public sealed class LakeSailOperation : ProviderResult
{
    /// <summary>The operation id.</summary>
    public required string Id { get; init; }

    /// <summary>The organisation the work runs for.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The member who started it.</summary>
    public string? MemberId { get; init; }

    /// <summary>The kind of work, e.g. <c>connection.syncTemplate</c>.</summary>
    public string? Operation { get; init; }

    /// <summary>The state, e.g. <c>pending</c>, <c>running</c>, <c>succeeded</c>, <c>failed</c> (not a closed list).</summary>
    public string? Status { get; init; }

    /// <summary>The outcome on success; its shape depends on the kind of work.</summary>
    public JsonElement? Result { get; init; }

    /// <summary>What went wrong, when something did.</summary>
    public LakeSailOperationError? Error { get; init; }

    /// <summary>How far it has come.</summary>
    public LakeSailOperationProgress? Progress { get; init; }

    /// <summary>The kind of resource the work acts on.</summary>
    public string? ResourceType { get; init; }

    /// <summary>The id of that resource.</summary>
    public string? ResourceId { get; init; }

    /// <summary>When it was created.</summary>
    public string? CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public string? UpdatedAt { get; init; }

    /// <summary>When it started.</summary>
    public string? StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public string? CompletedAt { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailOperation({ServerText.CleanShort(Id)}, {ServerText.CleanShort(Operation)}, {ServerText.CleanShort(Status)})";
}
