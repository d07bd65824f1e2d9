using System.Net;
using System.Net.Http.Headers;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using Refit;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// Sends <c>Authorization: Bearer</c>: a token given as is, or one obtained with the OAuth 2.0
/// client-credentials grant. An obtained token is kept until shortly before it expires; concurrent
/// callers share one token request; a 401 drops the refused token so the request is sent once more
/// with a new one. The token endpoint is called with its own small HttpClient (going through the
/// provider's pipeline would run this authenticator again), over the same rules as every provider: the
/// library's <c>User-Agent</c>, no redirects (the client secret never goes to a host the server names) and
/// no cookies. An issued token is used only when it is a valid header value.
/// </summary>
internal sealed class ImplyAuthenticator : IRequestAuthenticator
{
    /// <summary>How long before its expiry a token is replaced (less for tokens that live under two minutes).</summary>
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    private readonly string? _fixedToken;
    private readonly ImplyClientCredentials? _client;
    private readonly TimeProvider _time;
    private readonly Lazy<IImplyTokenApi>? _tokenApi;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _token;

    private ImplyAuthenticator(string? fixedToken, ImplyClientCredentials? client, TimeProvider time, string userAgent, HttpMessageHandler? tokenHandler)
    {
        _fixedToken = fixedToken;
        _client = client;
        _time = time;
        if (client is not null)
        {
            // Created on first use: options validation builds authenticators that never send anything.
            _tokenApi = new Lazy<IImplyTokenApi>(() => CreateTokenApi(client, userAgent, tokenHandler));
        }
    }

    /// <summary>An authenticator that sends <paramref name="accessToken"/> as given.</summary>
    public static ImplyAuthenticator WithAccessToken(string accessToken) => new(accessToken, null, TimeProvider.System, UserAgent.Library, null);

    /// <summary>An authenticator that obtains tokens with the client-credentials grant.</summary>
    public static ImplyAuthenticator WithClientCredentials(ImplyClientCredentials client, TimeProvider time, string userAgent, HttpMessageHandler? tokenHandler = null) =>
        new(null, client, time, userAgent, tokenHandler);

    /// <inheritdoc />
    public async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = _fixedToken ?? await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <inheritdoc />
    public void OnResponse(HttpResponseMessage response)
    {
        if (_client is null || response.StatusCode != HttpStatusCode.Unauthorized || Volatile.Read(ref _token) is not { } current)
        {
            return;
        }

        // Drop only the token that was refused: a concurrent call may already have fetched a new one.
        var used = response.RequestMessage?.Headers.Authorization?.Parameter;
        if (used is null || used == current.Value)
        {
            Interlocked.CompareExchange(ref _token, null, current);
        }
    }

    /// <inheritdoc />
    public bool CanRefresh => _client is not null;

    public ValueTask<bool> OnUnauthorizedAsync(CancellationToken cancellationToken) => ValueTask.FromResult(CanRefresh);

    /// <inheritdoc />
    public override string ToString() => _client is null
        ? "ImplyAuthenticator(access token, value hidden)"
        : $"ImplyAuthenticator(client credentials at {_client.TokenEndpoint.GetLeftPart(UriPartial.Path)}, secret and token hidden)";

    private async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref _token)) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have fetched one while this one waited for the gate.
            if (Fresh(Volatile.Read(ref _token)) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var token = await FetchAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _token, token);
            return token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Fresh(CachedToken? token) => token is not null && _time.GetUtcNow() < token.RenewAt ? token.Value : null;

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var client = _client!;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.ClientId,
            ["client_secret"] = client.ClientSecret,
        };
        if (!string.IsNullOrWhiteSpace(client.Scope))
        {
            form["scope"] = client.Scope;
        }

        ImplyTokenResponse? answer;
        try
        {
            answer = await _tokenApi!.Value.RequestTokenAsync(form, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ImplyTokenErrors.Translate(ex, client.Timeout) is { } translated)
        {
            // The Refit exception is not chained: it keeps the request, whose form holds the client secret.
            throw translated;
        }

        var value = answer?.AccessToken;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ImplyTokenErrors.Malformed("The token endpoint's answer lacks 'access_token'");
        }

        if (!HeaderValueRules.IsSafeToken(value))
        {
            throw ImplyTokenErrors.Malformed($"The token endpoint's 'access_token' {HeaderValueRules.TokenRule}, so it cannot be sent as a Bearer token");
        }

        if (answer!.TokenType is { Length: > 0 } type && !type.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw ImplyTokenErrors.Malformed($"The token endpoint issued a '{type}' token; Imply needs a Bearer token");
        }

        return new CachedToken(value, RenewAt(answer.ExpiresIn));
    }

    private DateTimeOffset RenewAt(double? expiresIn)
    {
        if (expiresIn is not { } seconds || seconds <= 0 || double.IsNaN(seconds) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            // No usable lifetime: keep the token until the API refuses it (a 401 renews it once).
            return DateTimeOffset.MaxValue;
        }

        var lifetime = TimeSpan.FromSeconds(seconds);
        var margin = lifetime / 2 < RefreshMargin ? lifetime / 2 : RefreshMargin;
        return _time.GetUtcNow() + lifetime - margin;
    }

    private static IImplyTokenApi CreateTokenApi(ImplyClientCredentials client, string userAgent, HttpMessageHandler? tokenHandler)
    {
        var handler = new UserAgentHandler(userAgent)
        {
            InnerHandler = new RedirectRefusalHandler(ImplyClusterProvider.ProviderName, client.TokenEndpoint)
            {
                InnerHandler = tokenHandler ?? ProviderTransport.CreatePrimaryHandler(),
            },
        };
        var http = new HttpClient(handler, disposeHandler: tokenHandler is null) { BaseAddress = client.TokenEndpoint, Timeout = client.Timeout };
        var settings = new RefitSettings { UrlResolution = UrlResolutionMode.Rfc3986 };
        return RestService.ForGenerated<IImplyTokenApi>(http, ImplyTokenJsonContext.Default, settings);
    }

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt)
    {
        public override string ToString() => $"CachedToken(renew at {RenewAt:O}, value hidden)";
    }
}
