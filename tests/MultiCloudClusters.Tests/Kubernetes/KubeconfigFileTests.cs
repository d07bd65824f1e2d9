using k8s;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Kubernetes;

namespace MultiCloudClusters.Tests.Kubernetes;

/// <summary>
/// Kubeconfig files: the core's <see cref="Kubeconfig.WriteToFileAsync"/> and the bridge's merge
/// (<c>aws eks update-kubeconfig</c>'s habit): owner-only, atomic, keeping what is not theirs.
/// </summary>
public sealed class KubeconfigFileTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _folder = Directory.CreateTempSubdirectory("mcc-kubeconfig-").FullName;

    private static readonly string Existing = """
        apiVersion: v1
        kind: Config
        preferences:
          colors: true
        clusters:
        - name: web
          cluster:
            server: https://old.example:6443
        - name: keep-cluster
          cluster:
            server: https://keep.example:6443
            insecure-skip-tls-verify: true
        users:
        - name: admin
          user:
            token: old-token
        - name: keep-user
          user:
            token: keep-token
        contexts:
        - name: admin@web
          context:
            cluster: web
            user: admin
        - name: keep
          context:
            cluster: keep-cluster
            user: keep-user
            namespace: team
        current-context: keep
        extensions:
        - name: my-tool
          extension:
            setting: "quoted value"
        """;

    [Fact]
    public async Task WriteToFileAsync_creates_an_owner_only_file_in_a_new_owner_only_folder()
    {
        var path = Path.Combine(_folder, "new", "config");

        var written = await Sample("web").WriteToFileAsync(path);

        Assert.Equal(path, written);
        Assert.Equal(Sample("web").Content, await File.ReadAllTextAsync(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
            Assert.Equal(OwnerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        }
    }

    [Fact]
    public async Task WriteToFileAsync_replaces_a_readable_file_with_an_owner_only_one_and_follows_a_link()
    {
        var target = Path.Combine(_folder, "real-config");
        await File.WriteAllTextAsync(target, "old");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var link = Path.Combine(_folder, "config");
        File.CreateSymbolicLink(link, target);

        var written = await Sample("web").WriteToFileAsync(link);

        Assert.Equal(target, written);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Sample("web").Content, await File.ReadAllTextAsync(link));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(target));
        }
    }

    [Fact]
    public async Task WriteToFileAsync_that_fails_or_is_cancelled_leaves_the_old_file_and_no_partial_one()
    {
        var path = Path.Combine(_folder, "config");
        await File.WriteAllTextAsync(path, "old");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sample("web").WriteToFileAsync(path, cancelled.Token));
        Assert.Equal("old", await File.ReadAllTextAsync(path));

        // The rename onto a folder fails after the whole temporary file was written.
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "is-a-folder")).FullName;
        await Assert.ThrowsAnyAsync<IOException>(() => Sample("web").WriteToFileAsync(folder));
        Assert.Equal(["config"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task Merge_into_a_missing_file_makes_a_kubeconfig_KubernetesClient_reads()
    {
        var path = Path.Combine(_folder, ".kube", "config");

        var result = await Sample("web").MergeIntoFileAsync(path);

        Assert.Equal((path, "alice@web"), (result.Path, result.CurrentContext));
        Assert.Equal(["alice@web"], result.Contexts);
        Assert.Empty(result.Replaced);
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(path);
        Assert.Equal("https://web.example:6443", config.Host);
        Assert.Equal("new-token", config.AccessToken);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task Merge_keeps_other_entries_replaces_same_names_and_switches_the_context()
    {
        var path = Path.Combine(_folder, "config");
        await File.WriteAllTextAsync(path, Existing);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var result = await Sample("web", user: "admin", context: "admin@web").MergeIntoFileAsync(path);

        Assert.Equal(["cluster web", "user admin", "context admin@web"], result.Replaced);
        Assert.Equal("admin@web", result.CurrentContext);
        var merged = KubernetesClientConfiguration.LoadKubeConfig(new FileInfo(path));
        Assert.Equal(["web", "keep-cluster"], merged.Clusters.Select(c => c.Name));
        Assert.Equal(["admin", "keep-user"], merged.Users.Select(u => u.Name));
        Assert.Equal(["admin@web", "keep"], merged.Contexts.Select(c => c.Name));
        Assert.Equal("https://web.example:6443", merged.Clusters.First().ClusterEndpoint.Server);
        Assert.Equal("new-token", merged.Users.First().UserCredentials.Token);
        Assert.Equal("keep-token", merged.Users.Last().UserCredentials.Token);
        Assert.Equal("team", merged.Contexts.Last().ContextDetails.Namespace);
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains("colors: true", text, StringComparison.Ordinal);
        Assert.Contains("setting: \"quoted value\"", text, StringComparison.Ordinal);
        Assert.Contains("insecure-skip-tls-verify: true", text, StringComparison.Ordinal);
        Assert.DoesNotContain("old-token", text, StringComparison.Ordinal);
        Assert.Equal(["config"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task Merge_can_rename_the_context_and_leave_the_current_one()
    {
        var path = Path.Combine(_folder, "config");
        await File.WriteAllTextAsync(path, Existing);

        var result = await Sample("shop").MergeIntoFileAsync(path, new KubeconfigMergeOptions { ContextName = "prod-shop", SetCurrentContext = false });

        Assert.Equal(["prod-shop"], result.Contexts);
        Assert.Equal("keep", result.CurrentContext);
        var merged = KubernetesClientConfiguration.LoadKubeConfig(new FileInfo(path));
        Assert.Equal(["admin@web", "keep", "prod-shop"], merged.Contexts.Select(c => c.Name));
        Assert.Equal("keep", merged.CurrentContext);
        Assert.Equal("https://shop.example:6443", KubernetesClientConfiguration.BuildConfigFromConfigFile(new FileInfo(path), "prod-shop").Host);
    }

    [Theory]
    [InlineData("just a string")]
    [InlineData("- a\n- list\n")]
    [InlineData("clusters: [unclosed\n")]
    [InlineData("clusters: 5\n")]
    public async Task Merge_into_a_file_that_is_not_a_kubeconfig_is_refused_and_leaves_it_untouched(string content)
    {
        var path = Path.Combine(_folder, "config");
        await File.WriteAllTextAsync(path, content);

        await Assert.ThrowsAsync<InvalidDataException>(() => Sample("web").MergeIntoFileAsync(path));

        Assert.Equal(content, await File.ReadAllTextAsync(path));
        Assert.Equal(["config"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Merge_that_is_cancelled_leaves_the_file_as_it_was()
    {
        var path = Path.Combine(_folder, "config");
        await File.WriteAllTextAsync(path, Existing);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sample("web").MergeIntoFileAsync(path, cancellationToken: cancelled.Token));

        Assert.Equal(Existing, await File.ReadAllTextAsync(path));
        Assert.Equal(["config"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(null, "HOME/.kube/config")]
    [InlineData("", "HOME/.kube/config")]
    [InlineData("first:second", "first")]
    [InlineData(":second", "second")]
    public void The_default_file_is_the_first_of_KUBECONFIG_else_the_one_in_the_home_folder(string? variable, string expected)
    {
        var home = Path.Combine(_folder, "HOME");
        var expectedPath = expected.StartsWith("HOME", StringComparison.Ordinal) ? Path.Combine(_folder, expected) : expected;

        Assert.Equal(expectedPath, KubeconfigPath.Default(variable?.Replace(':', Path.PathSeparator), home));
    }

    [Fact]
    public void Client_configuration_takes_the_named_context_and_refuses_an_unknown_one_without_quoting_the_kubeconfig()
    {
        var two = new Kubeconfig("web", Sample("web").Content.TrimEnd() + "\n" + """
            - name: other
              context:
                cluster: web
                user: alice
                namespace: elsewhere
            """, false);

        Assert.Equal("https://web.example:6443", two.ToClientConfiguration().Host);
        Assert.Null(two.ToClientConfiguration().Namespace);
        Assert.Equal("elsewhere", two.ToClientConfiguration(new KubeconfigClientOptions { Context = "other" }).Namespace);
        var unknown = Assert.Throws<InvalidDataException>(() => two.ToClientConfiguration(new KubeconfigClientOptions { Context = "nope" }));
        Assert.Contains("'nope'", unknown.Message, StringComparison.Ordinal);
        var garbage = Assert.Throws<InvalidDataException>(() => new Kubeconfig("c1", "clusters: [new-token", false).ToClientConfiguration());
        Assert.DoesNotContain("new-token", garbage.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exec_user_is_never_run_unasked_and_a_given_token_or_provider_takes_its_place()
    {
        var exec = new Kubeconfig("ame-1", """
            apiVersion: v1
            kind: Config
            clusters:
            - name: c
              cluster:
                server: https://c.example:6443
            users:
            - name: u
              user:
                exec:
                  apiVersion: client.authentication.k8s.io/v1beta1
                  command: definitely-not-a-program
                  args: [get-token]
            contexts:
            - name: c
              context: {cluster: c, user: u}
            current-context: c
            """, false);

        var refused = Assert.Throws<InvalidOperationException>(() => exec.ToClientConfiguration());
        Assert.Contains("definitely-not-a-program", refused.Message, StringComparison.Ordinal);
        Assert.Contains("AllowExecPlugins", refused.Message, StringComparison.Ordinal);

        var withToken = exec.ToClientConfiguration(new KubeconfigClientOptions { AccessToken = "t0k3n" });
        Assert.Equal("t0k3n", withToken.AccessToken);
        var withProvider = exec.ToClientConfiguration(new KubeconfigClientOptions { TokenProvider = _ => Task.FromResult("fr3sh") });
        var header = await withProvider.TokenProvider.GetAuthenticationHeaderAsync(CancellationToken.None);
        Assert.Equal(("Bearer", "fr3sh"), (header.Scheme, header.Parameter));
        Assert.DoesNotContain("t0k3n", new KubeconfigClientOptions { AccessToken = "t0k3n" }.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A kubeconfig as a provider hands it out, for cluster <paramref name="cluster"/> (contexts last, so a test can add one).</summary>
    private static Kubeconfig Sample(string cluster, string user = "alice", string? context = null) => new(cluster, $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: "{cluster}"
          cluster:
            server: "https://{cluster}.example:6443"
        users:
        - name: "{user}"
          user:
            token: "new-token"
        current-context: "{context ?? user + "@" + cluster}"
        contexts:
        - name: "{context ?? user + "@" + cluster}"
          context:
            cluster: "{cluster}"
            user: "{user}"

        """, wasEncryptedInTransit: false);
}
