using System.Runtime.InteropServices;

namespace MultiCloudClusters.Emulator.Tool;

/// <summary>
/// Takes back Ctrl+C (SIGINT) and SIGQUIT when the tool was started with them ignored. A POSIX shell starts the
/// background jobs of a script (<c>multicloud-emulator &amp;</c>) that way, and .NET keeps an ignored signal ignored,
/// so <c>kill -INT</c> would never reach the tool's clean stop. The tool asks for these signals explicitly, so it
/// handles them wherever it runs (as Go's <c>signal.Notify</c> does).
/// </summary>
internal static class InheritedSignalIgnores
{
    private const int SigInt = 2;
    private const int SigQuit = 3;
    private static readonly IntPtr SigDfl = 0;
    private static readonly IntPtr SigIgn = 1;

    /// <summary>Gives SIGINT and SIGQUIT their default disposition back if they are ignored. Call it first in
    /// <c>Main</c>: .NET reads each signal's disposition once, when the console or a signal registration first needs it.</summary>
    public static void Restore()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Larger than struct sigaction on every libc; its first member is the handler on Linux and macOS alike.
        var current = Marshal.AllocHGlobal(512);
        try
        {
            foreach (var signal in new[] { SigInt, SigQuit })
            {
                if (SigAction(signal, IntPtr.Zero, current) == 0 && Marshal.ReadIntPtr(current) == SigIgn)
                {
                    Signal(signal, SigDfl);
                }
            }
        }
        finally
        {
            Marshal.FreeHGlobal(current);
        }
    }

    [DllImport("libc", EntryPoint = "sigaction")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SigAction(int signal, IntPtr action, IntPtr previous);

    [DllImport("libc", EntryPoint = "signal")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr Signal(int signal, IntPtr handler);
}
