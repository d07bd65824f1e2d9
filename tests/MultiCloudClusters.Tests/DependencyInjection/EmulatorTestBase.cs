using MultiCloudClusters.Emulator;

namespace MultiCloudClusters.Tests.DependencyInjection;

/// <summary>A fresh emulator per test, for the registration tests that run against it.</summary>
public abstract class EmulatorTestBase : IAsyncLifetime
{
    /// <summary>The running emulator.</summary>
    protected MultiCloudEmulator Emu { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Emu = await MultiCloudEmulator.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await Emu.DisposeAsync();
}
