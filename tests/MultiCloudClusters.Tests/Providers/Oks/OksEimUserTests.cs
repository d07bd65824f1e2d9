using System.Text;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;
using MultiCloudClusters.Security;
using WireMock;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// EIM users through the public <see cref="OksClusterProvider"/> methods: list, create in clear and sealed with
/// NaCl (sealed in the test with libsodium for the key the library sent), delete, types; secrets never shown.
/// </summary>
public sealed class OksEimUserTests : IDisposable
{
    private const string Secret = "eim-SECRET-5f4e3d2c1b0a";

    private const string UserJson = $$"""
        { "UserName": "oks-ci-bot", "Path": "/oks/",
          "AccessKeys": [ { "State": "ACTIVE", "AccessKeyId": "AKEIM0000000001", "CreationDate": "2025-03-04T10:11:12Z",
                            "ExpirationDate": "2025-03-05T10:11:12Z", "SecretKey": "{{Secret}}", "Scope": "project" } ] }
        """;

    private static readonly string UsersPath = $"/projects/{OksHarness.ProjectId}/eim_users";

    private readonly OksHarness _h = new();
    private readonly List<string> _keysSent = [];

    public void Dispose() => _h.Dispose();

    private static void AssertUser(OksEimUser user, bool withSecret = true)
    {
        Assert.Equal("oks-ci-bot", user.UserName);
        Assert.Equal("/oks/", user.AdditionalProperties["Path"].GetString());
        var key = Assert.Single(user.AccessKeys);
        Assert.Equal(("AKEIM0000000001", "ACTIVE", "2025-03-04T10:11:12Z", "2025-03-05T10:11:12Z"), (key.AccessKeyId, key.State, key.CreationDate, key.ExpirationDate));
        Assert.Equal(withSecret ? Secret : null, key.SecretKey);
        Assert.Equal("project", key.AdditionalProperties["Scope"].GetString());
    }

