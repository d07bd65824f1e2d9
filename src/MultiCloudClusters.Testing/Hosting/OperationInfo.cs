namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>Endpoint metadata: the spec's operationId and whether the caller must authenticate.</summary>
internal sealed record OperationInfo(string Name, bool RequiresAuth = true);
