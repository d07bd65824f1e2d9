using System.Diagnostics;

namespace MultiCloudClusters.Samples;

/// <summary>Runs a job's steps one by one, printing progress; a failed step is reported and the next one still runs.</summary>
public sealed class StepRunner(TextWriter output)
{
    private readonly List<(string Step, string Provider, string Outcome, TimeSpan Took, bool Ok)> _results = [];

    /// <summary>Whether every step so far succeeded.</summary>
    public bool AllSucceeded => _results.All(r => r.Ok);

    /// <summary>Runs one step; <paramref name="work"/> returns a one-line summary.</summary>
    public async Task RunAsync(string provider, string step, Func<Task<string>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        output.WriteLine($"> [{provider}] {step} ...");
        var clock = Stopwatch.StartNew();
        try
        {
            var summary = await work().ConfigureAwait(false);
            _results.Add((step, provider, summary, clock.Elapsed, true));
            output.WriteLine($"  ok   {summary} ({clock.Elapsed.TotalSeconds:0.0} s)");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's message is written for people and never carries a secret.
            _results.Add((step, provider, $"{ex.GetType().Name}: {ex.Message}", clock.Elapsed, false));
            output.WriteLine($"  FAIL {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Prints the summary table of all steps.</summary>
    public void WriteSummary()
    {
        output.WriteLine();
        ConsoleTable.Write(
            output,
            ["provider", "step", "result", "seconds", "outcome"],
            _results.Select(r => (IReadOnlyList<string>)[r.Provider, r.Step, r.Ok ? "ok" : "FAILED", r.Took.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), r.Outcome]));
    }
}
