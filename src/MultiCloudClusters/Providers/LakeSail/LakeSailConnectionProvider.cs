using Microsoft.Extensions.Logging;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;
using Generated = MultiCloudClusters.Providers.LakeSail.Generated;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// LakeSail cloud-account connections behind <see cref="IConnectionProvider"/>. Every operation of the LakeSail API
/// the library uses has a method here; the unified models carry the platform's own object (<see cref="LakeSailConnection"/>,
/// <see cref="LakeSailOperation"/>, <see cref="LakeSailConnectionTemplate"/>, <see cref="LakeSailRegion"/>,
/// <see cref="LakeSailInstanceType"/>) in their <c>Native</c>, and <see cref="GetInstanceTypeListAsync"/> adds the
/// platform's sizing metadata. Methods are virtual so a test can replace them.
/// </summary>
public partial class LakeSailConnectionProvider : IConnectionProvider
{
    /// <summary>The provider key.</summary>
    public const string ProviderName = "lakesail";

    private readonly Func<HttpClient> _http;
    private readonly TimeProvider _time;
    private readonly PagingLimits _paging;

    /// <summary>Creates a provider without dependency injection.</summary>
    /// <param name="options">Endpoint, token (or another authenticator) and resilience settings.</param>
    /// <param name="primaryHandler">The innermost handler (default: a pooled sockets handler).</param>
    /// <param name="loggerFactory">Where logs go.</param>
    /// <param name="timeProvider">The clock for retries and waits (tests pass a fake one).</param>
    /// <exception cref="InvalidRequestException">The options are incomplete or invalid.</exception>
    public LakeSailConnectionProvider(LakeSailOptions options, HttpMessageHandler? primaryHandler = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(Resolve(options, timeProvider ?? TimeProvider.System), primaryHandler, loggerFactory, timeProvider ?? TimeProvider.System)
    {
    }

    /// <summary>For mocking: a provider that sends nothing (every call not overridden fails).</summary>
    protected LakeSailConnectionProvider()
        : this(() => throw new InvalidOperationException("This LakeSailConnectionProvider was made for mocking and has no connection."), TimeProvider.System, new PagingLimits(ProviderName))
    {
    }

    internal LakeSailConnectionProvider(Func<HttpClient> http, TimeProvider timeProvider, PagingLimits paging)
    {
        _http = http;
        _time = timeProvider;
        _paging = paging;
    }

    private LakeSailConnectionProvider(ProviderSetup setup, HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
        : this(setup.ClientFactory(primaryHandler, loggerFactory, timeProvider), timeProvider, setup.Paging)
    {
    }

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <summary>The name this provider is registered under (<c>AddLakeSail("lakesail-eu", …)</c>, or an object initializer); <see cref="ProviderName"/> when unset.</summary>
    /// <exception cref="ArgumentException">The name is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    public string Registration
    {
        get;
        init => field = DependencyInjection.RegistrationName.Check(value, nameof(Registration));
    } = ProviderName;

    /// <summary>The generated LakeSail client over the same pipeline (for tests and internal callers; failures surface as <see cref="CloudApiException"/>).</summary>
    internal Generated.ILakeSailApiClient Api => new Generated.LakeSailApiClient(_http());

    /// <inheritdoc />
    /// <remarks>A rehydrated operation cannot be retried with <see cref="CloudOperation.RetryAsync"/>: the action that started it is not known here.</remarks>
    public virtual async Task<CloudOperation> GetOperationAsync(string operationId, CancellationToken cancellationToken = default) =>
        Live(await FetchOperationAsync(operationId, cancellationToken).ConfigureAwait(false), restart: null);

    /// <inheritdoc />
    public virtual async Task<CloudOperation> WaitForOperationAsync(string operationId, WaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var operation = await GetOperationAsync(operationId, cancellationToken).ConfigureAwait(false);
        return await operation.WaitForCompletionAsync(options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks the options and turns them into the pipeline's setup.</summary>
    internal static ProviderSetup Resolve(LakeSailOptions options, TimeProvider timeProvider, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        environment ??= Environment.GetEnvironmentVariable;
        var validator = new RequestValidator();
        if (EndpointRules.Check("Endpoint", options.Endpoint) is { } endpointProblem)
        {
            validator.Fail("LakeSail.Endpoint", endpointProblem["Endpoint ".Length..]);
        }

        var token = !string.IsNullOrWhiteSpace(options.ApiToken) ? options.ApiToken
            : options.UseEnvironment ? environment(LakeSailOptions.TokenEnvironmentVariable)
            : null;
        var authenticator = options.Authenticator;
        if (authenticator is null)
        {
            if (string.IsNullOrWhiteSpace(token))
            {
                validator.Fail("LakeSail.ApiToken", $"is required: set ApiToken or the {LakeSailOptions.TokenEnvironmentVariable} environment variable, or plug in an Authenticator");
            }
            else
            {
                validator.CheckToken("LakeSail.ApiToken", token, options.ApiToken == token ? null : "from " + LakeSailOptions.TokenEnvironmentVariable);
                authenticator = new LakeSailAuthenticator(token);
            }
        }

        validator.CheckApplicationName("LakeSail.ApplicationName", options.ApplicationName);
        foreach (var problem in options.Resilience.Validate("LakeSail.Resilience"))
        {
            validator.Fail("LakeSail.Resilience", problem);
        }

        validator.ThrowIfInvalid();
        return new ProviderSetup(EndpointRules.AsBaseAddress(options.Endpoint), new LakeSailErrorParser(timeProvider), authenticator, options.Resilience, options.ApplicationName);
    }

    private static Task<T> Call<T>(Func<Task<T>> call) => ProviderCall.RunAsync(ProviderName, call);

    private async Task<CloudOperation> FetchOperationAsync(string operationId, CancellationToken cancellationToken)
    {
        LakeSailRequestRules.Id("operationId", operationId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        return capture.Stamp(LakeSailMapper.ToOperation(await Call(() => api.GetOperationAsync(operationId, cancellationToken)).ConfigureAwait(false)));
    }

    private CloudOperation Live(Generated.Operation operation) => Live(operation, restart: null);

    private CloudOperation Live(Generated.Operation operation, Func<CancellationToken, Task<CloudOperation>>? restart) =>
        Live(LakeSailMapper.ToOperation(operation), restart);

    private CloudOperation Live(CloudOperation operation, Func<CancellationToken, Task<CloudOperation>>? restart) =>
        operation.Attach(FetchOperationAsync, restart, _time);
}
