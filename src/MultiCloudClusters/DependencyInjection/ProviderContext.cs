using Microsoft.Extensions.Logging;
using MultiCloudClusters.Paging;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>What the container hands a provider's constructor, for one registration.</summary>
/// <param name="Services">The container.</param>
/// <param name="Name">The registration name (the provider key for the default registration).</param>
/// <param name="Resolved">The registration's options, checked and resolved once (endpoint, credentials, region…).</param>
/// <param name="Http">Creates the registration's HttpClient (from IHttpClientFactory, handlers included).</param>
/// <param name="Time">The clock.</param>
/// <param name="Logger">The provider's logger (<c>MultiCloudClusters.{provider key}</c>).</param>
/// <param name="Paging">Where the provider's listings give up (from the options' <c>Resilience</c>).</param>
internal sealed record ProviderContext<TResolved>(IServiceProvider Services, string Name, TResolved Resolved, Func<HttpClient> Http, TimeProvider Time, ILogger Logger, PagingLimits Paging);
