using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.DependencyInjection;

/// <summary>
/// Options are bound by the configuration-binding source generator, which skips a member it cannot bind (its
/// warning is off in the project, see the csproj). Every settable member of every options type is set in a section
/// and must arrive, each with its own value; only the members set in code alone may be skipped.
/// </summary>
public sealed class OptionsBindingTests
{
    /// <summary>Members that hold objects built in code, never read from configuration.</summary>
    private static readonly string[] CodeOnly = ["EksOptions.CredentialSource", "LakeSailOptions.Authenticator"];

    private readonly List<string> _skipped = [];

    [Fact]
    public void Every_settable_member_of_every_options_type_is_bound_from_a_section_except_the_code_only_ones()
    {
        var bound = Check(OksBuilderExtensions.Definition) + Check(ImplyBuilderExtensions.Definition) + Check(AmeBuilderExtensions.Definition)
            + Check(EksBuilderExtensions.Definition) + Check(LakeSailBuilderExtensions.Definition);

        Assert.Equal(CodeOnly.Order(StringComparer.Ordinal), _skipped.Order(StringComparer.Ordinal));
        Assert.True(bound >= 5 * 16, $"only {bound} members bound"); // each options type has its own members plus the 15 of Resilience
    }

    [Fact]
    public void A_reloaded_section_reaches_the_registrations_options()
    {
        var root = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Oks:Region"] = "eu-west-2",
            ["Oks:AccessKey"] = "AK",
            ["Oks:SecretKey"] = "SK",
            ["Oks:UseCliConfiguration"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddOks("oks-prod", root.GetSection("Oks")));
        using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<OksOptions>>();
        Assert.Equal("eu-west-2", monitor.Get("oks-prod").Region);

        root["Oks:Region"] = "cloudgouv-eu-west-1";
        root.Reload();

        Assert.Equal("cloudgouv-eu-west-1", monitor.Get("oks-prod").Region);
        Assert.Equal("AK", monitor.Get("oks-prod").AccessKey);
    }

    /// <summary>Binds a section giving every member a distinct value through the definition's binder; returns how many arrived.</summary>
    private int Check<TService, TProvider, TOptions, TResolved>(ProviderDefinition<TService, TProvider, TOptions, TResolved> definition)
        where TService : class
        where TProvider : class, TService
        where TOptions : class
    {
        var settings = new Dictionary<string, string?>();
        var expected = new List<(string Path, Func<object, object?> Read, object Value)>();
        Collect(typeof(TOptions), typeof(TOptions).Name, string.Empty, o => o, Activator.CreateInstance<TOptions>(), settings, expected);
        var options = Activator.CreateInstance<TOptions>();

        definition.Bind(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), options);

        foreach (var (path, read, value) in expected)
        {
            Assert.True(Equals(value, read(options)), $"{path}: expected {value}, bound {read(options) ?? "nothing"}");
        }

        return expected.Count;
    }

    private void Collect(Type type, string owner, string prefix, Func<object, object?> parent, object fresh, Dictionary<string, string?> settings, List<(string, Func<object, object?>, object)> expected)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var key = prefix + property.Name;
            var path = $"{owner}.{key.Replace(':', '.')}";
            var read = (object o) => parent(o) is { } holder ? property.GetValue(holder) : null;
            var kind = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var value = Distinct(kind, settings.Count, read(fresh));
            if (value is not null)
            {
                Assert.False(Equals(value, read(fresh)), $"{path}: the test's value is the default");
                settings[key] = Convert.ToString(value, CultureInfo.InvariantCulture);
                expected.Add((path, read, value));
            }
            else if (kind.IsClass && !kind.IsAbstract && kind.GetConstructor(Type.EmptyTypes) is not null && kind.Namespace!.StartsWith("MultiCloudClusters", StringComparison.Ordinal))
            {
                Collect(kind, owner, key + ":", read, fresh, settings, expected);
            }
            else
            {
                _skipped.Add(path);
            }
        }
    }

    /// <summary>A value of <paramref name="type"/> other than the member's default and every other member's; null for a type to recurse into or skip.</summary>
    private static object? Distinct(Type type, int n, object? defaultValue) =>
        type == typeof(string) ? $"value-{n}"
        : type == typeof(bool) ? !Equals(defaultValue, true)
        : type == typeof(int) ? 1000 + n
        : type == typeof(long) ? 100_000L + n
        : type == typeof(double) ? 0.01 * (n + 1)
        : type == typeof(TimeSpan) ? TimeSpan.FromSeconds(1000 + n)
        : type == typeof(Uri) ? new Uri($"https://host-{n}.example/api/")
        : null;
}
