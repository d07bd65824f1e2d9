using System.Text.Json;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// Resolves the endpoint and credentials, first configured wins: explicit options, then the official
/// CLI's environment variables, then its profile file. Within one source: JWT, access key, then Basic.
/// </summary>
internal static class OksConfigurationResolver
{
    /// <summary>The default region.</summary>
    public const string DefaultRegion = "eu-west-2";

    private static readonly string[] KnownRegions = ["eu-west-2", "cloudgouv-eu-west-1"];

    /// <summary>The resolved settings.</summary>
    /// <param name="Endpoint">The API base URL (ends with <c>/api/v2/</c> for the real service).</param>
    /// <param name="Region">The region.</param>
    /// <param name="Credentials">The credentials, or null when none were found.</param>
    public sealed record Resolved(Uri Endpoint, string Region, OksCredentials? Credentials);

    /// <summary>Resolves <paramref name="options"/>; <paramref name="environment"/> reads variables (default: the process's).</summary>
    public static Resolved Resolve(OksOptions options, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        environment ??= Environment.GetEnvironmentVariable;
        new RequestValidator()
            .CheckValue("Oks.OtpCode", options.OtpCode)
            .CheckApplicationName("Oks.ApplicationName", options.ApplicationName)
            .ThrowIfInvalid();
        var useCli = options.UseCliConfiguration;
        var profile = useCli ? ReadProfile(options, environment) : null;

        var region = options.Region
            ?? (useCli ? environment("OKS_REGION") : null)
            ?? profile?.Region
            ?? DefaultRegion;
        if (options.Endpoint is { IsAbsoluteUri: false })
        {
            throw Invalid("Endpoint", "must be an absolute URL");
        }

        var endpointText = options.Endpoint?.AbsoluteUri
            ?? (useCli ? environment("OKS_ENDPOINT") : null)
            ?? profile?.Endpoint;

        Uri endpoint;
        if (endpointText is null)
        {
            if (!KnownRegions.Contains(region, StringComparer.Ordinal))
            {
                throw Invalid("Region", $"must be one of {string.Join(", ", KnownRegions)} (or set Endpoint), got '{region}'");
            }

            endpoint = new Uri($"https://api.{region}.oks.outscale.com/api/v2/");
        }
        else if (!Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint!))
        {
            throw Invalid("Endpoint", "must be an absolute URL");
        }

        if (EndpointRules.Check("Endpoint", endpoint) is { } problem)
        {
            throw Invalid("Endpoint", problem["Endpoint ".Length..]);
        }

        var credentials = FromValues(options.AccessToken, options.RefreshToken, options.AccessKey, options.SecretKey, options.Username, options.Password, options.OtpCode, "options")
            ?? (useCli ? FromValues(null, null, environment("OKS_ACCESS_KEY"), environment("OKS_SECRET_KEY"), environment("OKS_USERNAME"), environment("OKS_PASSWORD"), options.OtpCode, "environment") : null)
            ?? profile?.Credentials(options.OtpCode);

        return new Resolved(EndpointRules.AsBaseAddress(endpoint), region, credentials);
    }

    private static OksCredentials? FromValues(string? accessToken, string? refreshToken, string? accessKey, string? secretKey, string? user, string? password, string? otp, string source)
    {
        if (Has(accessToken) || Has(refreshToken))
        {
            return Has(accessToken) && Has(refreshToken)
                ? Create(OksAuthKind.Jwt, ("AccessToken", accessToken!), ("RefreshToken", refreshToken!), otp, source)
                : throw Invalid("AccessToken", $"and RefreshToken must be set together ({source})");
        }

        if (Has(accessKey) || Has(secretKey))
        {
            return Has(accessKey) && Has(secretKey)
                ? Create(OksAuthKind.AccessKey, ("AccessKey", accessKey!), ("SecretKey", secretKey!), otp, source)
                : throw Invalid("AccessKey", $"and SecretKey must be set together ({source})");
        }

        if (Has(user) || Has(password))
        {
            return Has(user) && Has(password)
                ? Create(OksAuthKind.Basic, ("Username", user!), ("Password", password!), otp, source)
                : throw Invalid("Username", $"and Password must be set together ({source})");
        }

        return null;
    }

    /// <summary>The credentials, once both values pass the header rule (Basic values too: they are only encoded, and the CLI reads them as Latin-1).</summary>
    private static OksCredentials Create(OksAuthKind kind, (string Name, string Value) first, (string Name, string Value) second, string? otp, string source)
    {
        new RequestValidator()
            .CheckValue("Oks." + first.Name, first.Value, "from " + source)
            .CheckValue("Oks." + second.Name, second.Value, "from " + source)
            .ThrowIfInvalid();
        return new OksCredentials(kind, first.Value, second.Value, otp, source);
    }

    private static Profile? ReadProfile(OksOptions options, Func<string, string?> environment)
    {
        var path = options.ProfileFile
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".oks_cli", "config.json");
        var name = options.Profile ?? environment("OKS_PROFILE");
        if (!File.Exists(path))
        {
            return name is null || options.ProfileFile is null && options.Profile is null
                ? null
                : throw Invalid("ProfileFile", $"names a file that does not exist, so profile '{name}' cannot be read");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            throw Invalid("ProfileFile", "is not valid JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            var chosen = name ?? "default";
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(chosen, out var entry) || entry.ValueKind != JsonValueKind.Object)
            {
                return name is null ? null : throw Invalid("Profile", $"'{name}' is not in the profile file");
            }

            string? Get(string key) => entry.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new Profile(chosen, Get("type"), Get("access_key"), Get("secret_key"), Get("username"), Get("password"), Get("region_name"), Get("endpoint"));
        }
    }

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);

    private static InvalidRequestException Invalid(string field, string rule) => new([new FieldError("Oks." + field, rule)]);

    private sealed record Profile(string Name, string? Type, string? AccessKey, string? SecretKey, string? Username, string? Password, string? Region, string? Endpoint)
    {
        public OksCredentials? Credentials(string? otp) => Type switch
        {
            "username/password" => FromValues(null, null, null, null, Username, Password, otp, $"profile '{Name}'"),
            "ak/sk" => FromValues(null, null, AccessKey, SecretKey, null, null, otp, $"profile '{Name}'"),
            _ => FromValues(null, null, AccessKey, SecretKey, Username, Password, otp, $"profile '{Name}'"),
        };
    }
}
