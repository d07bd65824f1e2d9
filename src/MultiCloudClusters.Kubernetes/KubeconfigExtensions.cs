using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using k8s;
using k8s.Authentication;
using k8s.KubeConfigModels;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Security;

namespace MultiCloudClusters.Kubernetes;

/// <summary>
/// From a <see cref="Kubeconfig"/> fetched through MultiCloudClusters to a KubernetesClient client, or into a
/// kubeconfig file, the way <c>aws eks update-kubeconfig</c> does it.
/// </summary>
/// <example><code>var kubeconfig = await oks.GetKubeconfigAsync(clusterId);
/// using var kubernetes = kubeconfig.CreateKubernetesClient();
/// var nodes = await kubernetes.CoreV1.ListNodeAsync();
/// await kubeconfig.MergeIntoFileAsync();              // ~/.kube/config (or $KUBECONFIG's first file), mode 600</code></example>
/// <remarks>
/// <see cref="ToClientConfiguration"/> and <see cref="CreateKubernetesClient"/> hand the kubeconfig to KubernetesClient,
/// which reads it and (de)serializes Kubernetes objects with reflection: they are marked as unsafe under trimming and
/// Native AOT, so an app published that way is warned where it calls them. <see cref="MergeIntoFileAsync"/> only
/// reads and writes YAML as a tree, and is safe.
/// </remarks>
public static class KubeconfigExtensions
{
    /// <summary>Why the members that reach KubernetesClient are unsafe under trimming.</summary>
    private const string ReflectionWarning =
        "KubernetesClient reads kubeconfigs with a reflection-based YAML serializer (YamlDotNet) and sends and reads Kubernetes objects " +
        "with reflection-based System.Text.Json; neither is trim-safe. MergeIntoFileAsync is.";

    /// <summary>Why the members that reach KubernetesClient are unsafe under Native AOT.</summary>
    private const string DynamicCodeWarning =
        "KubernetesClient's reflection-based YAML (YamlDotNet) and JSON (System.Text.Json) serializers need code generated at run time, " +
        "which Native AOT does not have. MergeIntoFileAsync is safe.";

    /// <summary>
    /// The KubernetesClient configuration of the kubeconfig's current context (or <see cref="KubeconfigClientOptions.Context"/>):
    /// server, CA, client certificate or token. Nothing is written to disk. An exec plugin is never run unless
    /// <see cref="KubeconfigClientOptions.AllowExecPlugins"/> says so.
    /// </summary>
    /// <exception cref="InvalidDataException">The kubeconfig cannot be read, or names no such context.</exception>
    /// <exception cref="InvalidOperationException">The user gets its credential only from an exec plugin, and neither a token nor <see cref="KubeconfigClientOptions.AllowExecPlugins"/> was given.</exception>
    [RequiresUnreferencedCode(ReflectionWarning)]
    [RequiresDynamicCode(DynamicCodeWarning)]
    public static KubernetesClientConfiguration ToClientConfiguration(this Kubeconfig kubeconfig, KubeconfigClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(kubeconfig);
        options ??= new KubeconfigClientOptions();
        var config = Load(kubeconfig);
        var contextName = options.Context ?? config.CurrentContext;
        var context = config.Contexts?.FirstOrDefault(c => c.Name == contextName)
            ?? throw new InvalidDataException(contextName is null
                ? $"The kubeconfig of {kubeconfig.ClusterId} has no current context; name one in KubeconfigClientOptions.Context."
                : $"The kubeconfig of {kubeconfig.ClusterId} has no context named '{contextName}'.");
        var user = config.Users?.FirstOrDefault(u => u.Name == context.ContextDetails?.User);
        var tokenGiven = options.AccessToken is not null || options.TokenProvider is not null;
        if (user?.UserCredentials is { ExternalExecution: { } exec } credentials && !options.AllowExecPlugins)
        {
            if (!tokenGiven && credentials is { Token: null, ClientCertificateData: null, ClientCertificate: null, UserName: null })
            {
                throw new InvalidOperationException(
                    $"The kubeconfig's user '{user.Name}' gets its credential by running '{exec.Command}', which is not done unasked: " +
                    "give a token (KubeconfigClientOptions.AccessToken or TokenProvider), or set KubeconfigClientOptions.AllowExecPlugins.");
            }

            credentials.ExternalExecution = null;
        }

        if (tokenGiven && user?.UserCredentials is { } given)
        {
            // KubernetesClient wants a credential in the entry itself; the given one replaces it below.
            given.Token = options.AccessToken ?? "(from TokenProvider)";
        }

        var result = KubernetesClientConfiguration.BuildConfigFromConfigObject(config, contextName);
        if (options.AccessToken is null && options.TokenProvider is { } provider)
        {
            result.AccessToken = null;
            result.TokenProvider = new DelegateTokenProvider(provider);
        }

        return result;
    }

