using Microsoft.Extensions.Logging;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Http;

/// <summary>What a provider's options resolve to: where to call, how to authenticate, how to read errors and retry.</summary>
/// <param name="Endpoint">The API base address (ends with <c>/</c>); answers from any other origin are refused.</param>
/// <param name="Parser">The provider's error parser.</param>
/// <param name="Authenticator">The provider's authenticator, or null for anonymous calls.</param>
/// <param name="Resilience">Retry, timeout and circuit-breaker settings.</param>
/// <param name="ApplicationName">The caller's application, appended to the <c>User-Agent</c> (already checked), or null.</param>
internal sealed record ProviderSetup(Uri Endpoint, IProviderErrorParser Parser, IRequestAuthenticator? Authenticator, ResilienceOptions Resilience, string? ApplicationName)
{
    /// <summary>Where the provider's listings give up (from <see cref="ResilienceOptions"/>), naming the provider.</summary>
    public PagingLimits Paging => new(Parser.Provider, Resilience.MaxPagesPerList, Resilience.MaxConsecutiveEmptyPages);

    /// <summary>The <c>User-Agent</c> of every request of this provider.</summary>
    public string UserAgent => Http.UserAgent.For(ApplicationName);

    /// <summary>For a provider built without dependency injection: one HttpClient over the shared handler chain.</summary>
    public Func<HttpClient> ClientFactory(HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
    {
        var client = new ProviderHttpPipeline(this, loggerFactory, timeProvider).CreateClient(primaryHandler);
        return () => client;
    }
}
