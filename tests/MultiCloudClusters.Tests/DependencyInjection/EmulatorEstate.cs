using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Emulator;

namespace MultiCloudClusters.Tests.DependencyInjection;

/// <summary>A <c>MultiCloudClusters</c> configuration section describing accounts on a running emulator, as a user writes it.</summary>
internal static class EmulatorEstate
{
    /// <summary>One account per provider, each under its own name.</summary>
    public static readonly (string Name, string Provider)[] FiveAccounts =
        [("oks-prod", "Oks"), ("imply-analytics", "Imply"), ("ame-acme", "Ame"), ("eks-us", "Eks"), ("lakesail-eu", "LakeSail")];

    /// <summary>The settings of <paramref name="accounts"/> under <c>MultiCloudClusters:Accounts</c>, retries off so tests stay quick.</summary>
    public static Dictionary<string, string?> Settings(MultiCloudEmulator emu, IEnumerable<(string Name, string Provider)> accounts)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (name, provider) in accounts)
        {
            Add(settings, $"MultiCloudClusters:Accounts:{name}", provider, emu);
        }

        return settings;
    }

    /// <summary>The settings of one provider's account (or per-provider section) at <paramref name="prefix"/>: the emulator's own, retries off.</summary>
    public static void Add(Dictionary<string, string?> settings, string prefix, string provider, MultiCloudEmulator emu)
    {
        var values = emu.GetConfigurationValues(section: "")
            .Where(v => v.Key.StartsWith(provider + ":", StringComparison.Ordinal))
            .ToDictionary(v => v.Key[(provider.Length + 1)..], v => v.Value);
        if (values.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(provider), provider, "not a provider");
        }

        values["Resilience:MaxRetryAttempts"] = "0";
        if (prefix.Contains(":Accounts:", StringComparison.Ordinal))
        {
            values["Provider"] = provider;
        }

        foreach (var (key, value) in values)
        {
            settings[$"{prefix}:{key}"] = value;
        }
    }

    /// <summary>The <c>MultiCloudClusters</c> section of <paramref name="settings"/>.</summary>
    public static IConfigurationSection Section(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("MultiCloudClusters");

    /// <summary>Builds the container as a host does, and runs its start-up validation.</summary>
    public static ServiceProvider Start(IServiceCollection services)
    {
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
            return provider;
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }
}
