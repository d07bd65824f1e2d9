using Microsoft.Extensions.Logging;
using MultiCloudClusters.Paging;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>What the container hands a provider's constructor.</summary>
/// <param name="Services">The container.</param>
/// <param name="Options">The provider's validated options.</param>
/// <param name="Http">Creates the provider's HttpClient (from IHttpClientFactory, handlers included).</param>
/// <param name="Time">The clock.</param>
/// <param name="Logger">The provider's logger (<c>MultiCloudClusters.{key}</c>).</param>
/// <param name="Paging">Where the provider's listings give up (from the options' <c>Resilience</c>).</param>
internal sealed record ProviderContext<TOptions>(IServiceProvider Services, TOptions Options, Func<HttpClient> Http, TimeProvider Time, ILogger Logger, PagingLimits Paging);
