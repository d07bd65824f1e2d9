using System.Text;

namespace MultiCloudClusters.Samples;

/// <summary>Writes credentials (kubeconfigs) to files only their owner can read.</summary>
public static class PrivateFile
{
    /// <summary>
    /// Writes <paramref name="content"/> as UTF-8 to <paramref name="path"/>, creating its folder; on Unix the file is
    /// created with mode 600, and an existing file is set to 600 before it is overwritten, so the secret is never
    /// readable by others, not even for a moment.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    public static async Task<long> WriteAsync(string path, string content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            if (File.Exists(full))
            {
                File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
        var stream = new FileStream(full, options);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }

        return bytes.LongLength;
    }
}
