using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MultiCloudClusters.Providers.Eks;

namespace MultiCloudClusters.Benchmarks.Baseline;

/// <summary>
/// The baseline: hand-written calls with a raw <see cref="HttpClient"/> (same pooled <see cref="SocketsHttpHandler"/>
/// settings as the library's default) and source-generated DTOs, sending the same requests — same paths, query,
/// Accept header and credentials — as the library does.
/// </summary>
internal sealed class RawClients : IDisposable
{
    public const string OksAccessKey = "AK-BENCH-0000000000";
    public const string OksSecretKey = "SK-bench-secret-000000000000000000000000";
    public const string LakeSailToken = "ls-bench-token-0000000000000000";
    public const string AmeToken = "ame-bench-token-000000000000000";
    public const string EksRegion = "eu-west-1";
    public static readonly AwsCredentials EksCredentials = new("AKIABENCH0000000000", "bench/secret/key/000000000000000000000000");

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private readonly HttpClient _http;
    private readonly SigV4Signer _signer = new();
    private readonly Uri _oks;
    private readonly Uri _eks;
    private readonly Uri _lakeSail;
    private readonly Uri _ame;

    public RawClients(Server.BenchServer server)
    {
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        _oks = server.Oks;
        _eks = server.Eks;
        _lakeSail = server.LakeSail;
        _ame = server.Ame;
    }

    public async Task<OksCluster> GetOksClusterAsync(string id, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_oks, "clusters/" + Uri.EscapeDataString(id)));
        request.Headers.Accept.Add(Json);
        request.Headers.TryAddWithoutValidation("AccessKey", OksAccessKey);
        request.Headers.TryAddWithoutValidation("SecretKey", OksSecretKey);
        var envelope = await SendAsync(request, BaselineJson.Default.OksClusterEnvelope, cancellationToken).ConfigureAwait(false);
        return envelope.Cluster ?? throw new InvalidOperationException("no Cluster");
    }

    /// <remarks>
    /// Signs with the library's public <see cref="SigV4Signer"/>, exactly as the EKS provider does, so the signing
    /// cost is the same on both sides and the comparison measures the rest of the pipeline.
    /// </remarks>
    public async Task<EksCluster> DescribeEksClusterAsync(string name, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_eks, "clusters/" + Uri.EscapeDataString(name)));
        request.Headers.Accept.Add(Json);
        await _signer.SignAsync(request, EksCredentials, EksRegion, "eks", DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
        var response = await SendAsync(request, BaselineJson.Default.EksDescribeResponse, cancellationToken).ConfigureAwait(false);
        return response.Cluster ?? throw new InvalidOperationException("no cluster");
    }

    /// <summary>Every OKS cluster of a project, following <c>Pagination.cursor.next_cursor</c>; returns how many were seen.</summary>
    public async Task<int> ListOksAsync(string projectId, int pageSize, CancellationToken cancellationToken = default)
    {
        var count = 0;
        string? cursor = null;
        do
        {
            var uri = cursor is null
                ? new Uri(_oks, string.Create(CultureInfo.InvariantCulture, $"clusters?project_id={Uri.EscapeDataString(projectId)}&limit={pageSize}"))
                : new Uri(_oks, string.Create(CultureInfo.InvariantCulture, $"clusters?project_id={Uri.EscapeDataString(projectId)}&cursor={Uri.EscapeDataString(cursor)}&limit={pageSize}"));
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.Add(Json);
            request.Headers.TryAddWithoutValidation("AccessKey", OksAccessKey);
            request.Headers.TryAddWithoutValidation("SecretKey", OksSecretKey);
            var page = await SendAsync(request, BaselineJson.Default.OksClusterList, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Clusters ?? [])
            {
                count += item.Id is null ? 0 : 1;
            }

            cursor = string.IsNullOrEmpty(page.Pagination?.Cursor?.NextCursor) ? null : page.Pagination.Cursor.NextCursor;
        }
        while (cursor is not null);

        return count;
    }

    /// <summary>Every LakeSail connection, following <c>marker</c>; returns how many were seen.</summary>
    public async Task<int> ListLakeSailAsync(int pageSize, CancellationToken cancellationToken = default)
    {
        var count = 0;
        string? marker = null;
        do
        {
            var uri = marker is null
                ? new Uri(_lakeSail, string.Create(CultureInfo.InvariantCulture, $"infra/connections?limit={pageSize}"))
                : new Uri(_lakeSail, string.Create(CultureInfo.InvariantCulture, $"infra/connections?limit={pageSize}&marker={Uri.EscapeDataString(marker)}"));
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.Add(Json);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LakeSailToken);
            var page = await SendAsync(request, BaselineJson.Default.LakeSailConnectionList, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items ?? [])
            {
                count += item.Id is null ? 0 : 1;
            }

            marker = string.IsNullOrEmpty(page.Marker) ? null : page.Marker;
        }
        while (marker is not null);

        return count;
    }

    /// <summary>Every AME cluster of an organisation, page 0, 1, … until <c>last</c>; returns how many were seen.</summary>
    public async Task<int> ListAmeAsync(string organisation, int pageSize, CancellationToken cancellationToken = default)
    {
        var count = 0;
        for (var page = 0; ; page++)
        {
            var uri = new Uri(_ame, string.Create(CultureInfo.InvariantCulture, $"api/v1/orgs/{Uri.EscapeDataString(organisation)}/clusters?page={page}&size={pageSize}"));
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.Add(Json);
            request.Headers.Authorization = new AuthenticationHeaderValue("Token", AmeToken);
            var result = await SendAsync(request, BaselineJson.Default.AmeClusterPage, cancellationToken).ConfigureAwait(false);
            foreach (var item in result.Content ?? [])
            {
                count += item.Slug is null ? 0 : 1;
            }

            if (result.Last is true || result.Content is not { Count: > 0 })
            {
                return count;
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("null body");
        }
    }
}
