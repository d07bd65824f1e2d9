using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Security;
using Generated = MultiCloudClusters.Providers.Oks.Generated;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// OUTSCALE OKS behind <see cref="IClusterProvider"/>, plus every other operation of the OKS API as a typed
/// method: projects and their cloud resources, EIM users, limits and quotas, templates and the caller's IP.
/// Every failure that comes from the API is a <see cref="CloudApiException"/>; bad arguments are refused
/// before anything is sent with an <see cref="InvalidRequestException"/> naming the field.
/// </summary>
/// <remarks>The methods are virtual and a protected constructor exists so that tests can mock the provider.</remarks>
public partial class OksClusterProvider : ClusterProviderBase
{
    /// <summary>The provider key.</summary>
    public const string ProviderName = "oks";

    private readonly Func<HttpClient> _http;
    private readonly string _region;
    private readonly PagingLimits _paging;

    /// <summary>Creates a provider without dependency injection.</summary>
    /// <param name="options">Endpoint, credentials and resilience settings.</param>
    /// <param name="primaryHandler">The innermost handler (default: a pooled sockets handler).</param>
    /// <param name="loggerFactory">Where logs go.</param>
    /// <param name="timeProvider">The clock (tests pass a fake one).</param>
    public OksClusterProvider(OksOptions options, HttpMessageHandler? primaryHandler = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(Resolve(options, timeProvider ?? TimeProvider.System), primaryHandler, loggerFactory, timeProvider ?? TimeProvider.System)
    {
    }

    /// <summary>For mocking only: a provider with no connection (every call that reaches the API throws <see cref="InvalidOperationException"/>).</summary>
    protected OksClusterProvider()
    {
        _http = () => throw new InvalidOperationException("This OksClusterProvider was made for mocking and has no connection.");
        _region = OksConfigurationResolver.DefaultRegion;
        _paging = new PagingLimits(ProviderName);
    }

    internal OksClusterProvider(Func<HttpClient> http, string region, TimeProvider timeProvider, ILogger? logger, PagingLimits paging)
        : base(timeProvider, logger)
    {
        _http = http;
        _region = region;
        _paging = paging;
    }

    private OksClusterProvider((ProviderSetup Setup, string Region) resolved, HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
        : this(resolved.Setup.ClientFactory(primaryHandler, loggerFactory, timeProvider), resolved.Region, timeProvider, loggerFactory?.CreateLogger("MultiCloudClusters.oks"), resolved.Setup.Paging)
    {
    }

    /// <inheritdoc />
    public override string Name => ProviderName;

    /// <inheritdoc />
    public override ClusterCapabilities Capabilities { get; } = new(ClusterOperations.List | ClusterOperations.Get | ClusterOperations.Create | ClusterOperations.Update | ClusterOperations.Delete | ClusterOperations.Upgrade | ClusterOperations.Kubeconfig);

    /// <summary>The generated client over the provider's pipeline (internal: the typed methods are the public surface).</summary>
    internal Generated.IOksApiClient Api => new Generated.OksApiClient(_http());

    internal static (ProviderSetup Setup, string Region) Resolve(OksOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var resolved = OksConfigurationResolver.Resolve(options);
        var problems = options.Resilience.Validate("Oks.Resilience").ToList();
        if (resolved.Credentials is null)
        {
            problems.Add("Oks credentials were not found: set AccessKey and SecretKey, Username and Password, or AccessToken and RefreshToken (or OKS_ACCESS_KEY/OKS_SECRET_KEY, or a profile in ~/.oks_cli/config.json)");
        }

        if (problems.Count > 0)
        {
            throw new InvalidRequestException([.. problems.Select(p => new FieldError("Oks", p))]);
        }

        return (new ProviderSetup(resolved.Endpoint, new OksErrorParser(timeProvider), new OksAuthenticator(resolved.Credentials!), options.Resilience, options.ApplicationName), resolved.Region);
    }

    private static Task<T> Call<T>(Func<Task<T>> call) => ProviderCall.RunAsync(ProviderName, call);

    /// <summary>
    /// Fetches an answer sealed for a fresh X25519 key pair made for this call (the public key goes to
    /// <paramref name="call"/>), opens the sealed member, reads it and wipes both the opened bytes and the private key.
    /// </summary>
    private static async Task<T> CallSealed<TResponse, T>(Func<string, Task<TResponse>> call, Func<TResponse, string?> sealedMember, string memberName, Func<byte[], T> read)
    {
        using var keys = NaclKeyPair.Generate();
        var response = await Call(() => call(keys.PublicKeyBase64)).ConfigureAwait(false);
        var bytes = keys.Open(ProviderCall.Require(ProviderName, sealedMember(response), memberName));
        try
        {
            return read(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Reads JSON that arrived sealed into a generated type; unreadable JSON is a malformed answer.</summary>
    private static T ReadSealedJson<T>(byte[] utf8Json, string memberName)
        where T : class
    {
        try
        {
            return Generated.OksApiClient.Deserialize<T>(utf8Json) ?? throw ProviderCall.Malformed(ProviderName, 200, $"The opened '{memberName}' is empty");
        }
        catch (JsonException)
        {
            // Not chained: the exception text may quote the opened secret.
            throw ProviderCall.Malformed(ProviderName, 200, $"The opened '{memberName}' is not the JSON the API describes");
        }
    }

    private static void ValidateSegment(string field, string value) =>
        new RequestValidator().PathSegment(field, value).ThrowIfInvalid();

    private static void ValidateSubject(RequestValidator validator, string field, string? value)
    {
        if (value is not null && (value.StartsWith("system:", StringComparison.Ordinal) || value.StartsWith("oks:", StringComparison.Ordinal)))
        {
            validator.Fail(field, "must not start with 'system:' or 'oks:' (reserved by Kubernetes and OKS)");
        }
    }

    private static void ValidateName(RequestValidator validator, string field, string? name) =>
        validator
            .Required(field, name)
            .Length(field, name, 1, 40)
            .Matches(field, name, NamePattern(), "lower-case letters, digits and '-', starting with a letter and not ending with '-'");

    private static void ValidateIp(RequestValidator validator, string field, string? value)
    {
        if (value is not null && !IPAddress.TryParse(value, out _))
        {
            validator.Fail(field, "must be an IPv4 or IPv6 address, e.g. 203.0.113.7");
        }
    }

    /// <summary>A TTL as OKS writes it: whole hours, days or weeks (<c>5h</c>, <c>1d</c>, <c>2w</c>).</summary>
    private static string? FormatTtl(RequestValidator validator, string field, TimeSpan? ttl)
    {
        if (ttl is not { } value)
        {
            return null;
        }

        if (value <= TimeSpan.Zero || value.Ticks % TimeSpan.TicksPerHour != 0)
        {
            validator.Fail(field, "must be a positive whole number of hours, days or weeks");
            return null;
        }

        var hours = (long)value.TotalHours;
        return hours % (24 * 7) == 0 ? $"{hours / (24 * 7)}w"
            : hours % 24 == 0 ? $"{hours / 24}d"
            : string.Create(CultureInfo.InvariantCulture, $"{hours}h");
    }

    private static void ValidateCidrs(RequestValidator validator, string field, IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            if (value is null || (!IPNetwork.TryParse(value, out _) && !IPAddress.TryParse(value, out _)))
            {
                validator.Fail(field, $"must hold CIDR blocks such as 203.0.113.0/24 (got '{value}')");
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*[a-z0-9]$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^\d+\.\d+(\.\d+)?$")]
    private static partial Regex VersionPattern();
}
