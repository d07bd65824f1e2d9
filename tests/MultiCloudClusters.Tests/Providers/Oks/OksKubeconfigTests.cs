using System.Text;
using System.Text.Json;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;
using MultiCloudClusters.Security;
using WireMock;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// Kubeconfig through <see cref="OksClusterProvider"/>: the plain GET, the NaCl POST (sealed in the test
/// with libsodium for the key the SDK sent), the user/group/ttl query and the reserved-name refusal.
/// </summary>
public sealed class OksKubeconfigTests : IDisposable
{
    private const string Yaml = """
        apiVersion: v1
        kind: Config
        clusters:
        - cluster:
            server: https://web-prod.eu-west-2.oks.outscale.com:6443
          name: web-prod
        users:
        - name: alice
          user:
            client-key-data: S0VZLURBVEEtc2VjcmV0LXNhbXBsZQ==
        """;

    private readonly OksHarness _h = new();
    private readonly List<string> _keysSent = [];

    public void Dispose() => _h.Dispose();

    private static string PathOf() => $"/clusters/{OksHarness.ClusterId}/kubeconfig";

    private static string KubeconfigBody(string value) =>
        """{"ResponseContext":{"RequestId":"req-k"},"Cluster":{"request_id":"req-k","data":{"name":"web-prod","kubeconfig":""" + JsonSerializer.Serialize(value) + "}}}";

    /// <summary>Answers the NaCl POST by sealing <see cref="Yaml"/> for whatever key the client sent.</summary>
    private void AnswerSealed(string yaml = Yaml) =>
        _h.AnswerWith("POST", PathOf(), (request, _) =>
        {
            var key = RequestHeader(request, "x-encrypt-nacl");
            if (key is null)
            {
                return new Reply(400, OksHarness.ErrorEnvelope("BadRequest", "no key", 400));
            }

            lock (_keysSent)
            {
                _keysSent.Add(key);
            }

            var box = Sodium.SealedPublicKeyBox.Create(Encoding.UTF8.GetBytes(yaml), Convert.FromBase64String(key));
            return Reply.Ok(KubeconfigBody(Convert.ToBase64String(box)));
        });

    private static string? RequestHeader(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } h
            ? string.Join(",", h.Value)
            : null;

    [Fact]
    public async Task Plain_GetsKubeconfig_InClear()
    {
        _h.Answer("GET", PathOf(), 200, KubeconfigBody(Yaml));

        var kubeconfig = await _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId, new KubeconfigRequest { Encrypted = false, User = "alice", Group = "devs", Ttl = TimeSpan.FromHours(5) });

