using System.Text.Json;
using MultiCloudClusters.Emulator;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>
/// Updates change what the request names the way each API does: Imply PATCH is a JSON merge patch and PUT an
/// overwrite; AME's cluster PATCH keeps what it leaves out while a node-pool PUT replaces the pool; LakeSail's
/// PATCH merges the provider configuration.
/// </summary>
public sealed class EmulatorUpdateSemanticsTests
{
    [Fact]
    public async Task Imply_PATCH_merges_and_deletes_nulls_while_PUT_overwrites()
    {
        await using var emu = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.Zero });
        using var http = ImplyClient(emu);
        var cluster = (await OkJsonAsync(await http.GetAsync("clusters")))[0];
        var url = $"clusters/{cluster.Str("metadata", "uid")}";

        var patched = await OkJsonAsync(await http.PatchAsync(url, Json("""{"spec":{"version":"2024.02","deepStorage":null,"query":{"replicas":2}}}""", "application/merge-patch+json")));
        var spec = patched.GetProperty("spec");
        Assert.Equal("2024.02", spec.Str("version"));
        Assert.False(spec.TryGetProperty("deepStorage", out _));
        Assert.Equal(2, spec.GetProperty("query").GetProperty("replicas").GetInt32());
        Assert.Equal("m5.large", spec.GetProperty("query").Str("instanceType"));
        Assert.Equal(cluster.GetProperty("spec").GetProperty("master").GetRawText(), spec.GetProperty("master").GetRawText());

        var put = $$"""{"metadata":{"name":"{{cluster.Str("metadata", "name")}}"},"spec":""" + """{"version":"2024.03","desiredState":"STARTED","pivot":{"accessMode":"PROXIED"}}}""";
        var overwritten = (await OkJsonAsync(await http.PutAsync(url, Json(put)))).GetProperty("spec");
        Assert.Equal(["desiredState", "pivot", "version"], overwritten.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(3, (await OkJsonAsync(await http.GetAsync(url))).GetProperty("status").GetProperty("resourceVersion").GetInt64());
    }

    [Fact]
    public async Task AME_cluster_PATCH_keeps_what_it_leaves_out_and_node_pool_PUT_replaces_the_pool()
    {
        await using var emu = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.Zero });
        using var http = AmeClient(emu);
        var url = $"api/v1/orgs/{emu.Ame.Organisation}/clusters/production/web";
        var before = await OkJsonAsync(await http.GetAsync(url));

        var patched = await OkJsonAsync(await http.PatchAsync(url, Json("""{"enableAutoUpgrade":true}""")));
        Assert.True(patched.GetProperty("autoUpgrade").GetBoolean());
        foreach (var kept in new[] { "version", "cni", "region", "description", "podSecurityStandardsProfile" })
        {
            Assert.Equal(before.GetProperty(kept).GetRawText(), patched.GetProperty(kept).GetRawText());
        }

        var pool = (await OkJsonAsync(await http.GetAsync(url + "/pools")))[0];
        var id = pool.GetProperty("id").GetInt64();
        await OkJsonAsync(await http.PutAsync($"{url}/pools/{id}", Json("""{"name":"workers","nodeSize":"t3.xlarge","labels":{"tier":"web"}}""")));
        var replaced = (await OkJsonAsync(await http.GetAsync(url + "/pools")))[0];
        Assert.Equal(("t3.xlarge", 1, pool.Str("identity")), (replaced.Str("nodeSize"), replaced.GetProperty("minSize").GetInt32(), replaced.Str("identity")));
        Assert.Equal("web", replaced.GetProperty("labels").Str("tier"));
    }

    [Fact]
    public async Task LakeSail_PATCH_renames_and_merges_the_provider_configuration()
    {
        await using var emu = await MultiCloudEmulator.StartAsync();
        using var http = LakeSailClient(emu);
        var connection = (await OkJsonAsync(await http.GetAsync("infra/connections"))).GetProperty("items")[0];
        var url = $"infra/connections/{connection.Str("id")}";

        var renamed = await OkJsonAsync(await http.PatchAsync(url, Json("""{"name":"renamed"}""")));
        var merged = await OkJsonAsync(await http.PatchAsync(url, Json("""{"providerConfig":{"region":"eu-west-1"}}""")));

        Assert.Equal(connection.GetProperty("providerConfig").Str("roleArn"), renamed.GetProperty("providerConfig").Str("roleArn"));
        Assert.Equal("renamed", merged.Str("name"));
        Assert.Equal("eu-west-1", merged.GetProperty("providerConfig").Str("region"));
        Assert.Equal(connection.GetProperty("providerConfig").Str("accountId"), merged.GetProperty("providerConfig").Str("accountId"));
        Assert.Equal(JsonValueKind.String, merged.GetProperty("updatedAt").ValueKind);
    }
}
