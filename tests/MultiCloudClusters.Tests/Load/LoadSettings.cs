using System.Globalization;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Tests.Load;

/// <summary>
/// How big the load and fault runs are. CI runs the short form; the full form is the 2,000 operations:
/// <code>MCC_LOAD_SCALE=1 dotnet test tests/MultiCloudClusters.Tests --filter Category=Load</code>
/// (MCC_LOAD_SCALE multiplies the 2,000 operations; 0.5 halves them, 2 doubles them). Unset, the load run
/// does the full 2,000 (about 4 s) and the fault run 1,000 (its 1 s Retry-After waits make 2,000 take about 30 s).
/// </summary>
internal static class LoadSettings
{
    /// <summary>The operations of the full form (issue 8).</summary>
    public const int FullOperations = 2_000;

    /// <summary>Concurrent callers.</summary>
    public const int Callers = 32;

    /// <summary>The scale of the load run when MCC_LOAD_SCALE is unset.</summary>
    public const double DefaultScale = 1.0;

    /// <summary>The scale of the fault run when MCC_LOAD_SCALE is unset.</summary>
    public const double DefaultFaultScale = 0.5;

    /// <summary>The wait the emulator announces with injected 429 and 503 answers.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>The scale in force.</summary>
    public static double? ScaleSetting =>
        double.TryParse(Environment.GetEnvironmentVariable("MCC_LOAD_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0
            ? scale
            : null;

    /// <summary>The operations of the load run.</summary>
    public static int Operations => OperationsAt(ScaleSetting ?? DefaultScale);

    /// <summary>The operations of the fault run.</summary>
    public static int FaultOperations => OperationsAt(ScaleSetting ?? DefaultFaultScale);

    private static int OperationsAt(double scale) => Math.Max(Callers * 4, (int)Math.Round(FullOperations * scale));

    /// <summary>Small delays so a run with faults stays fast; the server's Retry-After (1 s) still decides its waits.</summary>
    public static ResilienceOptions Resilience() => new()
    {
        MaxRetryAttempts = 4,
        BaseDelay = TimeSpan.FromMilliseconds(20),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        MaxServerDelay = TimeSpan.FromSeconds(5),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(60),
    };
}
