using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.QuickStart;

// The README's main command: one realistic job on all five providers, on the emulator unless configured.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    await using var host = await SampleHost.StartAsync(args, emulatorAccounts: QuickStartJob.EmulatorAccounts, cancellationToken: cancel.Token);
    return await QuickStartJob.RunAsync(host, Console.Out, cancel.Token) ? 0 : 1;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"QuickStart could not start: {ex.GetType().Name}: {ex.Message}");
    return 2;
}
