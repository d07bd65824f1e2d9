namespace MultiCloudClusters.Emulator;

/// <summary>Standalone entry point.</summary>
public static class Program
{
    /// <summary>Runs the emulator until stopped.</summary>
    public static Task Main(string[] args) => Task.CompletedTask;
}
