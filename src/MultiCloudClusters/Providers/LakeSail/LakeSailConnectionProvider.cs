using System.Text;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;
using Generated = MultiCloudClusters.Providers.LakeSail.Generated;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// LakeSail cloud-account connections behind <see cref="IConnectionProvider"/>. The whole API is also on
/// <see cref="Api"/>, the generated client over the same pipeline (auth, retries, error translation).
/// </summary>
public sealed class LakeSailConnectionProvider : IConnectionProvider
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

    /// <summary>The whole LakeSail API as generated from the spec. Failures surface as <see cref="CloudApiException"/>.</summary>
    public Generated.ILakeSailApiClient Api => new Generated.LakeSailApiClient(_http());

    /// <inheritdoc />
    /// <remarks>Operations the server lists in <c>included.operations</c> are attached to their connections.</remarks>
    public AsyncPageable<CloudConnection> ListConnectionsAsync(ConnectionQuery? query = null, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.PageSize("query.PageSize", query?.PageSize);
        return TokenPaginator.Create<CloudConnection>(TokenStyle.Marker, _paging, async (marker, pageSize, ct) =>
        {
            LakeSailRequestRules.PageSize("pageSize", pageSize);
            var api = Api;
            var response = await Call(() => api.ListConnectionsAsync(pageSize ?? query?.PageSize, marker, ct)).ConfigureAwait(false);
            var items = ProviderCall.Require(ProviderName, response.Items, "items");
            var operations = (response.Included?.Operations ?? []).Select(Live).ToList();
            var byResource = operations.Where(o => o.ResourceId is not null).ToLookup(o => o.ResourceId!, StringComparer.Ordinal);
            var connections = new List<CloudConnection>(items.Count);
            foreach (var c in items)
            {
                connections.Add(LakeSailMapper.ToConnection(c, c.Id is not null && byResource.Contains(c.Id) ? [.. byResource[c.Id]] : []));
            }

            return new TokenPage<CloudConnection>(connections, response.Marker);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CloudConnection> GetConnectionAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        var api = Api;
        return LakeSailMapper.ToConnection(await Call(() => api.GetConnectionAsync(connectionId, cancellationToken)).ConfigureAwait(false));
    }

    /// <inheritdoc />
    /// <remarks>Never resent after an unknown outcome (a timeout, a 5xx) unless the server says <c>retryable: true</c>: a second send could make a second connection.</remarks>
    public async Task<CloudConnection> CreateConnectionAsync(ConnectionCreateRequest request, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Create(request);
        var body = new Generated.ConnectionCreateRequest
        {
            Name = request.Name,
            Provider = request.CloudProvider,
            ProviderConfig = LakeSailMapper.ToProviderConfig(request.Account),
        };
        var api = Api;
        return LakeSailMapper.ToConnection(await Call(() => api.CreateConnectionAsync(body, cancellationToken)).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<CloudConnection> UpdateConnectionAsync(string connectionId, ConnectionUpdateRequest request, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Update(connectionId, request);
        var body = new Generated.ConnectionUpdateRequest { Name = request.Name, ProviderConfig = LakeSailMapper.ToProviderConfig(request.Account) };
        var api = Api;
        return LakeSailMapper.ToConnection(await Call(() => api.UpdateConnectionAsync(connectionId, body, cancellationToken)).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task DeleteConnectionAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        var api = Api;
        await ProviderCall.RunAsync(ProviderName, () => api.DeleteConnectionAsync(connectionId, cancellationToken)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<CloudConnection> VerifyConnectionAsync(string connectionId, string? roleArn = null, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Verify(connectionId, roleArn);
        var api = Api;
        var body = new Generated.ConnectionVerifyRequest { RoleArn = roleArn };
        return LakeSailMapper.ToConnection(await Call(() => api.VerifyConnectionAsync(connectionId, body, cancellationToken)).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<ConnectionTemplate> GetTemplateAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        var api = Api;
        return LakeSailMapper.ToTemplate(connectionId, await Call(() => api.GetConnectionTemplateAsync(connectionId, cancellationToken)).ConfigureAwait(false));
    }

    /// <inheritdoc />
    /// <remarks>The body is decoded as UTF-8; use the <see cref="Stream"/> overload to keep the exact bytes.</remarks>
    public async Task<string> DownloadTemplateAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await DownloadTemplateAsync(connectionId, buffer, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <inheritdoc />
    public async Task DownloadTemplateAsync(string connectionId, Stream destination, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        ArgumentNullException.ThrowIfNull(destination);
        var api = Api;
        using var file = await Call(() => api.DownloadConnectionTemplateAsync(connectionId, cancellationToken)).ConfigureAwait(false);
        try
        {
            await file.Stream.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // The body streams after the status line, past the error handlers: a cut-off download is still a typed failure.
            throw new CloudApiException(new CloudError
            {
                Provider = ProviderName,
                StatusCode = 0,
                ErrorCode = "DownloadInterrupted",
                Message = "The template download was cut off before the end of the body",
                RetryableHint = true,
            });
        }
    }

    /// <inheritdoc />
    /// <remarks>The returned operation's <see cref="CloudOperation.RetryAsync"/> starts another sync when a failure is retryable.</remarks>
    public async Task<CloudOperation> SyncTemplateAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        var api = Api;
        var operation = await Call(() => api.SyncConnectionTemplateAsync(connectionId, cancellationToken)).ConfigureAwait(false);
        return Live(operation, ct => SyncTemplateAsync(connectionId, ct));
    }

    /// <inheritdoc />
    /// <remarks>A rehydrated operation cannot be retried with <see cref="CloudOperation.RetryAsync"/>: the action that started it is not known here.</remarks>
    public async Task<CloudOperation> GetOperationAsync(string operationId, CancellationToken cancellationToken = default) =>
        Live(await FetchOperationAsync(operationId, cancellationToken).ConfigureAwait(false), restart: null);

    /// <inheritdoc />
    public async Task<CloudOperation> WaitForOperationAsync(string operationId, WaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var operation = await GetOperationAsync(operationId, cancellationToken).ConfigureAwait(false);
        return await operation.WaitForCompletionAsync(options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CloudRegion>> ListRegionsAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        var api = Api;
        var response = await Call(() => api.ListRegionsAsync(connectionId, cancellationToken)).ConfigureAwait(false);
        return [.. ProviderCall.Require(ProviderName, response.Items, "items").Select(LakeSailMapper.ToRegion)];
    }

    /// <inheritdoc />
    /// <remarks>The platform's sizing metadata (system reservations) is on <see cref="Api"/>'s <c>ListInstanceTypesAsync</c>.</remarks>
    public async Task<IReadOnlyList<CloudInstanceType>> ListInstanceTypesAsync(string connectionId, InstanceTypeQuery? query = null, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.InstanceTypes(connectionId, query);
        var api = Api;
        var response = await Call(() => api.ListInstanceTypesAsync(connectionId, query?.Region, query?.Limit, query?.Architecture, query?.MinVCpus, query?.MinMemoryMiB, cancellationToken)).ConfigureAwait(false);
        return [.. ProviderCall.Require(ProviderName, response.Items, "items").Select(LakeSailMapper.ToInstanceType)];
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
        var api = Api;
        return LakeSailMapper.ToOperation(await Call(() => api.GetOperationAsync(operationId, cancellationToken)).ConfigureAwait(false));
    }

    private CloudOperation Live(Generated.Operation operation) => Live(operation, restart: null);

    private CloudOperation Live(Generated.Operation operation, Func<CancellationToken, Task<CloudOperation>>? restart) =>
        Live(LakeSailMapper.ToOperation(operation), restart);

    private CloudOperation Live(CloudOperation operation, Func<CancellationToken, Task<CloudOperation>>? restart) =>
        operation.Attach(FetchOperationAsync, restart, _time);
}
