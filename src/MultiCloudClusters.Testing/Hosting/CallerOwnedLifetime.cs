namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>
/// The emulator's host lifetime: it starts and stops when its owner says so and never listens to the process's
/// signals. The default console lifetime would take over Ctrl+C and SIGTERM of whatever process embeds the
/// emulator (a test run, an app, the tool), stop only the emulator and leave the process running.
/// </summary>
internal sealed class CallerOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
