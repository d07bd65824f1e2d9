using Microsoft.Extensions.Logging;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>What the container hands a provider's constructor.</summary>
/// <param name="Services">The container.</param>
/// <param name="Options">The provider's validated options.</param>
/// <param name="Http">Creates the provider's HttpClient (from IHttpClientFactory, handlers included).</param>
/// <param name="Time">The clock.</param>
/// <param name="Logger">The provider's logger (<c>MultiCloudClusters.{key}</c>).</param>
internal sealed record ProviderContext<TOptions>(IServiceProvider Services, TOptions Options, Func<HttpClient> Http, TimeProvider Time, ILogger Logger);
