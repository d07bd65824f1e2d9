namespace MultiCloudClusters.Kubernetes;

/// <summary>Where kubectl looks for its configuration, and so where a merge writes by default.</summary>
internal static class KubeconfigPath
{
    /// <summary>The first file of <paramref name="kubeconfigVariable"/> (a path list, as kubectl reads it), else <c>.kube/config</c> under <paramref name="home"/>.</summary>
    public static string Default(string? kubeconfigVariable, string home)
    {
        var first = kubeconfigVariable?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first ?? Path.Combine(home, ".kube", "config");
    }
}
