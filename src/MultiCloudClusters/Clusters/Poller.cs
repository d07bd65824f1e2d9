namespace MultiCloudClusters.Clusters;

/// <summary>
/// The one polling loop of the library, behind cluster waits (<see cref="ClusterProviderBase.WaitForStatusAsync"/>)
/// and operation waits (<see cref="Connections.CloudOperation.WaitForCompletionAsync"/>): look, stop when the state
/// is reached, give up at the deadline, else pause and look again. The pause starts at
/// <see cref="WaitOptions.InitialInterval"/>, grows by half each time up to <see cref="WaitOptions.MaxInterval"/>,
/// and never runs past the deadline. Pauses run on the given clock and end at once on cancellation.
/// </summary>
internal static class Poller
{
    /// <summary>Polls until <paramref name="reached"/> holds, and returns the state that reached it.</summary>
    /// <typeparam name="T">The state looked at.</typeparam>
    /// <param name="current">The state already known (not looked at again first), or null to look first.</param>
    /// <param name="look">Fetches the state.</param>
    /// <param name="reached">Whether the state is the one waited for; may throw to end the wait (e.g. the work failed).</param>
    /// <param name="timedOut">The exception when the deadline passes, given the last state.</param>
    /// <param name="options">Timeout and intervals.</param>
    /// <param name="time">The clock.</param>
    /// <param name="pausing">Told the last state and the pause before each pause (e.g. for a log line), or null.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    public static async Task<T> PollAsync<T>(
        T? current,
        Func<CancellationToken, Task<T>> look,
        Func<T, bool> reached,
        Func<T, Exception> timedOut,
        WaitOptions options,
        TimeProvider time,
        Action<T, TimeSpan>? pausing,
        CancellationToken cancellationToken)
        where T : class
    {
        var deadline = time.GetUtcNow() + options.Timeout;
        var interval = options.InitialInterval;
        var state = current ?? await look(cancellationToken).ConfigureAwait(false);
        while (!reached(state))
        {
            var now = time.GetUtcNow();
            if (now >= deadline)
            {
                throw timedOut(state);
            }

            var pause = interval < deadline - now ? interval : deadline - now;
            pausing?.Invoke(state, pause);
            await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
            state = await look(cancellationToken).ConfigureAwait(false);
            interval = TimeSpan.FromTicks(Math.Min((long)(interval.Ticks * 1.5), options.MaxInterval.Ticks));
        }

        return state;
    }
}