    /// <summary>A KubernetesClient client for the kubeconfig's current context (or <see cref="KubeconfigClientOptions.Context"/>); dispose it when done.</summary>
    /// <exception cref="InvalidDataException">See <see cref="ToClientConfiguration"/>.</exception>
    /// <exception cref="InvalidOperationException">See <see cref="ToClientConfiguration"/>.</exception>
    [RequiresUnreferencedCode(ReflectionWarning)]
    [RequiresDynamicCode(DynamicCodeWarning)]
    public static IKubernetes CreateKubernetesClient(this Kubeconfig kubeconfig, KubeconfigClientOptions? options = null) =>
        new k8s.Kubernetes(kubeconfig.ToClientConfiguration(options));

    /// <summary>
    /// Merges the kubeconfig into a kubeconfig file: each of its clusters, users and contexts replaces the entry of
    /// the same name or is added, everything else in the file stays as it was, and (by default) its context becomes
    /// the current one. The file is written atomically (a temporary file beside it, then one rename) and readable
    /// only by you (mode 600 on Unix, whatever it was before); a missing file or folder is created. A file that is
    /// not a kubeconfig is refused and left untouched.
    /// </summary>
    /// <param name="kubeconfig">The kubeconfig to merge.</param>
    /// <param name="path">The file; <see langword="null"/> for the first file of <c>KUBECONFIG</c>, else <c>~/.kube/config</c>.</param>
    /// <param name="options">A context name, whether to switch the current context.</param>
    /// <param name="cancellationToken">Cancels the merge; the file is then left as it was.</param>
    /// <returns>What was merged, and where.</returns>
    /// <exception cref="InvalidDataException">The file or the kubeconfig is not a kubeconfig, or the options do not fit it.</exception>
    public static async Task<KubeconfigMergeResult> MergeIntoFileAsync(this Kubeconfig kubeconfig, string? path = null, KubeconfigMergeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kubeconfig);
        options ??= new KubeconfigMergeOptions();
        var target = Path.GetFullPath(path ?? KubeconfigPath.Default(Environment.GetEnvironmentVariable("KUBECONFIG"), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)));
        var incoming = KubeconfigDocument.Parse(kubeconfig.Content, $"The kubeconfig of {kubeconfig.ClusterId}");
        var contexts = incoming.Names("contexts");
        if (options.ContextName is { } alias)
        {
            if (contexts.Count != 1)
            {
                throw new InvalidDataException($"KubeconfigMergeOptions.ContextName needs a kubeconfig with one context; the kubeconfig of {kubeconfig.ClusterId} has {contexts.Count}.");
            }

            incoming.RenameContext(contexts[0], alias);
            contexts = [alias];
        }

        var existing = File.Exists(target) ? await File.ReadAllTextAsync(target, cancellationToken).ConfigureAwait(false) : "";
        var document = KubeconfigDocument.Parse(existing, target);
        var replaced = document.Merge(incoming);
        if (options.SetCurrentContext && (incoming.CurrentContext ?? contexts.FirstOrDefault()) is { } current)
        {
            document.CurrentContext = current;
        }

        var written = await OwnerOnlyFile.WriteAsync(target, document.ToString(), cancellationToken).ConfigureAwait(false);
        return new KubeconfigMergeResult(written, contexts, replaced, document.CurrentContext);
    }

    // Where the reflection starts (KubernetesClient's YAML reader), marked so that the analyzers hold every caller to it.
    [RequiresUnreferencedCode(ReflectionWarning)]
    [RequiresDynamicCode(DynamicCodeWarning)]
    private static K8SConfiguration Load(Kubeconfig kubeconfig)
    {
        try
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(kubeconfig.Content), writable: false);
            return KubernetesClientConfiguration.LoadKubeConfig(stream);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or k8s.Exceptions.KubeConfigException or FormatException)
        {
            // Not the inner message: it may quote the kubeconfig, which holds secrets.
            throw new InvalidDataException($"The kubeconfig of {kubeconfig.ClusterId} could not be read ({e.GetType().Name}).");
        }
    }

    /// <summary>A token from the caller's delegate, as a bearer header for each request.</summary>
    private sealed class DelegateTokenProvider(Func<CancellationToken, Task<string>> provider) : ITokenProvider
    {
        public async Task<AuthenticationHeaderValue> GetAuthenticationHeaderAsync(CancellationToken cancellationToken) =>
            new("Bearer", await provider(cancellationToken).ConfigureAwait(false));
    }
}
