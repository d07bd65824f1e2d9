using System.Text;

namespace MultiCloudClusters.Security;

/// <summary>
/// Writes a secret to a file readable only by its owner, atomically: the text goes to a new temporary file in the
/// same folder, created with mode 600 on Unix, flushed to disk, then renamed over the target, so a reader sees the
/// old file or the whole new one, and no moment exists when the secret is readable by others.
/// </summary>
/// <remarks>
/// Shared as source with MultiCloudClusters.Kubernetes (linked, not exposed), so both packages write credentials
/// the same way. On Windows the file takes the access rules of its folder (a user's profile is private to them).
/// </remarks>
internal static class OwnerOnlyFile
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = OwnerReadWrite | UnixFileMode.UserExecute;

    /// <summary>Replaces <paramref name="path"/> (or the file its symbolic link ends at) with <paramref name="content"/> as UTF-8.</summary>
    /// <returns>The full path written.</returns>
    public static async Task<string> WriteAsync(string path, string content, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(content);
        var target = Resolve(Path.GetFullPath(path));
        var folder = Path.GetDirectoryName(target) ?? throw new ArgumentException("The path has no folder.", nameof(path));
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, OwnerFolder);
            }
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }

        try
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
            var stream = new FileStream(temporary, options);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
            return target;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>A symbolic link is followed to the file it ends at, so the link stays and its target is replaced.</summary>
    private static string Resolve(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } final
            ? Path.GetFullPath(final.FullName)
            : path;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The failure being reported matters more than a stray temporary file.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
