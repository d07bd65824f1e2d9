namespace MultiCloudClusters.Kubernetes;

/// <summary>
/// How a <see cref="Clusters.Kubeconfig"/> becomes a KubernetesClient configuration: which context, and where the
/// credential comes from when the kubeconfig's user gets it from an exec plugin. <see cref="ToString"/> never shows
/// the token.
/// </summary>
public sealed class KubeconfigClientOptions
{
    /// <summary>The context to use; the kubeconfig's <c>current-context</c> when <see langword="null"/>.</summary>
    public string? Context { get; init; }

    /// <summary>
    /// A bearer token to send, in place of what the user entry says (for example an OIDC token you obtained for an AME
    /// cluster, whose kubeconfig user runs <c>kubectl oidc-login</c>). It wins over <see cref="TokenProvider"/>.
    /// </summary>
    public string? AccessToken { get; init; }

    /// <summary>
    /// Gives a bearer token for each request (called as often as KubernetesClient asks; cache in it as you need), in
    /// place of what the user entry says.
    /// </summary>
    public Func<CancellationToken, Task<string>>? TokenProvider { get; init; }

    /// <summary>
    /// Whether an exec plugin named by the kubeconfig's user may be run to get a credential. Off by default: a
    /// kubeconfig that came from a provider's API should not start a program on your machine unasked. With it off and
    /// no token given, a user that has only an exec plugin is refused with an <see cref="InvalidOperationException"/>.
    /// </summary>
    public bool AllowExecPlugins { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"KubeconfigClientOptions {{ Context = {Context ?? "(current)"}, AccessToken = {(AccessToken is null ? "none" : "***")}, TokenProvider = {(TokenProvider is null ? "none" : "set")}, AllowExecPlugins = {AllowExecPlugins} }}";
}
