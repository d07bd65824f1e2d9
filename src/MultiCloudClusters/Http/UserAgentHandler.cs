using System.Net.Http.Headers;

namespace MultiCloudClusters.Http;

/// <summary>
/// Puts the <see cref="UserAgent"/> on each request, outermost in every chain the library builds (so retries and
/// the logs carry it too). Product tokens a caller already set stay, after ours. The value is never signed
/// (SigV4 leaves <c>User-Agent</c> out of its signed headers), so it may be set before or after signing.
/// </summary>
internal sealed class UserAgentHandler : DelegatingHandler
{
    private readonly ProductInfoHeaderValue[] _products;
    private readonly string _text;

    /// <summary>Creates the handler for <paramref name="userAgent"/> (a value built by <see cref="UserAgent.For"/>).</summary>
    public UserAgentHandler(string userAgent)
    {
        using var message = new HttpRequestMessage();
        message.Headers.UserAgent.ParseAdd(userAgent);
        _products = [.. message.Headers.UserAgent];
        _text = message.Headers.UserAgent.ToString();
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Headers.NonValidated.Contains("User-Agent"))
        {
            // The usual case (no caller's product tokens): ours, as the text they were parsed from, nothing to parse.
            request.Headers.TryAddWithoutValidation("User-Agent", _text);
            return base.SendAsync(request, cancellationToken);
        }

        var headers = request.Headers.UserAgent;
        if (headers.FirstOrDefault()?.Equals(_products[0]) != true)
        {
            ProductInfoHeaderValue[] theirs = [.. headers];
            headers.Clear();
            foreach (var product in _products.Concat(theirs))
            {
                headers.Add(product);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
