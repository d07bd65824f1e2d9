using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator;

/// <summary>Points the library's providers at a running emulator.</summary>
/// <example><code>await using var emu = await MultiCloudEmulator.StartAsync();
/// services.AddMultiCloudClusters(b => b.UseEmulator(emu).AddEmulatorAccount(emu, "oks", "oks-staging"));</code></example>
public static class EmulatorBuilderExtensions
{
    /// <summary>
    /// Registers every provider (or those <paramref name="include"/> accepts, by key: <c>oks</c>, <c>imply</c>,
    /// <c>ame</c>, <c>eks</c>, <c>lakesail</c>) under its provider key, with the emulator's URLs and credentials,
    /// ignoring the machine's own CLI, AWS and environment configuration.
    /// </summary>
    /// <param name="builder">The builder of <c>AddMultiCloudClusters</c>.</param>
    /// <param name="emulator">The running emulator.</param>
    /// <param name="include">Which provider keys to register; every one when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">Another registration already has a provider key as its name.</exception>
    public static MultiCloudClustersBuilder UseEmulator(this MultiCloudClustersBuilder builder, MultiCloudEmulator emulator, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(emulator);
        foreach (var account in EmulatorAccounts.All.Where(a => include is null || include(a.Key)))
        {
            account.Register(builder, emulator, account.Key);
        }

        return builder;
    }

    /// <summary>
    /// Registers one more account of <paramref name="provider"/> (a key: <c>oks</c>, <c>imply</c>, <c>ame</c>,
    /// <c>eks</c>, <c>lakesail</c>) on the emulator under <paramref name="name"/>, e.g. a second OKS account
    /// <c>AddEmulatorAccount(emu, "oks", "oks-staging")</c>. The emulator has one set of credentials per
    /// provider, so every account of a provider sees the same emulated state.
    /// </summary>
    /// <param name="builder">The builder of <c>AddMultiCloudClusters</c>.</param>
    /// <param name="emulator">The running emulator.</param>
    /// <param name="provider">The provider key.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="provider"/> is not a provider key, or <paramref name="name"/> is not a valid registration name.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddEmulatorAccount(this MultiCloudClustersBuilder builder, MultiCloudEmulator emulator, string provider, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(emulator);
        var account = EmulatorAccounts.Find(provider)
            ?? throw new ArgumentException($"The emulator serves {EmulatorAccounts.Keys}; got '{provider}'.", nameof(provider));
        return account.Register(builder, emulator, name);
    }
}
