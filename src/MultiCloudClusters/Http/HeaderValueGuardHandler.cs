using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// Applies <see cref="HeaderValueRules"/> to the headers a request carries when it enters the chain: header
/// parameters of the generated <c>Api</c> calls (e.g. OKS <c>X-Real-IP</c>, <c>x-encrypt-nacl</c>) are added by
/// generated code without validation, so a line break in an argument would otherwise reach the wire. A broken
/// value fails the call with <see cref="InvalidRequestException"/> naming the header, before anything is sent.
/// Credentials are added further in by the authenticators, from values checked where they were resolved.
/// </summary>
internal sealed class HeaderValueGuardHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestValidator? validator = null;
        foreach (var header in request.Headers.NonValidated)
        {
            foreach (var value in header.Value)
            {
                if (!HeaderValueRules.IsSafeValue(value))
                {
                    (validator ??= new()).CheckValue(header.Key, value);
                }
            }
        }

        validator?.ThrowIfInvalid();
        return base.SendAsync(request, cancellationToken);
    }
}
