using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Telemetry;

/// <summary>
/// What one provider registration reports through: its provider type and registration name (attributes of every
/// span and measurement), its logger and its instruments. Shared by the telemetry handler and the retry strategy.
/// </summary>
internal sealed class ProviderTelemetry
{
    /// <summary>Creates the telemetry of one registration.</summary>
    /// <param name="provider">The provider type key, e.g. <c>oks</c>.</param>
    /// <param name="registration">The registration name (null: the provider key).</param>
    /// <param name="logger">Where the lines go (null: nowhere).</param>
    /// <param name="instruments">The instruments (from the container's meter factory, or the static ones).</param>
    public ProviderTelemetry(string provider, string? registration, ILogger? logger, ClientInstruments instruments)
    {
        Provider = provider;
        Registration = string.IsNullOrEmpty(registration) ? provider : registration;
        Logger = logger ?? NullLogger.Instance;
        Instruments = instruments;
    }

    /// <summary>The provider type key.</summary>
    public string Provider { get; }

    /// <summary>The registration name; the provider key when the registration has no name of its own.</summary>
    public string Registration { get; }

    /// <summary>The registration's logger.</summary>
    public ILogger Logger { get; }

    /// <summary>The registration's instruments.</summary>
    public ClientInstruments Instruments { get; }

    /// <summary>
    /// The value of <c>error.type</c> for a failure: the status code when the server answered with an error status,
    /// else our own low-cardinality code (<c>Timeout</c>, <c>ConnectionError</c>, <c>CircuitOpen</c>…), else the exception type.
    /// </summary>
    public static string ErrorType(Exception exception) => exception switch
    {
        CloudApiException { StatusCode: >= 300 } api => api.StatusCode.ToString(CultureInfo.InvariantCulture),
        CloudApiException { ErrorCode: { Length: > 0 } code } => code,
        _ => exception.GetType().FullName ?? exception.GetType().Name,
    };

    /// <summary>The attributes every measurement of <paramref name="request"/> carries: method, server, provider, registration.</summary>
    public TagList Tags(HttpRequestMessage? request)
    {
        var tags = new TagList
        {
            { "http.request.method", request?.Method.Method ?? "_OTHER" },
            { ClientTelemetry.ProviderAttribute, Provider },
            { ClientTelemetry.RegistrationAttribute, Registration },
        };
        if (request?.RequestUri is { IsAbsoluteUri: true } uri)
        {
            tags.Add("server.address", uri.Host);
            tags.Add("server.port", uri.Port);
        }

        return tags;
    }
}
