using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using k8s;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Kubernetes;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Oks;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;
using static MultiCloudClusters.Tests.Kubernetes.KubeTestKit;

namespace MultiCloudClusters.Tests.Kubernetes;

/// <summary>
/// From nothing to the nodes of a new cluster through KubernetesClient, on the emulator: the cluster is created and
/// waited for through the SDK, its kubeconfig fetched through the SDK (NaCl for OKS), turned into a client by the
/// bridge, and its nodes listed over HTTPS against the cluster's own CA; wrong credentials are refused.
/// </summary>
public sealed class ClusterBridgeTests
{
    private const string PoolLabel = "multicloudclusters.emulator/node-pool";

    [Fact]
    public async Task Oks_cluster_created_through_the_sdk_lists_its_nodes_through_KubernetesClient()
    {
        var (emu, time) = await StartAsync(o => o.SeedData = false);
        await using var _ = emu;
        var oks = Oks(emu);
        var template = await oks.GetProjectTemplateAsync();
        template.Name = "kube";
        var project = await oks.CreateProjectAsync(template);
        time.Advance(TimeSpan.FromSeconds(3));
        var versions = await oks.GetKubernetesVersionsAsync();
        var created = await oks.CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "nodes",
            Version = versions[0],
            Options = new OksClusterOptions { ProjectId = project.Id, AdminWhitelist = ["127.0.0.1/32"] },
        });
        Assert.NotEqual(ClusterStatus.Running, created.Status);
        time.Advance(TimeSpan.FromSeconds(5));
        var running = await oks.WaitForStatusAsync(created.Id, ClusterStatus.Running);

        var kubeconfig = await oks.GetKubeconfigAsync(running.Id, new KubeconfigRequest { User = "alice", Group = "devs" });
        Assert.True(kubeconfig.WasEncryptedInTransit);
        using var kubernetes = kubeconfig.CreateKubernetesClient();

        var version = await kubernetes.Version.GetCodeAsync();
        Assert.StartsWith($"v{versions[0]}", version.GitVersion, StringComparison.Ordinal);
        var pools = ItemNames(await kubernetes.CustomObjects.ListClusterCustomObjectAsync("oks.dev", "v1beta2", "nodepools"));
        var nodes = (await kubernetes.CoreV1.ListNodeAsync()).Items;
        Assert.NotEmpty(pools);
        Assert.NotEmpty(nodes);
        Assert.Equal(pools.Order(), nodes.Select(n => n.Metadata.Labels[PoolLabel]).Distinct().Order());
        Assert.All(nodes, n =>
        {
            Assert.StartsWith(n.Metadata.Labels[PoolLabel] + "-", n.Metadata.Name, StringComparison.Ordinal);
            Assert.Equal("True", Assert.Single(n.Status.Conditions, c => c.Type == "Ready").Status);
            Assert.Equal(version.GitVersion, n.Status.NodeInfo.KubeletVersion);
        });
        Assert.Contains("kube-system", (await kubernetes.CoreV1.ListNamespaceAsync()).Items.Select(n => n.Metadata.Name));
    }

    [Fact]
    public async Task Ame_cluster_created_through_the_sdk_lists_one_node_per_pool_minimum_with_an_oidc_token()
    {
        var (emu, time) = await StartAsync(o => o.SeedData = false);
        await using var _ = emu;
        var ame = Ame(emu);
        var created = await ame.CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "bridge",
            Version = "v1.31.4-u-ame.1",
            Region = "eu-west-1",
            Options = new AmeClusterOptions
            {
                Environment = "production",
                CloudAccountIdentity = emu.Ame.CloudAccountIdentity,
                NodePools =
                [
                    new AmeNodePoolRequest { Name = "workers", NodeSize = "t3.large", MinSize = 2, MaxSize = 4, AutoScaling = true },
                    new AmeNodePoolRequest { Name = "gpu", NodeSize = "g5.xlarge", MinSize = 1, MaxSize = 1 },
                ],
            },
        });
        time.Advance(TimeSpan.FromSeconds(10));
        var running = await ame.WaitForStatusAsync(created.Id, ClusterStatus.Running);
        var kubeconfig = await ame.GetKubeconfigAsync(running.Id);

        // The kubeconfig's user runs kubectl oidc-login: the bridge does not start it unasked.
        var unasked = Assert.Throws<InvalidOperationException>(() => kubeconfig.CreateKubernetesClient());
        Assert.Contains("kubectl", unasked.Message, StringComparison.Ordinal);

        var token = await OidcTokenAsync(await ame.GetOidcConfigAsync(running.Id));
        using var kubernetes = kubeconfig.CreateKubernetesClient(new KubeconfigClientOptions { AccessToken = token });
        var nodes = (await kubernetes.CoreV1.ListNodeAsync()).Items;
        var pools = await ame.ListNodePoolsAsync(running.Id);
        var expected = pools.SelectMany(p => Enumerable.Range(0, (int)p.MinSize!.Value).Select(i => $"{p.Name}-{i}")).Order();
        Assert.Equal(expected, nodes.Select(n => n.Metadata.Name).Order());
        Assert.Equal("g5.xlarge", Assert.Single(nodes, n => n.Metadata.Labels[PoolLabel] == "gpu").Metadata.Labels["node.kubernetes.io/instance-type"]);

        var tokens = new List<CancellationToken>();
        using var byProvider = kubeconfig.CreateKubernetesClient(new KubeconfigClientOptions
        {
            TokenProvider = ct =>
            {
                tokens.Add(ct);
                return Task.FromResult(token);
            },
        });
        Assert.Equal(nodes.Count, (await byProvider.CoreV1.ListNodeAsync()).Items.Count);
        Assert.NotEmpty(tokens);
    }

    [Fact]
    public async Task Oks_api_refuses_no_certificate_a_foreign_one_and_one_for_another_cluster_and_all_writes()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        var oks = Oks(emu);
        var clusters = await oks.ListClustersAsync().ToListAsync();
        var mine = (await oks.GetKubeconfigAsync(clusters[0].Id)).ToClientConfiguration();
        var other = (await oks.GetKubeconfigAsync(clusters[1].Id)).ToClientConfiguration();
        Assert.NotEqual(mine.Host, other.Host);

        var withoutCertificate = (await oks.GetKubeconfigAsync(clusters[0].Id)).ToClientConfiguration();
        (withoutCertificate.ClientCertificateData, withoutCertificate.ClientCertificateKeyData) = (null, null);
        using (var anonymous = Client(withoutCertificate))
        {
            Assert.Equal("Unauthorized", await RefusedAsync(HttpStatusCode.Unauthorized, () => anonymous.CoreV1.ListNodeAsync()));
        }

        // Signed by the emulator's CA, but handed out for the other cluster.
        var crossed = (await oks.GetKubeconfigAsync(clusters[0].Id)).ToClientConfiguration();
        (crossed.ClientCertificateData, crossed.ClientCertificateKeyData) = (other.ClientCertificateData, other.ClientCertificateKeyData);
        using (var wrongCluster = Client(crossed))
        {
            await RefusedAsync(HttpStatusCode.Unauthorized, () => wrongCluster.CoreV1.ListNodeAsync());
        }

        var forged = (await oks.GetKubeconfigAsync(clusters[0].Id)).ToClientConfiguration();
        (forged.ClientCertificateData, forged.ClientCertificateKeyData) = SelfSigned("admin");
        using (var selfSigned = Client(forged))
        {
            await RefusedAsync(HttpStatusCode.Unauthorized, () => selfSigned.CoreV1.ListNodeAsync());
        }

        using var allowed = Client(mine);
        var node = (await allowed.CoreV1.ListNodeAsync()).Items[0].Metadata.Name;
        Assert.Equal("Forbidden", await RefusedAsync(HttpStatusCode.Forbidden, () => allowed.CoreV1.DeleteNodeAsync(node)));
        Assert.Equal("NotFound", await RefusedAsync(HttpStatusCode.NotFound, () => allowed.CoreV1.ReadNodeAsync("no-such-node")));
        Assert.Equal(node, (await allowed.CoreV1.ReadNodeAsync(node)).Metadata.Name);
    }

    [Fact]
    public async Task Ame_api_refuses_no_token_a_token_of_another_cluster_and_an_expired_one()
    {
        var (emu, time) = await StartAsync();
        await using var _ = emu;
        var ame = Ame(emu);
        var clusters = await ame.ListClustersAsync().ToListAsync();
        var kubeconfig = await ame.GetKubeconfigAsync(clusters[0].Id);
        var token = await OidcTokenAsync(await ame.GetOidcConfigAsync(clusters[0].Id));
        var otherToken = await OidcTokenAsync(await ame.GetOidcConfigAsync(clusters[1].Id));

        using (var ok = kubeconfig.CreateKubernetesClient(new KubeconfigClientOptions { AccessToken = token }))
        {
            Assert.NotEmpty((await ok.CoreV1.ListNodeAsync()).Items);
        }

        var anonymousConfig = kubeconfig.ToClientConfiguration(new KubeconfigClientOptions { AccessToken = token });
        anonymousConfig.AccessToken = null;
        using (var anonymous = Client(anonymousConfig))
        {
            Assert.Equal("Unauthorized", await RefusedAsync(HttpStatusCode.Unauthorized, () => anonymous.CoreV1.ListNodeAsync()));
        }

        using (var wrongCluster = kubeconfig.CreateKubernetesClient(new KubeconfigClientOptions { AccessToken = otherToken }))
        {
            await RefusedAsync(HttpStatusCode.Unauthorized, () => wrongCluster.CoreV1.ListNodeAsync());
        }

        time.Advance(TimeSpan.FromHours(2));
        using var expired = kubeconfig.CreateKubernetesClient(new KubeconfigClientOptions { AccessToken = token });
        await RefusedAsync(HttpStatusCode.Unauthorized, () => expired.CoreV1.ListNodeAsync());
    }

    [Fact]
    public async Task Oidc_issuer_refuses_a_wrong_secret_and_other_grants()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        var ame = Ame(emu);
        var oidc = await ame.GetOidcConfigAsync((await ame.ListClustersAsync().ToListAsync())[0].Id);
        using var http = new HttpClient();

        async Task<(HttpStatusCode Status, string Body)> PostAsync(string grant, string secret)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = grant, ["client_id"] = oidc.ClientId!, ["client_secret"] = secret });
            using var response = await http.PostAsync(oidc.IssuerUrl + "/token", form);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var wrong = await PostAsync("client_credentials", oidc.ClientSecret + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Contains("invalid_client", wrong.Body, StringComparison.Ordinal);
        var password = await PostAsync("password", oidc.ClientSecret!);
        Assert.Equal(HttpStatusCode.BadRequest, password.Status);
        Assert.Contains("unsupported_grant_type", password.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("client_credentials", oidc.ClientSecret!)).Status);
    }

    [Fact]
    public async Task Kubeconfig_certificates_are_real_and_the_server_proves_it_holds_the_cluster_certificate()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        var oks = Oks(emu);
        var cluster = (await oks.ListClustersAsync().ToListAsync())[0];
        var config = (await oks.GetKubeconfigAsync(cluster.Id, new KubeconfigRequest { User = "bob", Group = "ops", Ttl = TimeSpan.FromDays(2) })).ToClientConfiguration();

        using var client = X509Certificate2.CreateFromPem(Pem(config.ClientCertificateData!), Pem(config.ClientCertificateKeyData!));
        Assert.Equal("bob", client.GetNameInfo(X509NameType.SimpleName, false));
        Assert.Contains("O=ops", client.Subject, StringComparison.Ordinal);
        Assert.InRange(client.NotAfter.ToUniversalTime() - DateTime.UtcNow, TimeSpan.FromDays(2) - TimeSpan.FromHours(1), TimeSpan.FromDays(2));
        var authority = Assert.Single(config.SslCaCerts!);
        Assert.Equal(authority.Subject, client.Issuer);

        // The server's certificate chains to the kubeconfig's CA and names 127.0.0.1.
        using var handler = new HttpClientHandler();
        X509Certificate2? presented = null;
        handler.ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
        {
            presented = X509CertificateLoader.LoadCertificate(certificate!.GetRawCertData());
            return true;
        };
        using var http = new HttpClient(handler);
        using var response = await http.GetAsync(config.Host + "/version");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        Assert.True(chain.Build(presented!));
        Assert.True(presented!.MatchesHostname("127.0.0.1"));
    }

    private static string Pem(string base64) => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(base64));

    private static (string Certificate, string Key) SelfSigned(string user)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={user}", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        static string Data(string pem) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(pem));
        return (Data(certificate.ExportCertificatePem()), Data(key.ExportPkcs8PrivateKeyPem()));
    }
}
