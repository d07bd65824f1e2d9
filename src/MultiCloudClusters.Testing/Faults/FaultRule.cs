namespace MultiCloudClusters.Emulator.Faults;

/// <summary>
/// One fault to inject: which requests it applies to, how often, and what happens. Faults are decided
/// before the request is applied (a retried create is never a duplicate) unless <see cref="AfterApply"/> is set.
/// </summary>
public sealed class FaultRule
{
    /// <summary>The provider it applies to; <see langword="null"/> for every provider.</summary>
    public EmulatedProvider? Provider { get; init; }

    /// <summary>
    /// The operation it applies to, named by the spec's operationId (for example <c>CreateCluster</c>,
    /// <c>RegisterCluster</c>, <c>SyncConnectionTemplate</c>, or <c>Token</c> for Imply's token endpoint);
    /// <see langword="null"/> for every operation.
    /// </summary>
    public string? Operation { get; init; }

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; init; }

    /// <summary>Share of matching requests that get the fault, from 0 to 1 (default 1: every one).</summary>
    public double Rate { get; init; } = 1.0;

    /// <summary>The wait announced with 429 and 503 answers (header <c>Retry-After</c>, whole seconds rounded up).</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>When true, no <c>Retry-After</c> header is sent (LakeSail still carries <c>retryAfter</c> in the body).</summary>
    public bool OmitRetryAfterHeader { get; init; }

    /// <summary>How long a <see cref="FaultKind.SlowResponse"/> waits.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>
    /// When true, the request is applied first and its successful answer is then replaced by the fault:
    /// use it to check that clients do not blindly retry non-idempotent creates.
    /// </summary>
    public bool AfterApply { get; init; }

    /// <summary>The most times this rule fires; <see langword="null"/> for no limit.</summary>
    public int? MaxInjections { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind} {Provider?.ToString() ?? "*"}/{Operation ?? "*"} rate={Rate:0.##}{(AfterApply ? " after-apply" : "")}";
}
