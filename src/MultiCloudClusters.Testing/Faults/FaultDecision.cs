namespace MultiCloudClusters.Emulator.Faults;

/// <summary>What the injector decided for one request: a delay, and at most one failing rule.</summary>
internal readonly record struct FaultDecision(TimeSpan Delay, FaultRule? Failure);
