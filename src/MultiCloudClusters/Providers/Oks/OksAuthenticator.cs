using System.Net.Http.Headers;
using System.Text;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// Adds OKS credentials to each request and takes up JWTs the server rotates. Every value was checked by
/// <see cref="HeaderValueRules"/> when it was resolved, and rotated tokens are checked as they arrive; responses
/// reach <see cref="OnResponse"/> only from the configured endpoint (<see cref="RedirectRefusalHandler"/> stops
/// redirects and answers of other hosts below the authentication handler).
/// </summary>
internal sealed class OksAuthenticator(OksCredentials credentials) : IRequestAuthenticator
{
    private readonly Lock _gate = new();
    private string _first = credentials.First;
    private string _second = credentials.Second;

    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string first, second;
        lock (_gate)
        {
            (first, second) = (_first, _second);
        }

        var headers = request.Headers;
        headers.Remove("AccessToken");
        headers.Remove("RefreshToken");
        headers.Remove("AccessKey");
        headers.Remove("SecretKey");
        headers.Authorization = null;
        switch (credentials.Kind)
        {
            case OksAuthKind.Jwt:
                headers.Add("AccessToken", first);
                headers.Add("RefreshToken", second);
                break;
            case OksAuthKind.AccessKey:
                headers.Add("AccessKey", first);
                headers.Add("SecretKey", second);
                break;
            default:
                headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{first}:{second}")));
                break;
        }

        headers.Remove("X-OTP-Code");
        if (!string.IsNullOrWhiteSpace(credentials.OtpCode))
        {
            headers.Add("X-OTP-Code", credentials.OtpCode);
        }

        return ValueTask.CompletedTask;
    }

    public void OnResponse(HttpResponseMessage response)
    {
        if (credentials.Kind != OksAuthKind.Jwt)
        {
            return;
        }

        var access = RotatedToken(response, "Access-Token");
        var refresh = RotatedToken(response, "Refresh-Token");
        if (access is null && refresh is null)
        {
            return;
        }

        lock (_gate)
        {
            _first = access ?? _first;
            _second = refresh ?? _second;
        }
    }

    /// <summary>
    /// A token the server sent in <paramref name="header"/>, or null when it sent none or one that breaks the header
    /// rule: such a value is not taken up (the tokens in hand stay) rather than failing a call that succeeded.
    /// </summary>
    private static string? RotatedToken(HttpResponseMessage response, string header) =>
        response.Headers.NonValidated.TryGetValues(header, out var values)
        && values.FirstOrDefault() is { } value
        && !string.IsNullOrWhiteSpace(value)
        && HeaderValueRules.IsSafeValue(value)
            ? value.Trim()
            : null;
}
