namespace MultiCloudClusters.Samples;

/// <summary>A task sample's job: runs against a host, writes to <c>output</c>, returns the process exit code.</summary>
public delegate Task<int> SampleJob(SampleHost host, TextWriter output, string[] args, CancellationToken cancellationToken);

/// <summary>What every task sample's <c>Program.cs</c> and job share: start-up, cancellation and readable failures.</summary>
public static class SampleProgram
{
    /// <summary>Exit code of a finished job.</summary>
    public const int Succeeded = 0;

    /// <summary>Exit code when the job ran and failed (the output says why).</summary>
    public const int Failed = 1;

    /// <summary>Exit code when the command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Exit code after Ctrl+C.</summary>
    public const int Cancelled = 130;

    /// <summary>The whole of a sample's <c>Main</c>: Ctrl+C cancels, the host starts (the emulator unless configured), the job runs.</summary>
    public static async Task<int> RunAsync(string[] args, SampleJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            await using var host = await SampleHost.StartAsync(args, cancellationToken: cancel.Token).ConfigureAwait(false);
            return await job(host, Console.Out, args, cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return Cancelled;
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"The sample could not start: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            return Usage;
        }
    }

    /// <summary>
    /// Runs a job's body and turns its failures into exit codes with a readable line, so a test running the job
    /// in-process sees the same outcome as a shell. Library exceptions carry no secrets in their messages.
    /// </summary>
    public static async Task<int> GuardAsync(TextWriter output, string usage, Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (SampleUsageException ex)
        {
            output.WriteLine($"error: {ex.Message}");
            output.WriteLine(usage);
            return Usage;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            output.WriteLine($"error: {ex.GetType().Name}: {ex.Message}");
            return Failed;
        }
    }
}
