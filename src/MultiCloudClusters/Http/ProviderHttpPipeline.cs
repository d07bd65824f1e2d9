using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Resilience;
using MultiCloudClusters.Telemetry;
using Polly;

namespace MultiCloudClusters.Http;

/// <summary>
/// The handler chain of one provider's HttpClient, outermost first:
/// telemetry → error translation → resilience → authentication → the network.
/// One instance per provider registration, so the circuit breaker sees all of that provider's calls.
/// </summary>
internal sealed class ProviderHttpPipeline
{
    private readonly IProviderErrorParser _parser;
    private readonly IRequestAuthenticator? _authenticator;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline<HttpResponseMessage> _resilience;
    private readonly ResilienceOptions _resilienceOptions;

    public ProviderHttpPipeline(
        IProviderErrorParser parser,
        IRequestAuthenticator? authenticator,
        ResilienceOptions resilienceOptions,
        ILoggerFactory? loggerFactory,
        TimeProvider? timeProvider)
    {
        _parser = parser;
        _authenticator = authenticator;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("MultiCloudClusters." + parser.Provider);
        _resilience = ResiliencePipelineFactory.Create(resilienceOptions, parser, _timeProvider, _logger);
        _resilienceOptions = resilienceOptions;
    }

    /// <summary>A fresh set of handlers (handlers cannot be shared between clients), outermost first.</summary>
    public IReadOnlyList<DelegatingHandler> CreateHandlers()
    {
        var handlers = new List<DelegatingHandler>
        {
            new TelemetryHandler(_parser.Provider, _logger, _timeProvider),
            new ErrorTranslationHandler(_parser),
            new ResilienceHandler(_resilience, _parser.Provider, _resilienceOptions, _timeProvider),
        };
        if (_authenticator is not null)
        {
            handlers.Add(new AuthenticationHandler(_authenticator));
        }

        return handlers;
    }

    /// <summary>An HttpClient over the chain, for use without dependency injection.</summary>
    public HttpClient CreateClient(Uri baseAddress, HttpMessageHandler? primaryHandler = null)
    {
        HttpMessageHandler inner = primaryHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        foreach (var handler in CreateHandlers().Reverse())
        {
            handler.InnerHandler = inner;
            inner = handler;
        }

        // The resilience pipeline owns timeouts; HttpClient's own would cut retries short.
        return new HttpClient(inner, disposeHandler: true) { BaseAddress = EndpointRules.AsBaseAddress(baseAddress), Timeout = Timeout.InfiniteTimeSpan };
    }
}
