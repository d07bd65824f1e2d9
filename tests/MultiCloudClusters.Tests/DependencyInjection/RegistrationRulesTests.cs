using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.DependencyInjection;

/// <summary>Registration names: unique across the estate, checked when registered; options validated per name.</summary>
public sealed class RegistrationRulesTests
{
    private static readonly Uri Loopback = new("http://127.0.0.1:9/api/v2/");

    private static void Good(OksOptions o) => (o.Endpoint, o.AccessKey, o.SecretKey, o.UseCliConfiguration) = (Loopback, "AK", "SK", false);

    private static void Eks(EksOptions o) => (o.Endpoint, o.Region, o.AccessKeyId, o.SecretAccessKey, o.UseSdkDefaults) = (new Uri("http://127.0.0.1:9/"), "us-east-1", "AKID", "SECRET", false);

    [Fact]
    public void Two_registrations_without_a_name_are_refused_naming_the_duplicate()
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<InvalidOperationException>(() => services.AddMultiCloudClusters(b => b.AddOks(Good).AddOks(Good)));

        Assert.Contains("'oks'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AddOks(\"oks-prod\", …)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oks-prod", "oks-prod")]
    [InlineData("oks-prod", "OKS-Prod")]
    public void A_name_used_by_any_provider_is_refused_even_across_calls_and_in_another_case(string first, string second)
    {
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddOks(first, Good));

        var ex = Assert.Throws<InvalidOperationException>(() => services.AddMultiCloudClusters(b => b.AddEks(second, Eks)));

        Assert.Contains($"'{first}' (oks)", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{second}' (eks)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AddEks(\"eks-prod\", …)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_name_from_a_per_provider_section_and_an_account_is_refused()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MultiCloudClusters:Oks:AccessKey"] = "AK",
            ["MultiCloudClusters:Accounts:oks:Provider"] = "Oks",
            ["MultiCloudClusters:Accounts:oks:AccessKey"] = "AK2",
        };

        var ex = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddMultiCloudClusters(EmulatorEstate.Section(settings)));

        Assert.Contains("'oks'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a/b")]
    [InlineData("-leading-dash")]
    [InlineData("line\nbreak")]
    public void A_name_outside_the_rule_is_refused(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMultiCloudClusters(b => b.AddOks(name, Good)));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains("letters, digits", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ex.Message.Split(" (Parameter")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Names_of_64_characters_are_fine_and_65_are_not()
    {
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddOks(new string('a', 64), Good));

        Assert.Throws<ArgumentException>(() => services.AddMultiCloudClusters(b => b.AddOks(new string('b', 65), Good)));
    }

    [Fact]
    public void Options_are_validated_per_name_and_the_failure_names_the_registration()
    {
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b
            .AddOks("oks-good", Good)
            .AddOks("oks-bad", o => (o.Endpoint, o.AccessKey, o.UseCliConfiguration) = (Loopback, "AK-without-secret", false)));
        using var built = services.BuildServiceProvider();
        var options = built.GetRequiredService<IOptionsMonitor<OksOptions>>();

        var startup = Assert.Throws<OptionsValidationException>(() => built.GetRequiredService<IStartupValidator>().Validate());
        var bad = Assert.Throws<OptionsValidationException>(() => options.Get("oks-bad"));

        Assert.Equal("oks-bad", bad.OptionsName);
        Assert.Contains("oks-bad: Oks.AccessKey", bad.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AK-without-secret", bad.Message, StringComparison.Ordinal);
        Assert.Contains("oks-bad:", startup.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("oks-good:", startup.Message, StringComparison.Ordinal);
        Assert.Equal("AK", options.Get("oks-good").AccessKey);
        Assert.Equal("oks-good", built.GetRequiredKeyedService<IClusterProvider>("oks-good").Registration);
        Assert.Throws<OptionsValidationException>(() => built.GetRequiredKeyedService<IClusterProvider>("oks-bad"));
    }

    [Fact]
    public void Options_configured_without_a_name_are_refused_at_start_up_instead_of_being_ignored()
    {
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddOks(Good).AddLakeSail("lakesail-eu", o => (o.Endpoint, o.ApiToken, o.UseEnvironment) = (new Uri("http://127.0.0.1:9/"), "token", false)));
        services.Configure<OksOptions>(o => o.Resilience.MaxRetryAttempts = 0);
        services.ConfigureAll<LakeSailOptions>(o => o.Resilience.MaxRetryAttempts = 0);
        using var built = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => built.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("OksOptions is configured without a name", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Configure<OksOptions>(\"oks\", …)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LakeSailOptions", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, built.GetRequiredService<IOptionsMonitor<LakeSailOptions>>().Get("lakesail-eu").Resilience.MaxRetryAttempts);
    }

    [Fact]
    public void Configuration_names_an_unknown_or_missing_provider_clearly()
    {
        var unknown = new Dictionary<string, string?> { ["MultiCloudClusters:Accounts:gke-eu:Provider"] = "Gke", ["MultiCloudClusters:Accounts:gke-eu:Region"] = "x" };
        var missing = new Dictionary<string, string?> { ["MultiCloudClusters:Accounts:oks-prod:AccessKey"] = "AK" };

        var a = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMultiCloudClusters(EmulatorEstate.Section(unknown)));
        var b = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMultiCloudClusters(EmulatorEstate.Section(missing)));

        Assert.Contains("Accounts:gke-eu:Provider must be one of Oks, Imply, Ame, Eks, LakeSail; got 'Gke'", a.Message, StringComparison.Ordinal);
        Assert.Contains("Accounts:oks-prod:Provider must be one of", b.Message, StringComparison.Ordinal);
        Assert.Contains("got nothing", b.Message, StringComparison.Ordinal);
    }
}
