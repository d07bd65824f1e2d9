using System.Text.RegularExpressions;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>Checks <see cref="ImplyOptions"/> and turns them into the endpoint, authenticator and parser.</summary>
internal static partial class ImplySetup
{
    public static ProviderSetup Resolve(ImplyOptions options, TimeProvider timeProvider, HttpMessageHandler? tokenHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validator = new RequestValidator();
        var endpoint = ResolveEndpoint(validator, options);
        var authenticator = ResolveAuthenticator(validator, options, timeProvider, tokenHandler);
        foreach (var problem in (options.Resilience ?? new()).Validate("Imply.Resilience"))
        {
            validator.Fail("Imply.Resilience", problem);
        }

        validator.CheckApplicationName("Imply.ApplicationName", options.ApplicationName).ThrowIfInvalid();
        return new ProviderSetup(endpoint!, new ImplyErrorParser(timeProvider), authenticator, options.Resilience ?? new(), options.ApplicationName);
    }

    private static Uri? ResolveEndpoint(RequestValidator validator, ImplyOptions options)
    {
        if (options.Endpoint is { } endpoint)
        {
            if (EndpointRules.Check("Imply.Endpoint", endpoint) is { } problem)
            {
                validator.Fail("Imply.Endpoint", problem["Imply.Endpoint ".Length..]);
                return null;
            }

            return EndpointRules.AsBaseAddress(endpoint);
        }

        if (string.IsNullOrWhiteSpace(options.VanityDomain))
        {
            validator.Fail("Imply.VanityDomain", "is required (or set Imply.Endpoint): it names https://{vanity}.implycloud.com/api/v1");
            return null;
        }

        var vanity = options.VanityDomain.Trim();
        if (!VanityPattern().IsMatch(vanity))
        {
            validator.Fail("Imply.VanityDomain", $"must be one DNS label (letters, digits and '-', 1 to 63 characters, not starting or ending with '-'), e.g. 'acme' (got '{vanity}')");
            return null;
        }

        return new Uri($"https://{vanity.ToLowerInvariant()}.implycloud.com/api/v1/");
    }

    private static ImplyAuthenticator? ResolveAuthenticator(RequestValidator validator, ImplyOptions options, TimeProvider timeProvider, HttpMessageHandler? tokenHandler)
    {
        var hasToken = !string.IsNullOrWhiteSpace(options.AccessToken);
        var hasClient = !string.IsNullOrWhiteSpace(options.ClientId) || !string.IsNullOrWhiteSpace(options.ClientSecret) || options.TokenEndpoint is not null;
        if (hasToken && hasClient)
        {
            validator.Fail("Imply.AccessToken", "and the client credentials (ClientId, ClientSecret, TokenEndpoint) cannot both be set; choose one");
            return null;
        }

        if (hasToken)
        {
            var token = options.AccessToken!.Trim();
            validator.CheckToken("Imply.AccessToken", token);
            return validator.IsValid ? ImplyAuthenticator.WithAccessToken(token) : null;
        }

        if (!hasClient)
        {
            validator.Fail("Imply.AccessToken", "or ClientId, ClientSecret and TokenEndpoint (OAuth client credentials) are required");
            return null;
        }

        validator.Required("Imply.ClientId", options.ClientId).Required("Imply.ClientSecret", options.ClientSecret);
        if (options.TokenEndpoint is null)
        {
            validator.Fail("Imply.TokenEndpoint", "is required with ClientId and ClientSecret (the OAuth token URL of the account)");
        }
        else if (EndpointRules.Check("Imply.TokenEndpoint", options.TokenEndpoint) is { } problem)
        {
            validator.Fail("Imply.TokenEndpoint", problem["Imply.TokenEndpoint ".Length..]);
        }

        if (!validator.IsValid)
        {
            return null;
        }

        var timeout = (options.Resilience ?? new()).AttemptTimeout;
        var client = new ImplyClientCredentials(options.ClientId!.Trim(), options.ClientSecret!, options.TokenEndpoint!, options.Scope, timeout > TimeSpan.Zero ? timeout : TimeSpan.FromSeconds(30));
        return ImplyAuthenticator.WithClientCredentials(client, timeProvider, UserAgent.For(options.ApplicationName), tokenHandler);
    }

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex VanityPattern();
}
