using Microsoft.AspNetCore.Http;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>How one provider authenticates callers and words its error answers.</summary>
internal interface IProviderDialect
{
    EmulatedProvider Provider { get; }

    /// <summary>Checks the caller's credentials; <see langword="null"/> when they are good, else the provider's 401/403 answer.</summary>
    ValueTask<EmuResult?> AuthenticateAsync(HttpContext context);

    /// <summary>The provider's error answer for an injected 429, 500 or 503 (the Retry-After header is added by the caller).</summary>
    EmuResult Fault(int status, string message, TimeSpan? retryAfter);
}
