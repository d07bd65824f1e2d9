namespace MultiCloudClusters.Emulator;

/// <summary>What the emulator saw: requests per operation, creates actually applied, and when each attempt came.</summary>
public sealed class EmulatorCounters
{
    private readonly object gate = new();
    private readonly List<RequestAttempt> attempts = [];
    private readonly Dictionary<(EmulatedProvider, string), int> creates = [];

    internal EmulatorCounters()
    {
    }

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<RequestAttempt> Attempts
    {
        get { lock (gate) { return [.. attempts]; } }
    }

    /// <summary>The requests received for one operation, oldest first.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="operation">The operationId, for example <c>CreateCluster</c>.</param>
    /// <returns>The attempts.</returns>
    public IReadOnlyList<RequestAttempt> AttemptsFor(EmulatedProvider provider, string operation)
    {
        lock (gate)
        {
            return [.. attempts.Where(a => a.Provider == provider && string.Equals(a.Operation, operation, StringComparison.OrdinalIgnoreCase))];
        }
    }

    /// <summary>How many requests one operation received.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="operation">The operationId.</param>
    /// <returns>The count.</returns>
    public int RequestCount(EmulatedProvider provider, string operation) => AttemptsFor(provider, operation).Count;

    /// <summary>
    /// How many resources were really created for a provider (retries answered from idempotency records and
    /// faults injected before apply do not count): compare with the number of creates a client meant to make.
    /// </summary>
    /// <param name="provider">The provider.</param>
    /// <param name="operation">Only this operationId, or every create when <see langword="null"/>.</param>
    /// <returns>The count.</returns>
    public int CreatesApplied(EmulatedProvider provider, string? operation = null)
    {
        lock (gate)
        {
            return creates.Where(c => c.Key.Item1 == provider && (operation is null || c.Key.Item2 == operation)).Sum(c => c.Value);
        }
    }

    /// <summary>Forgets every count and attempt.</summary>
    public void Reset()
    {
        lock (gate)
        {
            attempts.Clear();
            creates.Clear();
        }
    }

    internal void Record(RequestAttempt attempt)
    {
        lock (gate) { attempts.Add(attempt); }
    }

    internal void CreateApplied(EmulatedProvider provider, string operation)
    {
        lock (gate) { creates[(provider, operation)] = creates.GetValueOrDefault((provider, operation)) + 1; }
    }
}
