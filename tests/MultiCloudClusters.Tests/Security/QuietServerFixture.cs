namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// A hostile server that answers 404 to everything and lives as long as a test class, for "nothing was sent"
/// checks: a test compares its request count before and after. (A server started per test may get a port a
/// server of another test class used a moment before, and with it a late request meant for that one.)
/// </summary>
public sealed class QuietServerFixture : IAsyncLifetime
{
    /// <summary>The server.</summary>
    public HostileServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        Server = HostileServer.Start(behaviour: exchange => exchange.RespondAsync(HostileResponse.Json(404, "{}")));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
