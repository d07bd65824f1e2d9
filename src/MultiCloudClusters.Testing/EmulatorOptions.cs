using MultiCloudClusters.Emulator.Faults;

namespace MultiCloudClusters.Emulator;

/// <summary>How to start a <see cref="MultiCloudEmulator"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The loopback address to bind (default <c>127.0.0.1</c>).</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The TCP port; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The clock that drives every lifecycle; the system clock when <see langword="null"/>. Use a fake one in tests.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>How long each lifecycle step lasts (pending, deploying, updating, deleting, …); 0 settles at once.</summary>
    public TimeSpan TransitionDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The page size used when a caller asks for none. <see langword="null"/> (the default) gives each provider's
    /// own default, as the real APIs do: OKS 100, AME 50, EKS 100, LakeSail 100 (Imply lists are not paged).
    /// Set a small value (for example 2) to make every list span several pages in a test of paging.
    /// </summary>
    public int? DefaultPageSize { get; set; }

    /// <summary>Whether each provider starts with a few resources (three clusters or connections each), so lists have several pages.</summary>
    public bool SeedData { get; set; } = true;

    /// <summary>Whether the EKS side recomputes SigV4 signatures (when false only the header's structure, key id, region and date are checked).</summary>
    public bool VerifyEksSignatures { get; set; } = true;

    /// <summary>How far an EKS request's <c>X-Amz-Date</c> may be from the emulator's clock (or the system clock).</summary>
    public TimeSpan EksClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The seed of the fault decisions.</summary>
    public int FaultSeed { get; set; } = 1;

    /// <summary>Faults in force from the start; more can be added through <see cref="MultiCloudEmulator.Faults"/>.</summary>
    public IList<FaultRule> Faults { get; } = [];

    /// <summary>Whether to log requests to standard error, from the moment the server listens (the <c>multicloud-emulator</c> tool turns it on).</summary>
    public bool LogRequests { get; set; }
}
