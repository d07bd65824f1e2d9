using Microsoft.AspNetCore.Http;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>How one provider authenticates callers, names its request id and words its error answers.</summary>
internal interface IProviderDialect
{
    EmulatedProvider Provider { get; }

    /// <summary>The response header every answer carries the request id in (for example <c>x-amzn-RequestId</c> for EKS).</summary>
    string RequestIdHeader { get; }

    /// <summary>Checks the caller's credentials; <see langword="null"/> when they are good, else the provider's 401/403 answer.</summary>
    ValueTask<EmuResult?> AuthenticateAsync(HttpContext context);

    /// <summary>The provider's error answer for an injected 429, 500 or 503 (the Retry-After header is added by the caller).</summary>
    EmuResult Fault(int status, string message, TimeSpan? retryAfter);

    /// <summary>The provider's error answer when no operation takes the request: 404 (unknown route), 405 (wrong method), 400 (unreadable request) or 500.</summary>
    EmuResult Refuse(int status, string message);
}
