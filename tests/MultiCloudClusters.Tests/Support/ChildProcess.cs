using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Channels;

namespace MultiCloudClusters.Tests;

/// <summary>
/// A program run as a child process, its standard output read line by line while it runs and its standard error
/// kept whole. Every wait has a generous limit that only catches a hang, and a hang fails with what the child wrote.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>SIGINT, as <c>kill</c> numbers it on Linux and macOS.</summary>
    public const int SigInt = 2;

    /// <summary>SIGTERM, as <c>kill</c> numbers it on Linux and macOS.</summary>
    public const int SigTerm = 15;

    private readonly Process process;
    private readonly Channel<string> stdout = Channel.CreateUnbounded<string>();
    private readonly StringBuilder stdoutSeen = new();
    private readonly StringBuilder stderr = new();
    private readonly TaskCompletionSource streamsClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int openStreams = 2;

    private ChildProcess(ProcessStartInfo start)
    {
        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, line =>
        {
            lock (stdoutSeen) stdoutSeen.AppendLine(line);
            stdout.Writer.TryWrite(line);
        });
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, line =>
        {
            lock (stderr) stderr.AppendLine(line);
        });
    }

    /// <summary>The process id.</summary>
    public int Id => process.Id;

    /// <summary>Everything written to standard output so far.</summary>
    public string StandardOutput
    {
        get { lock (stdoutSeen) return stdoutSeen.ToString(); }
    }

    /// <summary>Everything written to standard error so far.</summary>
    public string StandardError
    {
        get { lock (stderr) return stderr.ToString(); }
    }

    /// <summary>Starts <paramref name="file"/>; <paramref name="configure"/> may change the start info (environment, working directory).</summary>
    public static ChildProcess Start(string file, IEnumerable<string> arguments, Action<ProcessStartInfo>? configure = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        configure?.Invoke(start);
        var child = new ChildProcess(start);
        child.process.Start();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs a program to its end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, IEnumerable<string> arguments, TimeSpan limit, Action<ProcessStartInfo>? configure = null)
    {
        await using var child = Start(file, arguments, configure);
        var exitCode = await child.WaitForExitAsync(limit);
        return (exitCode, child.StandardOutput, child.StandardError);
    }

    /// <summary>Reads standard output up to and including the first line <paramref name="last"/> accepts.</summary>
    public async Task<IReadOnlyList<string>> ReadLinesUntilAsync(Func<string, bool> last, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var lines = new List<string>();
        try
        {
            while (await stdout.Reader.WaitToReadAsync(timeout.Token))
            {
                while (stdout.Reader.TryRead(out var line))
                {
                    lines.Add(line);
                    if (last(line)) return lines;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw Hang($"no awaited line within {limit.TotalSeconds:0} s");
        }

        throw Hang("standard output ended before the awaited line");
    }

    /// <summary>Sends a POSIX signal (<see cref="SigTerm"/>, <see cref="SigInt"/>).</summary>
    public void Signal(int signal)
    {
        if (Kill(process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Waits for the process to exit and its output to be read; returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            await streamsClosed.Task.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw Hang($"still running after {limit.TotalSeconds:0} s");
        }

        return process.ExitCode;
    }

    /// <summary>Kills the process if it still runs.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // It had not started or has already gone.
        }

        process.Dispose();
    }

    // kill(2); a plain import: the source-generated kind needs unsafe code for nothing here (two ints in, one out).
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);

    private Exception Hang(string what) =>
        new TimeoutException($"{Path.GetFileName(process.StartInfo.FileName)} {string.Join(' ', process.StartInfo.ArgumentList)}: {what}.\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}");

    private void OnLine(string? line, Action<string> keep)
    {
        if (line is not null)
        {
            keep(line);
            return;
        }

        if (Interlocked.Decrement(ref openStreams) == 0)
        {
            stdout.Writer.TryComplete();
            streamsClosed.TrySetResult();
        }
    }
}
