using Microsoft.Extensions.Options;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 2 of issue 11: a value that goes into a header is refused where it is resolved when it holds a line
/// break, a bare LF, NUL, DEL or non-ASCII — in code (the constructor throws <see cref="InvalidRequestException"/>)
/// and through dependency injection (start-up validation fails) — naming the option, and nothing is sent.
/// </summary>
public sealed class HeaderValueTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    /// <summary>The hostile suffixes: CR LF with a forged header, a bare LF, NUL, DEL and a non-ASCII letter.</summary>
    internal static readonly (string Label, string Suffix)[] Hostile =
    [
        ("crlf", "\r\nX-Evil: 1"), ("lf", "\nX-Evil: 1"), ("nul", "\0"), ("del", "\u007f"), ("non-ascii", "caf\u00e9"),
    ];

    /// <summary>Every header-bound option of every (provider, auth scheme), with its prefix in error messages.</summary>
    private static readonly (string Provider, string Auth, string Option, string Prefix)[] Options =
    [
        ("oks", "aksk-otp", "AccessKey", "Oks"), ("oks", "aksk-otp", "SecretKey", "Oks"), ("oks", "aksk-otp", "OtpCode", "Oks"), ("oks", "aksk-otp", "ApplicationName", "Oks"),
        ("oks", "basic", "Username", "Oks"), ("oks", "basic", "Password", "Oks"),
        ("oks", "jwt", "AccessToken", "Oks"), ("oks", "jwt", "RefreshToken", "Oks"),
        ("imply", "bearer", "AccessToken", "Imply"), ("imply", "bearer", "ApplicationName", "Imply"),
        ("imply", "client-credentials", "ApplicationName", "Imply"),
        ("ame", "pat", "PersonalAccessToken", "Ame"), ("ame", "pat", "ApplicationName", "Ame"),
        ("eks", "keys-session", "AccessKeyId", "Eks"), ("eks", "keys-session", "SessionToken", "Eks"), ("eks", "keys-session", "ApplicationName", "Eks"),
        ("lakesail", "token", "ApiToken", "LakeSail"), ("lakesail", "token", "ApplicationName", "LakeSail"),
    ];

    /// <summary>Provider, auth, option, error prefix, hostile value label and construction path.</summary>
    public static TheoryData<string, string, string, string, string, Construction> OptionCases
    {
        get
        {
            var data = new TheoryData<string, string, string, string, string, Construction>();
            foreach (var (provider, auth, option, prefix) in Options)
            {
                foreach (var (label, _) in Hostile)
                {
                    data.Add(provider, auth, option, prefix, label, Construction.Constructor);
                    data.Add(provider, auth, option, prefix, label, Construction.DependencyInjection);
                }
            }

            return data;
        }
    }

    /// <summary>Provider, auth, option and construction path, for the control cases.</summary>
    public static TheoryData<string, string, string, Construction> ControlCases
    {
        get
        {
            var data = new TheoryData<string, string, string, Construction>();
            foreach (var (provider, auth, option, _) in Options)
            {
                data.Add(provider, auth, option, Construction.Constructor);
                data.Add(provider, auth, option, Construction.DependencyInjection);
            }

            return data;
        }
    }

    /// <summary>Hostile value label × construction path.</summary>
    public static TheoryData<string, Construction> ValueCases
    {
        get
        {
            var data = new TheoryData<string, Construction>();
            foreach (var (label, _) in Hostile)
            {
                data.Add(label, Construction.Constructor);
                data.Add(label, Construction.DependencyInjection);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OptionCases))]
    public async Task A_hostile_option_is_refused_naming_it_and_nothing_is_sent(string provider, string auth, string option, string prefix, string label, Construction construction)
    {
        await using var server = fixture.NewServer();
        var field = $"{prefix}.{option}";

        var ex = await Record.ExceptionAsync(() => fixture.TargetAsync(provider, auth, construction, server, configureOptions: o => Spoil(o, option, label)));

        AssertRefused(ex, construction, field);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [MemberData(nameof(ControlCases))]
    public async Task Control_the_same_option_without_the_hostile_part_works(string provider, string auth, string option, Construction construction)
    {
        await using var server = fixture.NewServer();
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, configureOptions: o =>
        {
            if (option == "ApplicationName")
            {
                Set(o, option, "SecuritySuite/1.0");
            }
        });

        await target.ReadAsync();

        Assert.NotEmpty(server.Requests);
    }

    [Theory]
    [MemberData(nameof(ValueCases))]
    public async Task A_hostile_value_in_an_oks_profile_file_is_refused_naming_the_key_and_source(string label, Construction construction)
    {
        foreach (var (key, option, pairKey) in ((string, string, string)[])[("access_key", "AccessKey", "secret_key"), ("secret_key", "SecretKey", "access_key"), ("username", "Username", "password"), ("password", "Password", "username")])
        {
            var file = Path.Combine(Path.GetTempPath(), $"oks-profile-{Guid.NewGuid():N}.json");
            var type = key is "username" or "password" ? "username/password" : "ak/sk";
            var profile = new Dictionary<string, object>
            {
                ["hostile"] = new Dictionary<string, string> { ["type"] = type, [key] = "value" + Suffix(label), [pairKey] = "other-value" },
            };
            await File.WriteAllTextAsync(file, System.Text.Json.JsonSerializer.Serialize(profile));
            try
            {
                await using var server = fixture.NewServer();
                var ex = await Record.ExceptionAsync(() => fixture.TargetAsync("oks", "aksk-otp", construction, server, configureOptions: o =>
                {
                    var oks = (MultiCloudClusters.Providers.Oks.OksOptions)o;
                    (oks.AccessKey, oks.SecretKey, oks.OtpCode) = (null, null, null);
                    (oks.UseCliConfiguration, oks.ProfileFile, oks.Profile) = (true, file, "hostile");
                }));

                var message = AssertRefused(ex, construction, "Oks." + option);
                Assert.Contains("from profile 'hostile'", message, StringComparison.Ordinal);
                Assert.Empty(server.Requests);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }

    [Theory]
    [InlineData(Construction.Constructor)]
    [InlineData(Construction.DependencyInjection)]
    public async Task Control_a_clean_oks_profile_file_works(Construction construction)
    {
        var file = Path.Combine(Path.GetTempPath(), $"oks-profile-{Guid.NewGuid():N}.json");
        var profile = new Dictionary<string, object>
        {
            ["clean"] = new Dictionary<string, string> { ["type"] = "ak/sk", ["access_key"] = fixture.Emulator.Oks.AccessKey, ["secret_key"] = fixture.Emulator.Oks.SecretKey },
        };
        await File.WriteAllTextAsync(file, System.Text.Json.JsonSerializer.Serialize(profile));
        try
        {
            await using var server = fixture.NewServer();
            await using var target = await fixture.TargetAsync("oks", "aksk-otp", construction, server, configureOptions: o =>
            {
                var oks = (MultiCloudClusters.Providers.Oks.OksOptions)o;
                (oks.AccessKey, oks.SecretKey, oks.OtpCode) = (null, null, null);
                (oks.UseCliConfiguration, oks.ProfileFile, oks.Profile) = (true, file, "clean");
            });

            await target.ReadAsync();

            Assert.Equal(fixture.Emulator.Oks.AccessKey, Assert.Single(server.Requests).Header("AccessKey"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The hostile suffix of a label.</summary>
    internal static string Suffix(string label) => Hostile.Single(h => h.Label == label).Suffix;

    /// <summary>Asserts the refusal of each path (constructor: the exception; DI: start-up validation) and returns its message.</summary>
    internal static string AssertRefused(Exception? ex, Construction construction, string field)
    {
        Assert.NotNull(ex);
        string message;
        if (construction == Construction.Constructor)
        {
            var invalid = Assert.IsType<InvalidRequestException>(ex);
            var error = Assert.Single(invalid.FieldErrors, e => e.Field == field);
            Assert.StartsWith("must not contain", error.Message, StringComparison.Ordinal);
            message = invalid.Message;
        }
        else
        {
            var failed = Assert.IsType<OptionsValidationException>(ex);
            Assert.Contains(failed.Failures, f => f.StartsWith(field + " must not contain", StringComparison.Ordinal));
            message = failed.Message;
        }

        Assert.Contains("control characters or non-ASCII", message, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Evil", message, StringComparison.Ordinal);
        return message;
    }

    private static void Spoil(object options, string option, string label)
    {
        var property = options.GetType().GetProperty(option) ?? throw new ArgumentException(option);
        var current = property.GetValue(options) as string ?? "MyApp";
        property.SetValue(options, current + Suffix(label));
    }

    private static void Set(object options, string option, string value) =>
        (options.GetType().GetProperty(option) ?? throw new ArgumentException(option)).SetValue(options, value);
}