    /// <summary>Answers the create by sealing <paramref name="json"/> for whatever key the client sent.</summary>
    private void AnswerSealed(string json) =>
        _h.AnswerWith("POST", UsersPath, (request, _) =>
        {
            var key = Header(request, "x-encrypt-nacl");
            if (key is null)
            {
                return Reply.Ok(OksHarness.Envelope($"\"EimUser\": {UserJson}"));
            }

            lock (_keysSent)
            {
                _keysSent.Add(key);
            }

            var box = Sodium.SealedPublicKeyBox.Create(Encoding.UTF8.GetBytes(json), Convert.FromBase64String(key));
            return Reply.Ok(OksHarness.Envelope($"\"Data\": \"{Convert.ToBase64String(box)}\""));
        });

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } h
            ? string.Join(",", h.Value)
            : null;

    [Fact]
    public async Task ListEimUsers_MapsUsersAndKeys()
    {
        _h.Answer("GET", UsersPath, 200, OksHarness.Envelope($"\"EimUsers\": [ {UserJson} ]"));

        var users = await _h.Provider.ListEimUsersAsync(OksHarness.ProjectId);

        var entry = _h.SentOnce("GET", UsersPath);
        Assert.Empty(OksHarness.Query(entry));
        AssertUser(Assert.Single(users));
    }

    [Fact]
    public async Task CreateEimUser_Sealed_SendsAFreshKeyPerCall_AndOpensTheUser()
    {
        AnswerSealed(UserJson);

        var user = await _h.Provider.CreateEimUserAsync(OksHarness.ProjectId, new OksEimUserCreateRequest { UserName = "oks-ci-bot", Ttl = TimeSpan.FromDays(1) });
        await _h.Provider.CreateEimUserAsync(OksHarness.ProjectId, new OksEimUserCreateRequest { UserName = "oks-ci-bot" });

        AssertUser(user);
        Assert.Equal(2, _h.Requests.Count);
        var first = _h.Requests[0];
        Assert.Equal("POST", first.RequestMessage!.Method);
        Assert.Equal(OksHarness.Prefix + UsersPath, first.RequestMessage.Path);
        Assert.Equal([("ttl", "1d"), ("user", "oks-ci-bot")], OksHarness.Query(first));
        Assert.Equal([("user", "oks-ci-bot")], OksHarness.Query(_h.Requests[1]));
        OksHarness.AssertNoBody(first);
        OksHarness.AssertAccessKeyAuth(first);
        Assert.Equal(2, _keysSent.Distinct().Count());
        Assert.All(_keysSent, k => Assert.Equal(NaclKeyPair.KeyLength, Convert.FromBase64String(k).Length));
    }

    [Fact]
    public async Task CreateEimUser_InClear_SendsNoKey_AndMapsTheUser()
    {
        AnswerSealed(UserJson);

        var user = await _h.Provider.CreateEimUserAsync(OksHarness.ProjectId, new OksEimUserCreateRequest { UserName = "oks-ci-bot", Encrypted = false, Ttl = TimeSpan.FromHours(5) });

        var entry = _h.SentOnce("POST", UsersPath);
        Assert.Null(OksHarness.Header(entry, "x-encrypt-nacl"));
        Assert.Equal([("ttl", "5h"), ("user", "oks-ci-bot")], OksHarness.Query(entry));
        AssertUser(user);
    }

    [Fact]
    public async Task CreateEimUser_SealedForAnotherKey_FailsWithoutShowingAnything()
    {
        var other = Sodium.PublicKeyBox.GenerateKeyPair();
        var box = Sodium.SealedPublicKeyBox.Create(Encoding.UTF8.GetBytes(UserJson), other.PublicKey);
        _h.Answer("POST", UsersPath, 200, OksHarness.Envelope($"\"Data\": \"{Convert.ToBase64String(box)}\""));

        var ex = await Assert.ThrowsAsync<KubeconfigDecryptionException>(() => _h.Provider.CreateEimUserAsync(OksHarness.ProjectId, new OksEimUserCreateRequest { UserName = "oks-ci-bot" }));

        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json {" + Secret)]
    [InlineData("null")]
    public async Task CreateEimUser_SealedJunk_IsAMalformedAnswer_ThatQuotesNothing(string opened)
    {
        AnswerSealed(opened);

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Provider.CreateEimUserAsync(OksHarness.ProjectId, new OksEimUserCreateRequest { UserName = "oks-ci-bot" }));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("Data", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public async Task CreateEimUser_SealedAnswerWithoutData_IsAMalformedAnswer()
    {
        _h.Answer("POST", UsersPath, 200, OksHarness.Envelope("\"Other\": 1"));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Provider.CreateEimUserAsync(OksHarness.ProjectId, new OksEimUserCreateRequest { UserName = "oks-ci-bot" }));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    [Fact]
    public async Task CreateEimUser_Failure_IsNotRetried()
    {
        _h.Answer("POST", UsersPath, 500, OksHarness.ErrorEnvelope("InternalError", "boom", 500));

        await Assert.ThrowsAsync<CloudApiException>(() => _h.Drive(_h.Provider.CreateEimUserAsync(OksHarness.ProjectId, new OksEimUserCreateRequest { UserName = "oks-ci-bot" })));

        Assert.Single(_h.Requests);
    }

    [Theory]
    [InlineData(null, null, "request.UserName")]
    [InlineData(" ", null, "request.UserName")]
    [InlineData("bot", 90, "request.Ttl")]
    [InlineData("bot", -3600, "request.Ttl")]
    public async Task CreateEimUser_InvalidRequest_IsRefusedBeforeSending(string? user, int? ttlSeconds, string field)
    {
        var request = new OksEimUserCreateRequest { UserName = user, Ttl = ttlSeconds is { } s ? TimeSpan.FromSeconds(s) : null };

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider.CreateEimUserAsync(OksHarness.ProjectId, request));

        Assert.Equal(field, Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task ListEimUserTypes_MapsTypes()
    {
        _h.Answer("GET", UsersPath + "/types", 200, OksHarness.Envelope("""
            "EimUserTypes": [ { "UserType": "readonly", "Description": "Read-only access", "Level": 1 }, { "UserType": "admin", "Description": null } ]
            """));

        var types = await _h.Provider.ListEimUserTypesAsync(OksHarness.ProjectId);

        _h.SentOnce("GET", UsersPath + "/types");
        Assert.Equal(["readonly", "admin"], types.Select(t => t.UserType));
        Assert.Equal("Read-only access", types[0].Description);
        Assert.Equal(1, types[0].AdditionalProperties["Level"].GetInt32());
        Assert.Null(types[1].Description);
    }

    [Fact]
    public async Task DeleteEimUser_DeletesByName()
    {
        _h.Answer("DELETE", UsersPath + "/oks-ci-bot", 200, OksHarness.Envelope("\"Details\": \"User deleted\""));

        await _h.Provider.DeleteEimUserAsync(OksHarness.ProjectId, "oks-ci-bot");

        var entry = _h.SentOnce("DELETE", UsersPath + "/oks-ci-bot");
        Assert.Empty(OksHarness.Query(entry));
        OksHarness.AssertNoBody(entry);
    }

    [Theory]
    [InlineData("", "bot", "projectId")]
    [InlineData(OksHarness.ProjectId, "..", "userName")]
    [InlineData(OksHarness.ProjectId, " ", "userName")]
    public async Task DeleteEimUser_BadSegment_IsRefusedBeforeSending(string project, string user, string field)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider.DeleteEimUserAsync(project, user));

        Assert.Equal(field, Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task SecretKeys_NeverAppearInToString_OrInTheLogs()
    {
        AnswerSealed(UserJson);

        var user = await _h.Provider.CreateEimUserAsync(OksHarness.ProjectId, new OksEimUserCreateRequest { UserName = "oks-ci-bot" });

        Assert.Equal(Secret, user.AccessKeys[0].SecretKey);
        Assert.DoesNotContain(Secret, user.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, user.AccessKeys[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("AKEIM0000000001", user.AccessKeys[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("hidden", user.AccessKeys[0].ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(_h.Logs.Entries);
        Assert.DoesNotContain(Secret, _h.Logs.AllText, StringComparison.Ordinal);
    }
}
