using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using MultiCloudClusters.Kubernetes;

namespace MultiCloudClusters.Tests.Kubernetes;

/// <summary>
/// The bridge is IsAotCompatible by marking what reaches KubernetesClient's reflection: a trimmed or Native AOT app
/// must be warned at its call to those members, and at no other.
/// </summary>
public sealed class KubeconfigTrimmingTests
{
    /// <summary>The members that hand a kubeconfig to KubernetesClient (its reflection-based YAML and JSON).</summary>
    private static readonly string[] Reaching = [nameof(KubeconfigExtensions.ToClientConfiguration), nameof(KubeconfigExtensions.CreateKubernetesClient)];

    [Fact]
    public void Exactly_the_members_that_reach_KubernetesClient_require_unreferenced_and_dynamic_code()
    {
        var methods = typeof(KubeconfigExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        Assert.Equal(
            [.. Reaching.Order()],
            methods.Where(m => m.GetCustomAttribute<RequiresUnreferencedCodeAttribute>() is not null).Select(m => m.Name).Order());
        Assert.Equal(
            [.. Reaching.Order()],
            methods.Where(m => m.GetCustomAttribute<RequiresDynamicCodeAttribute>() is not null).Select(m => m.Name).Order());
        Assert.Contains(methods, m => m.Name == nameof(KubeconfigExtensions.MergeIntoFileAsync));
        Assert.All(
            methods.Select(m => m.GetCustomAttribute<RequiresUnreferencedCodeAttribute>()?.Message).OfType<string>(),
            message => Assert.Contains("KubernetesClient", message, StringComparison.Ordinal));
    }
}
