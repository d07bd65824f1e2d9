using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// Resolves the endpoint, organisation and token: explicit options first, then the official CLI's
/// environment variables, then the public endpoint. Every problem is reported at once, naming the setting.
/// </summary>
internal static class AmeConfigurationResolver
{
    public const string TokenVariable = "ACLOUD_TOKEN";
    public const string EndpointVariable = "ACLOUD_API_ENDPOINT";

    /// <summary>The resolved settings; <see cref="ToString"/> hides the token.</summary>
    public sealed record Resolved(Uri Endpoint, string Organisation, string Token)
    {
        public override string ToString() => $"Resolved(Endpoint={Endpoint}, Organisation={Organisation}, token hidden)";
    }

    public static Resolved Resolve(AmeOptions options, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        environment ??= Environment.GetEnvironmentVariable;
        var fromEnvironment = options.UseEnvironmentVariables ? environment : _ => null;
        var validator = new RequestValidator();

        var endpoint = options.Endpoint;
        if (endpoint is null && fromEnvironment(EndpointVariable) is { Length: > 0 } text && !Uri.TryCreate(text, UriKind.Absolute, out endpoint))
        {
            validator.Fail("Ame.Endpoint", $"must be an absolute URL ({EndpointVariable} is not one)");
        }

        endpoint ??= AmeOptions.DefaultEndpoint;
        if (EndpointRules.Check("Ame.Endpoint", endpoint) is { } problem)
        {
            validator.Fail("Ame.Endpoint", problem["Ame.Endpoint ".Length..]);
        }

        var organisation = options.Organisation?.Trim();
        validator.Required("Ame.Organisation", organisation);
        AmeClusterId.CheckSlug(validator, "Ame.Organisation", organisation);

        var token = !string.IsNullOrWhiteSpace(options.PersonalAccessToken) ? options.PersonalAccessToken.Trim() : fromEnvironment(TokenVariable)?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            validator.Fail("Ame.PersonalAccessToken", $"is required (set it in the options or in {TokenVariable})");
        }
        else
        {
            validator.CheckToken("Ame.PersonalAccessToken", token, "give the token alone, without the 'Token' scheme word");
        }

        validator.CheckApplicationName("Ame.ApplicationName", options.ApplicationName);

        foreach (var resilienceProblem in options.Resilience.Validate("Ame.Resilience"))
        {
            // The messages start with the setting's name: keep it as the field.
            var parts = resilienceProblem.Split(' ', 2);
            validator.Fail(parts[0].TrimEnd(':'), parts.Length > 1 ? parts[1] : resilienceProblem);
        }

        validator.ThrowIfInvalid();
        return new Resolved(EndpointRules.AsBaseAddress(endpoint), organisation!, token!);
    }
}
