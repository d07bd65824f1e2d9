using System.Text.Json;
using MultiCloudClusters.Emulator;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>
/// Lists answer with each provider's real default page size when the caller asks for none (OKS 100, AME 50, EKS 100,
/// LakeSail 100), so a client that reads only the first page sees what it would see on the real API; small pages
/// come only from <see cref="EmulatorOptions.DefaultPageSize"/>.
/// </summary>
public sealed class EmulatorPageSizeTests
{
    private static string Orgs(MultiCloudEmulator emu) => $"api/v1/orgs/{emu.Ame.Organisation}/clusters";

    [Fact]
    public async Task Without_a_page_size_each_provider_uses_its_own_default()
    {
        await using var emu = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.Zero, SeedData = false });
        using var oks = OksClient(emu);
        using var ame = AmeClient(emu);
        using var lakesail = LakeSailClient(emu);
        using var eks = EksClient(emu);
        for (var i = 0; i < 101; i++)
        {
            await OkJsonAsync(await lakesail.PostAsync("infra/connections", Json($$"""{"name":"c{{i}}","provider":"aws"}""")));
            await OkJsonAsync(await eks.PostAsync("cluster-registrations", Json($$$"""{"name":"r{{{i}}}","connectorConfig":{"roleArn":"arn:aws:iam::123456789012:role/r","provider":"OTHER"}}""")));
        }

        var projects = await OkJsonAsync(await oks.GetAsync("projects?page=1"));
        Assert.Equal(100, projects.GetProperty("Pagination").GetProperty("offset").GetProperty("limit").GetInt32());
        Assert.Equal(50, (await OkJsonAsync(await ame.GetAsync(Orgs(emu)))).GetProperty("size").GetInt32());
        var connections = await OkJsonAsync(await lakesail.GetAsync("infra/connections"));
        Assert.Equal(100, connections.GetProperty("items").GetArrayLength());
        Assert.True(connections.TryGetProperty("marker", out _));
        var registrations = await OkJsonAsync(await eks.GetAsync("clusters?include=all"));
        Assert.Equal(100, registrations.GetProperty("clusters").GetArrayLength());
        Assert.True(registrations.TryGetProperty("nextToken", out _));
    }

    [Fact]
    public async Task The_seeded_lists_fit_on_one_page_by_default_and_span_pages_when_the_option_asks()
    {
        await using var real = await MultiCloudEmulator.StartAsync();
        await using var small = await MultiCloudEmulator.StartAsync(new EmulatorOptions { DefaultPageSize = 2 });

        foreach (var (emu, pages) in new[] { (real, 1), (small, 2) })
        {
            using var oks = OksClient(emu);
            using var ame = AmeClient(emu);
            using var lakesail = LakeSailClient(emu);
            using var eks = EksClient(emu);
            Assert.Equal(pages == 1, Next(await OkJsonAsync(await oks.GetAsync("clusters/all")), "Pagination", "cursor", "next_cursor") is null);
            Assert.Equal(pages == 1, (await OkJsonAsync(await ame.GetAsync(Orgs(emu)))).GetProperty("last").GetBoolean());
            Assert.Equal(pages == 1, Next(await OkJsonAsync(await lakesail.GetAsync("infra/connections")), "marker") is null);
            Assert.Equal(pages == 1, Next(await OkJsonAsync(await eks.GetAsync("clusters")), "nextToken") is null);
        }
    }

    private static string? Next(JsonElement page, params string[] path)
    {
        foreach (var name in path)
        {
            if (page.ValueKind != JsonValueKind.Object || !page.TryGetProperty(name, out page)) return null;
        }

        return page.ValueKind == JsonValueKind.String ? page.GetString() : null;
    }
}
