using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Resilience;
using MultiCloudClusters.Telemetry;
using Polly;

namespace MultiCloudClusters.Http;

/// <summary>
/// The handler chain of one provider's HttpClient, outermost first:
/// header value guard → user agent → telemetry → error translation → resilience → authentication → redirect refusal → the network
/// (<see cref="ProviderTransport"/>: no automatic redirects, no cookies).
/// One instance per provider registration, so the circuit breaker sees all of that provider's calls.
/// </summary>
internal sealed class ProviderHttpPipeline
{
    private readonly ProviderSetup _setup;
    private readonly IProviderErrorParser _parser;
    private readonly IRequestAuthenticator? _authenticator;
    private readonly ProviderTelemetry _telemetry;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline<HttpResponseMessage> _resilience;
    private readonly ResilienceOptions _resilienceOptions;

    /// <param name="setup">What the provider's options resolved to.</param>
    /// <param name="loggerFactory">Where logs go (null: nowhere).</param>
    /// <param name="timeProvider">The clock (null: the system's).</param>
    /// <param name="meterFactory">The container's meter factory; null: the library's static meter.</param>
    /// <param name="registration">The registration name for telemetry; null: the provider key.</param>
    public ProviderHttpPipeline(ProviderSetup setup, ILoggerFactory? loggerFactory, TimeProvider? timeProvider, IMeterFactory? meterFactory = null, string? registration = null)
    {
        _setup = setup;
        _parser = setup.Parser;
        _authenticator = setup.Authenticator;
        _timeProvider = timeProvider ?? TimeProvider.System;
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("MultiCloudClusters." + _parser.Provider);
        _telemetry = new ProviderTelemetry(_parser.Provider, registration, logger, ClientInstruments.For(meterFactory));
        _resilience = ResiliencePipelineFactory.Create(setup.Resilience, _parser, _timeProvider, _telemetry);
        _resilienceOptions = setup.Resilience;
    }

    /// <summary>A fresh set of handlers (handlers cannot be shared between clients), outermost first.</summary>
    public IReadOnlyList<DelegatingHandler> CreateHandlers()
    {
        var handlers = new List<DelegatingHandler>
        {
            new HeaderValueGuardHandler(),
            new UserAgentHandler(_setup.UserAgent),
            new TelemetryHandler(_telemetry, _timeProvider),
            new ErrorTranslationHandler(_parser),
            new ResilienceHandler(_resilience, _parser.Provider, _resilienceOptions, _timeProvider),
        };
        if (_authenticator is not null)
        {
            handlers.Add(new AuthenticationHandler(_authenticator));
        }

        handlers.Add(new RedirectRefusalHandler(_parser.Provider, _setup.Endpoint));
        return handlers;
    }

    /// <summary>An HttpClient over the chain, for use without dependency injection.</summary>
    public HttpClient CreateClient(HttpMessageHandler? primaryHandler = null)
    {
        HttpMessageHandler inner = primaryHandler ?? ProviderTransport.CreatePrimaryHandler();
        foreach (var handler in CreateHandlers().Reverse())
        {
            handler.InnerHandler = inner;
            inner = handler;
        }

        // The resilience pipeline owns timeouts; HttpClient's own would cut retries short.
        return new HttpClient(inner, disposeHandler: true) { BaseAddress = EndpointRules.AsBaseAddress(_setup.Endpoint), Timeout = Timeout.InfiniteTimeSpan };
    }
}
