using System.Text;
using System.Text.Json;
using MultiCloudClusters.Http;
using EksModels = MultiCloudClusters.Providers.Eks.Generated;

namespace MultiCloudClusters.Tests.Http;

/// <summary>
/// The shortcuts of a successful answer's reading: a body read whole is parsed from its buffer (same result as through
/// a stream, byte-order mark and bad JSON included), and the generated clients' header dictionary is copied only when
/// something reads it, with the answer's and the content's headers as NSwag's own copy had them.
/// </summary>
public sealed class BufferedAnswerTests
{
    private static readonly JsonSerializerOptions Eks = GeneratedClientJson.AnyProvider;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_buffered_body_reads_like_a_stream(bool byteOrderMark)
    {
        var json = Encoding.UTF8.GetBytes("""{"cluster":{"name":"c1","version":"1.31"}}""");
        var bytes = byteOrderMark ? [0xEF, 0xBB, 0xBF, .. json] : json;
        using var buffered = new BufferedBody([0x20, .. bytes, 0x20], 1, bytes.Length);
        using var streamed = new StreamContent(new MemoryStream(bytes));

        var fromBuffer = await GeneratedClientJson.DeserializeAsync<EksModels.DescribeClusterResponse>(await buffered.ReadAsStreamAsync(), Eks, CancellationToken.None);
        var fromStream = await GeneratedClientJson.DeserializeAsync<EksModels.DescribeClusterResponse>(await streamed.ReadAsStreamAsync(), Eks, CancellationToken.None);

        Assert.True((await buffered.ReadAsStreamAsync() as MemoryStream)?.TryGetBuffer(out _), "the buffer is not exposed: the shortcut is never taken");
        Assert.Equal("c1", fromBuffer?.Cluster?.Name);
        Assert.Equal(fromStream?.Cluster?.Version, fromBuffer?.Cluster?.Version);
        Assert.Equal(bytes, await buffered.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Bad_json_in_a_buffered_body_is_a_json_exception()
    {
        using var buffered = new BufferedBody(Encoding.UTF8.GetBytes("""{"cluster":{"name":"""));

        await Assert.ThrowsAnyAsync<JsonException>(async () =>
            await GeneratedClientJson.DeserializeAsync<EksModels.DescribeClusterResponse>(await buffered.ReadAsStreamAsync(), Eks, CancellationToken.None));
    }

    [Fact]
    public void Generated_response_headers_hold_the_answers_and_the_contents_headers_when_read()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        response.Headers.TryAddWithoutValidation("x-bench-id", "r-1");
        var headers = new GeneratedResponseHeaders(response);
        response.Headers.TryAddWithoutValidation("x-later", "added before the first read");

        Assert.Equal(["r-1"], headers["x-bench-id"]);
        Assert.Equal(["added before the first read"], headers["x-later"]);
        Assert.Equal("application/json; charset=utf-8", Assert.Single(headers["Content-Type"]));
        Assert.Equal(3, headers.Count);
        Assert.False(headers.ContainsKey("x-missing"));
    }
}
