using System.Collections.Concurrent;

namespace MultiCloudClusters.Emulator.Kubernetes;

/// <summary>
/// The emulator's Kubernetes API servers, one per cluster, each started the first time a credential for that
/// cluster is handed out (an OKS kubeconfig, an AME OIDC config) and all stopped with the emulator. One listener
/// per cluster, each on its own loopback port, is what lets every cluster have its own server certificate and its
/// own address at the root path, as real clusters do; clusters never asked for cost nothing.
/// </summary>
internal sealed class KubeApiServers(TimeProvider time) : IAsyncDisposable
{
    private readonly Lazy<EmulatorCertificateAuthority> authority = new(() => new EmulatorCertificateAuthority());
    private readonly ConcurrentDictionary<string, Lazy<Task<KubeApiServer>>> servers = new(StringComparer.Ordinal);
    private volatile bool disposed;

    /// <summary>The certificate authority every cluster's certificates come from.</summary>
    public EmulatorCertificateAuthority Authority => authority.Value;

    /// <summary>The server of the cluster under <paramref name="key"/>, started now if it has none yet.</summary>
    /// <param name="key">The cluster, unique across providers (for example <c>oks/{id}</c>).</param>
    /// <param name="name">The cluster's name, for its server certificate.</param>
    /// <param name="target">What the server serves and whom it lets in.</param>
    /// <param name="askClientCertificate">Whether clients authenticate with certificates (OKS) rather than tokens (AME).</param>
    public async Task<KubeApiServer> GetOrStartAsync(string key, string name, IKubeApiTarget target, bool askClientCertificate)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var lazy = servers.GetOrAdd(key, _ => new Lazy<Task<KubeApiServer>>(() =>
        {
            var certificate = Authority.IssueServer(name);
            return KubeApiServer.StartAsync(target, certificate, Authority.Certificate, askClientCertificate, time, CancellationToken.None);
        }));
        try
        {
            return await lazy.Value.ConfigureAwait(false);
        }
        catch
        {
            servers.TryRemove(new KeyValuePair<string, Lazy<Task<KubeApiServer>>>(key, lazy));
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        foreach (var lazy in servers.Values)
        {
            if (!lazy.IsValueCreated) continue;
            try
            {
                await (await lazy.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or OperationCanceledException)
            {
                // A listener that never started has nothing to stop.
            }
        }

        servers.Clear();
        if (authority.IsValueCreated) authority.Value.Dispose();
    }
}
