using System.Runtime.InteropServices;

namespace MultiCloudClusters.Emulator.Tool;

/// <summary>
/// Turns Ctrl+C (SIGINT), SIGTERM and SIGQUIT into a cancellation: the first one asks for a clean stop; a second
/// one, if the stop hangs, gets the signal's default action (the process ends at once).
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly CancellationTokenSource requested = new();
    private readonly PosixSignalRegistration[] registrations;
    private int received;

    public ShutdownSignals()
    {
        registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGQUIT, OnSignal),
        ];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => requested.Token;

    /// <summary>The first signal received, if any.</summary>
    public PosixSignal? Signal { get; private set; }

    /// <summary>Completes when the first signal arrives.</summary>
    public Task WaitAsync() => Task.Delay(Timeout.Infinite, Token).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        requested.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref received) > 1)
        {
            return; // Not cancelled: the default action ends the process.
        }

        context.Cancel = true;
        Signal = context.Signal;
        requested.Cancel();
    }
}
