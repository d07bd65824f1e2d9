namespace MultiCloudClusters.Kubernetes;

/// <summary>What a merge wrote: the file, the contexts it added or replaced, and which entries it replaced.</summary>
public sealed class KubeconfigMergeResult
{
    /// <summary>Creates the result.</summary>
    public KubeconfigMergeResult(string path, IReadOnlyList<string> contexts, IReadOnlyList<string> replaced, string? currentContext)
    {
        Path = path;
        Contexts = contexts;
        Replaced = replaced;
        CurrentContext = currentContext;
    }

    /// <summary>The full path of the file written.</summary>
    public string Path { get; }

    /// <summary>The names of the contexts merged in.</summary>
    public IReadOnlyList<string> Contexts { get; }

    /// <summary>The entries that had the same name and were replaced, as <c>cluster NAME</c>, <c>user NAME</c>, <c>context NAME</c>.</summary>
    public IReadOnlyList<string> Replaced { get; }

    /// <summary>The file's <c>current-context</c> after the merge.</summary>
    public string? CurrentContext { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Path}: {string.Join(", ", Contexts)} merged ({Replaced.Count} entries replaced), current context {CurrentContext ?? "(none)"}";
}
