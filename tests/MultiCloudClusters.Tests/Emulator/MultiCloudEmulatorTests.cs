using System.Net;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>The emulator as a whole: one loopback port, five prefixes, hidden secrets, recorded attempts.</summary>
public sealed class MultiCloudEmulatorTests
{
    [Fact]
    public async Task Starts_on_a_free_loopback_port_with_each_provider_under_its_prefix()
    {
        await using var emu = await MultiCloudEmulator.StartAsync();
        Assert.Equal("127.0.0.1", emu.BaseAddress.Host);
        Assert.NotEqual(0, emu.BaseAddress.Port);
        Assert.Equal(new Uri(emu.BaseAddress, "oks/api/v2/"), emu.Oks.BaseUrl);
        Assert.Equal(new Uri(emu.BaseAddress, "imply/api/v1/"), emu.Imply.BaseUrl);
        Assert.Equal(new Uri(emu.BaseAddress, "imply/oauth/token"), emu.Imply.TokenEndpoint);
        Assert.Equal(new Uri(emu.BaseAddress, "ame/"), emu.Ame.BaseUrl);
        Assert.Equal(new Uri(emu.BaseAddress, "eks/"), emu.Eks.BaseUrl);
        Assert.Equal(new Uri(emu.BaseAddress, "lakesail/api/v1/"), emu.LakeSail.BaseUrl);

        Assert.DoesNotContain(emu.Oks.SecretKey, emu.Oks.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(emu.Oks.Password, emu.Oks.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(emu.Imply.AccessToken, emu.Imply.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(emu.Imply.ClientSecret, emu.Imply.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(emu.Ame.PersonalAccessToken, emu.Ame.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(emu.LakeSail.ApiToken, emu.LakeSail.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_attempt_is_recorded_in_order_with_its_status_and_fault()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.Ame, Kind = FaultKind.ServiceUnavailable, MaxInjections = 2 });
        using var http = AmeClient(emu);
        var url = $"api/v1/orgs/{emu.Ame.Organisation}/clusters";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await http.GetAsync(url)).StatusCode);

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
        var attempts = emu.Counters.AttemptsFor(EmulatedProvider.Ame, "ListOrganisationClusters");
        Assert.Equal([503, 503, 200], attempts.Select(a => a.StatusCode));
        Assert.Equal([FaultKind.ServiceUnavailable, FaultKind.ServiceUnavailable, null], attempts.Select(a => a.Fault));
        Assert.True(attempts.Zip(attempts.Skip(1)).All(p => p.First.Elapsed <= p.Second.Elapsed));
        Assert.Equal(2, emu.Faults.InjectedCount);
        emu.Counters.Reset();
        Assert.Empty(emu.Counters.Attempts);
    }
}
