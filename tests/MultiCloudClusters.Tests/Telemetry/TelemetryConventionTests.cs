using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;
using MultiCloudClusters.Resilience;
using MultiCloudClusters.Telemetry;

namespace MultiCloudClusters.Tests.Telemetry;

/// <summary>
/// Spans and metrics follow OpenTelemetry's HTTP client conventions (names, units, attributes) plus the provider and
/// registration attributes, with no <c>cloud.provider</c>; instruments come from the container's
/// <see cref="IMeterFactory"/> when there is one, from the static meter otherwise.
/// </summary>
public sealed class TelemetryConventionTests : IAsyncLifetime
{
    private MultiCloudEmulator _emu = null!;

    private int Port => _emu.BaseAddress.Port;

    public async Task InitializeAsync() => _emu = await MultiCloudEmulator.StartAsync();

    public async Task DisposeAsync() => await _emu.DisposeAsync();

    [Fact]
    public async Task Spans_and_metrics_carry_the_http_client_names_and_the_registration_with_instruments_from_the_meter_factory()
    {
        using var collected = new TelemetryCollector(Port);
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddMultiCloudClusters(b => b.UseEmulator(_emu, key => key == OksClusterProvider.ProviderName));
        services.Configure<OksOptions>("oks", o => o.Resilience = Quick());
        await using var container = services.BuildServiceProvider();
        var meterFactory = container.GetRequiredService<IMeterFactory>();
        var oks = container.GetRequiredKeyedService<IClusterProvider>(OksClusterProvider.ProviderName);

        var first = await oks.ListClustersAsync().FirstAsync();
        _emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.Oks, Operation = "GetCluster", Kind = FaultKind.ServiceUnavailable, MaxInjections = 1, OmitRetryAfterHeader = true });
        await oks.GetClusterAsync(first.Id);
        await Assert.ThrowsAsync<CloudNotFoundException>(() => oks.GetClusterAsync("no-such-cluster"));

        // Spans: one per call, retries inside it, named after the method, of kind client.
        var spans = collected.Spans;
        Assert.Equal(3, spans.Count);
        Assert.All(spans, span =>
        {
            Assert.Equal("GET", span.DisplayName);
            Assert.Equal(ActivityKind.Client, span.Kind);
            Assert.Equal("GET", span.GetTagItem("http.request.method"));
            Assert.Equal(_emu.BaseAddress.Host, span.GetTagItem("server.address"));
            Assert.Equal("oks", span.GetTagItem(ClientTelemetry.ProviderAttribute));
            Assert.Equal("oks", span.GetTagItem(ClientTelemetry.RegistrationAttribute));
            Assert.Null(span.GetTagItem("cloud.provider"));
            Assert.DoesNotContain("?", (string)span.GetTagItem("url.full")!, StringComparison.Ordinal);
        });
        var retried = Assert.Single(spans, s => s.GetTagItem("http.request.resend_count") is 1);
        Assert.Equal(200, retried.GetTagItem("http.response.status_code"));
        var missing = Assert.Single(spans, s => s.Status == ActivityStatusCode.Error);
        Assert.Equal(404, missing.GetTagItem("http.response.status_code"));
        Assert.Equal("404", missing.GetTagItem("error.type"));
        Assert.EndsWith("/clusters/no-such-cluster", (string)missing.GetTagItem("url.full")!, StringComparison.Ordinal);

        // Metrics: the duration histogram in seconds, one measurement per call, and the retry counter.
        var durations = collected.Measurements.Where(m => m.Instrument.Name == "http.client.request.duration").ToList();
        Assert.Equal(3, durations.Count);
        Assert.All(durations, m =>
        {
            Assert.IsType<Histogram<double>>(m.Instrument);
            Assert.Equal("s", m.Instrument.Unit);
            Assert.Same(meterFactory, m.Instrument.Meter.Scope);
            Assert.Equal("GET", m.Tags["http.request.method"]);
            Assert.Equal(_emu.BaseAddress.Host, m.Tags["server.address"]);
            Assert.Equal("oks", m.Tags[ClientTelemetry.ProviderAttribute]);
            Assert.Equal("oks", m.Tags[ClientTelemetry.RegistrationAttribute]);
            Assert.False(m.Tags.ContainsKey("cloud.provider"));
            Assert.True(m.Value >= 0);
        });
        Assert.Equal([200, 200, 404], durations.Select(m => (int)m.Tags["http.response.status_code"]!).Order());
        Assert.Equal("404", Assert.Single(durations, m => m.Tags.ContainsKey("error.type")).Tags["error.type"]);
        var retry = Assert.Single(collected.Measurements, m => m.Instrument.Name == ClientTelemetry.RetriesMetric);
        Assert.Same(meterFactory, retry.Instrument.Meter.Scope);
        Assert.Equal(503, retry.Tags["http.response.status_code"]);
        Assert.Equal("oks", retry.Tags[ClientTelemetry.RegistrationAttribute]);
    }

    [Fact]
    public async Task Without_a_container_the_static_meter_reports_under_the_same_names()
    {
        using var collected = new TelemetryCollector(Port);
        var oks = new OksClusterProvider(_emu.Oks.CreateOptions());

        await oks.ListClustersAsync().FirstAsync();

        var duration = Assert.Single(collected.Measurements);
        Assert.Equal(ClientTelemetry.RequestDurationMetric, duration.Instrument.Name);
        Assert.Null(duration.Instrument.Meter.Scope);
        Assert.Equal("oks", duration.Tags[ClientTelemetry.RegistrationAttribute]);
        Assert.Equal("GET", Assert.Single(collected.Spans).DisplayName);
    }

    private static ResilienceOptions Quick() => new()
    {
        MaxRetryAttempts = 2,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromMilliseconds(20),
        EnableCircuitBreaker = false,
    };
}
