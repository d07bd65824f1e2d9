using MultiCloudClusters.Errors;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Http;

/// <summary>What a provider's options resolve to: where to call, how to authenticate, how to read errors and retry.</summary>
/// <param name="Endpoint">The API base address (ends with <c>/</c>).</param>
/// <param name="Parser">The provider's error parser.</param>
/// <param name="Authenticator">The provider's authenticator, or null for anonymous calls.</param>
/// <param name="Resilience">Retry, timeout and circuit-breaker settings.</param>
internal sealed record ProviderSetup(Uri Endpoint, IProviderErrorParser Parser, IRequestAuthenticator? Authenticator, ResilienceOptions Resilience);
