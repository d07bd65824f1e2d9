namespace MultiCloudClusters.Emulator.Faults;

/// <summary>
/// The fault rules in force. Rules can be added and removed while the emulator runs; decisions are
/// drawn from one seeded random sequence, so a run with the same seed and request order is repeatable.
/// </summary>
public sealed class FaultInjector
{
    private readonly object gate = new();
    private readonly List<FaultRule> rules = [];
    private readonly Dictionary<FaultRule, int> fired = new(ReferenceEqualityComparer.Instance);
    private readonly Random random;

    internal FaultInjector(int seed, IEnumerable<FaultRule> initial)
    {
        random = new Random(seed);
        rules.AddRange(initial);
    }

    /// <summary>A snapshot of the rules in force.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get { lock (gate) { return [.. rules]; } }
    }

    /// <summary>How many faults were injected so far, over all rules.</summary>
    public int InjectedCount
    {
        get { lock (gate) { return fired.Values.Sum(); } }
    }

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The same rule, to remove it later.</returns>
    public FaultRule Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(rule.Rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rule.Rate, 1.0);
        lock (gate) { rules.Add(rule); }
        return rule;
    }

    /// <summary>Removes a rule.</summary>
    /// <param name="rule">The rule given to or returned by <see cref="Add"/>.</param>
    /// <returns>Whether it was in force.</returns>
    public bool Remove(FaultRule rule)
    {
        lock (gate) { return rules.Remove(rule); }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (gate) { rules.Clear(); }
    }

    /// <summary>How many times one rule fired.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The count.</returns>
    public int FiredCount(FaultRule rule)
    {
        lock (gate) { return fired.GetValueOrDefault(rule); }
    }

    internal FaultDecision Decide(EmulatedProvider provider, string operation, bool afterApply)
    {
        var delay = TimeSpan.Zero;
        FaultRule? failure = null;
        lock (gate)
        {
            foreach (var rule in rules)
            {
                if (rule.AfterApply != afterApply || !Matches(rule, provider, operation)) continue;
                if (rule.Kind != FaultKind.SlowResponse && failure is not null) continue;
                if (rule.MaxInjections is { } max && fired.GetValueOrDefault(rule) >= max) continue;
                if (rule.Rate < 1.0 && random.NextDouble() >= rule.Rate) continue;
                fired[rule] = fired.GetValueOrDefault(rule) + 1;
                if (rule.Kind == FaultKind.SlowResponse) delay += rule.Delay;
                else failure = rule;
            }
        }

        return new FaultDecision(delay, failure);
    }

    private static bool Matches(FaultRule rule, EmulatedProvider provider, string operation) =>
        (rule.Provider is null || rule.Provider == provider)
        && (rule.Operation is null || string.Equals(rule.Operation, operation, StringComparison.OrdinalIgnoreCase));
}