        var entry = Assert.Single(_h.Requests);
        Assert.Equal("GET", entry.RequestMessage!.Method);
        Assert.Equal(OksHarness.Prefix + PathOf(), entry.RequestMessage.Path);
        Assert.Equal([("group", "devs"), ("ttl", "5h"), ("user", "alice")], OksHarness.Query(entry));
        Assert.Null(OksHarness.Header(entry, "x-encrypt-nacl"));
        Assert.Equal(OksHarness.AccessKey, OksHarness.Header(entry, "AccessKey"));
        Assert.Equal(Yaml, kubeconfig.Content);
        Assert.False(kubeconfig.WasEncryptedInTransit);
        Assert.Equal(OksHarness.ClusterId, kubeconfig.ClusterId);
    }

    [Fact]
    public async Task Default_IsNacl_PostsAFreshPublicKey_AndOpensTheSealedBox()
    {
        AnswerSealed();

        var kubeconfig = await _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId);

        var entry = Assert.Single(_h.Requests);
        Assert.Equal("POST", entry.RequestMessage!.Method);
        Assert.Equal(OksHarness.Prefix + PathOf(), entry.RequestMessage.Path);
        Assert.Empty(OksHarness.Query(entry));
        Assert.Equal(OksHarness.AccessKey, OksHarness.Header(entry, "AccessKey"));
        var key = OksHarness.Header(entry, "x-encrypt-nacl")!;
        Assert.Equal(44, key.Length);
        Assert.Equal(32, Convert.FromBase64String(key).Length);
        Assert.Equal(Yaml, kubeconfig.Content);
        Assert.True(kubeconfig.WasEncryptedInTransit);
    }

    [Fact]
    public async Task Nacl_UsesANewKeyPairForEachCall()
    {
        AnswerSealed();

        await _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId);
        await _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId);

        Assert.Equal(2, _keysSent.Count);
        Assert.NotEqual(_keysSent[0], _keysSent[1]);
    }

    [Fact]
    public async Task Nacl_WithUserGroupAndTtl_SendsThemInTheQuery()
    {
        AnswerSealed();

        await _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId, new KubeconfigRequest { User = "bob", Group = "ops", Ttl = TimeSpan.FromDays(1) });

        Assert.Equal([("group", "ops"), ("ttl", "1d"), ("user", "bob")], OksHarness.Query(Assert.Single(_h.Requests)));
    }

    [Fact]
    public async Task Nacl_BoxSealedForAnotherKey_GivesKubeconfigDecryptionException()
    {
        var other = Sodium.PublicKeyBox.GenerateKeyPair();
        var box = Sodium.SealedPublicKeyBox.Create(Encoding.UTF8.GetBytes(Yaml), other.PublicKey);
        _h.Answer("POST", PathOf(), 200, KubeconfigBody(Convert.ToBase64String(box)));

        var ex = await Assert.ThrowsAsync<KubeconfigDecryptionException>(() => _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId));

        Assert.DoesNotContain("client-key-data", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nacl_ClearTextWhereABoxIsExpected_GivesKubeconfigDecryptionException()
    {
        _h.Answer("POST", PathOf(), 200, KubeconfigBody("apiVersion: v1"));

        await Assert.ThrowsAsync<KubeconfigDecryptionException>(() => _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId));
    }

    [Fact]
    public async Task Nacl_ResponseWithoutKubeconfig_IsMalformedResponse()
    {
        _h.Answer("POST", PathOf(), 200, """{"ResponseContext":{"RequestId":"r"},"Cluster":{"data":{}}}""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    [Theory]
    [InlineData(5, "5h")]
    [InlineData(36, "36h")]
    [InlineData(24, "1d")]
    [InlineData(48, "2d")]
    [InlineData(24 * 7, "1w")]
    [InlineData(24 * 14, "2w")]
    [InlineData(24 * 10, "10d")]
    public async Task Ttl_IsSentInOksFormat(int hours, string expected)
    {
        _h.Answer("GET", PathOf(), 200, KubeconfigBody("apiVersion: v1"));

        await _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId, new KubeconfigRequest { Encrypted = false, Ttl = TimeSpan.FromHours(hours) });

        Assert.Contains(("ttl", expected), OksHarness.Query(Assert.Single(_h.Requests)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(90)]
    public async Task Ttl_NotWholeHours_IsRefusedBeforeSending(int minutes)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId, new KubeconfigRequest { Ttl = TimeSpan.FromMinutes(minutes) }));

        Assert.Equal("request.Ttl", Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_h.Requests);
    }

    [Theory]
    [InlineData("system:x", null, "request.User")]
    [InlineData("oks:admin", null, "request.User")]
    [InlineData(null, "system:masters", "request.Group")]
    [InlineData(null, "oks:ops", "request.Group")]
    public async Task ReservedUserOrGroup_IsRefusedBeforeSending(string? user, string? group, string field)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId, new KubeconfigRequest { User = user, Group = group }));

        Assert.Equal(field, Assert.Single(ex.FieldErrors).Field);
        Assert.Contains("system:", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public void Kubeconfig_ToString_HidesTheContents()
    {
        var kubeconfig = new Kubeconfig(OksHarness.ClusterId, Yaml, wasEncryptedInTransit: true);

        var text = kubeconfig.ToString();

        Assert.Contains(OksHarness.ClusterId, text, StringComparison.Ordinal);
        Assert.DoesNotContain("client-key-data", text, StringComparison.Ordinal);
        Assert.DoesNotContain("apiVersion", text, StringComparison.Ordinal);
        Assert.DoesNotContain("S0VZLURBVEEtc2VjcmV0LXNhbXBsZQ==", text, StringComparison.Ordinal);
    }
}
