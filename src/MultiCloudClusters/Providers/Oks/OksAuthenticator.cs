using System.Net.Http.Headers;
using System.Text;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Adds OKS credentials to each request and takes up JWTs the server rotates.</summary>
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
                headers.TryAddWithoutValidation("AccessToken", first);
                headers.TryAddWithoutValidation("RefreshToken", second);
                break;
            case OksAuthKind.AccessKey:
                headers.TryAddWithoutValidation("AccessKey", first);
                headers.TryAddWithoutValidation("SecretKey", second);
                break;
            default:
                headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{first}:{second}")));
                break;
        }

        headers.Remove("X-OTP-Code");
        if (!string.IsNullOrWhiteSpace(credentials.OtpCode))
        {
            headers.TryAddWithoutValidation("X-OTP-Code", credentials.OtpCode);
        }

        return ValueTask.CompletedTask;
    }

    public void OnResponse(HttpResponseMessage response)
    {
        if (credentials.Kind != OksAuthKind.Jwt)
        {
            return;
        }

        var access = response.Headers.TryGetValues("Access-Token", out var a) ? a.FirstOrDefault() : null;
        var refresh = response.Headers.TryGetValues("Refresh-Token", out var r) ? r.FirstOrDefault() : null;
        if (string.IsNullOrWhiteSpace(access) && string.IsNullOrWhiteSpace(refresh))
        {
            return;
        }

        lock (_gate)
        {
            _first = string.IsNullOrWhiteSpace(access) ? _first : access;
            _second = string.IsNullOrWhiteSpace(refresh) ? _second : refresh;
        }
    }
}
