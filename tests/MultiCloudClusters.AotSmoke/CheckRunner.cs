namespace MultiCloudClusters.AotSmoke;

/// <summary>
/// Runs named checks and prints one line for each: <c>PASS name: what was seen</c> or <c>FAIL name: why</c>.
/// A check fails by throwing (any exception: <see cref="Expect"/> for a wrong result, or the library's own).
/// </summary>
internal sealed class CheckRunner(TextWriter output)
{
    /// <summary>How many checks passed.</summary>
    public int Passed { get; private set; }

    /// <summary>How many checks failed.</summary>
    public int Failed { get; private set; }

    /// <summary>Fails the running check with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    /// <exception cref="CheckFailedException">It does not.</exception>
    public static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new CheckFailedException(message);
        }
    }

    /// <summary>Runs one check; its result, or default when it failed (later checks that need it fail in turn).</summary>
    public async Task<T?> RunAsync<T>(string name, Func<Task<(T Value, string Detail)>> check)
    {
        try
        {
            var (value, detail) = await check().ConfigureAwait(false);
            Passed++;
            output.WriteLine($"PASS {name}: {detail}");
            return value;
        }
        catch (Exception ex)
        {
            Failed++;
            output.WriteLine($"FAIL {name}: {Describe(ex)}");
            return default;
        }
    }

    /// <summary>Runs one check that yields nothing for later checks.</summary>
    public Task RunAsync(string name, Func<Task<string>> check) =>
        RunAsync(name, async () => (true, await check().ConfigureAwait(false)));

    /// <summary>Records a check that could not run because one it needs failed.</summary>
    public void NotRun(string name, string needs)
    {
        Failed++;
        output.WriteLine($"FAIL {name}: not run, it needs '{needs}', which failed");
    }

    /// <summary>The exception's type and message, then its inner exceptions', on one line.</summary>
    private static string Describe(Exception ex)
    {
        var parts = new List<string>();
        for (var current = ex; current is not null; current = current.InnerException)
        {
            parts.Add(current is CheckFailedException ? current.Message : $"{current.GetType().Name}: {current.Message}");
        }

        return string.Join(" <- ", parts).ReplaceLineEndings(" ");
    }
}

/// <summary>A check saw a wrong result.</summary>
internal sealed class CheckFailedException(string message) : Exception(message);
