namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>
/// A run of transient states, each lasting one step, ending in a final state. Evaluated lazily against
/// the clock, so a fake <see cref="TimeProvider"/> drives it and a zero step settles at once.
/// </summary>
internal sealed class Lifecycle(DateTimeOffset start, TimeSpan step, string final, params string[] transient)
{
    public string Final { get; } = final;

    public string StateAt(DateTimeOffset now)
    {
        var end = start;
        foreach (var state in transient)
        {
            end += step;
            if (now < end) return state;
        }

        return Final;
    }

    public bool IsSettled(DateTimeOffset now) => StateAt(now) == Final;

    public DateTimeOffset SettlesAt => start + (step * transient.Length);

    public static Lifecycle Settled(DateTimeOffset now, string state) => new(now, TimeSpan.Zero, state);
}
