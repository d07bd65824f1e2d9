using System.Net;
using System.Text;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;
using MultiCloudClusters.Resilience;
using Xunit.Abstractions;

namespace MultiCloudClusters.Tests.Load;

/// <summary>
/// Issue 8, "Bad input": each provider's success path and error parser get malformed, truncated, wrong-typed,
/// HTML, empty, stalled and oversized (> 10 MB) bodies from an in-test handler (no server): every call ends in a
/// <see cref="CloudApiException"/>, never another exception, never a hang, and never reads a huge body whole.
/// </summary>
[Collection(LoadCollection.Name)]
[Trait("Category", "Load")]
public sealed class BadInputTests(ITestOutputHelper output)
{
    public const int Oversized = 11 * 1024 * 1024;

    /// <summary>The most a call may read of an 11 MB body: anything that stops well before the end.</summary>
    public const int ReadLimit = 8 * 1024 * 1024;

    private const string Noise = "{}[]\",:0-\\ntx\u0000\uFFFD";

    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(6);

    public static TheoryData<string> Providers => new() { "oks", "imply", "ame", "eks", "lakesail" };

    public static TheoryData<string, string> ProvidersAndOperations()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "oks", "imply", "ame", "eks", "lakesail" })
        {
            data.Add(provider, "get");
            data.Add(provider, "list");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndOperations))]
    public async Task Malformed_truncated_wrong_typed_html_and_empty_bodies_end_in_typed_exceptions(string provider, string operation)
    {
        var problems = new List<string>();
        var cases = 0;
        foreach (var status in new[] { 200, 400, 401, 404, 409, 429, 500, 503 })
        {
            foreach (var (name, body, mediaType) in Bodies(provider))
            {
                cases++;
                // An empty JSON array is a valid empty Imply cluster list.
                var valid = status == 200 && provider == "imply" && operation == "list" && name == "array";
                var problem = await RunCaseAsync(provider, operation, () => Canned(status, body, mediaType), allowSuccess: valid);
                if (problem is not null)
                {
                    problems.Add($"{status} {name}: {problem}");
                }
            }
        }

        output.WriteLine($"{provider} {operation}: {cases} cases, {problems.Count} problems");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(ProvidersAndOperations))]
    public async Task Fuzzed_bodies_end_in_typed_exceptions(string provider, string operation)
    {
        // A fixed seed per case (HashCode.Combine is randomised per process): every run fuzzes the same bodies.
        var random = new Random((provider.Length * 31) + (operation.Length * 7) + 8);
        var problems = new List<string>();
        var seeds = ValidBodies(provider);
        for (var i = 0; i < 60; i++)
        {
            var seed = seeds[random.Next(seeds.Length)];
            var body = Mutate(seed, random);
            var status = random.Next(3) switch { 0 => 200, 1 => 400 + random.Next(30), _ => 500 + random.Next(4) };
            var problem = await RunCaseAsync(provider, operation, () => Canned(status, body, "application/json"), allowSuccess: true);
            if (problem is not null)
            {
                problems.Add($"{status} '{(body.Length > 120 ? body[..120] + "…" : body)}': {problem}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>An 11 MB error body: the parser keeps 64 K characters, so nothing near the whole body should be read.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Oversized_error_body_is_not_read_whole(string provider)
    {
        CountingStream? stream = null;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var problem = await RunCaseAsync(provider, "get", () =>
        {
            stream = new CountingStream("{\"message\":\"", 'x', Oversized, "\"}");
            return Streamed(500, stream);
        });
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        output.WriteLine($"{provider}: read {stream!.BytesRead:N0} of {stream.Length:N0} bytes; about {allocated:N0} bytes allocated");
        Assert.True(problem is null, problem);
        Assert.True(stream.BytesRead <= ReadLimit, $"{provider} read {stream.BytesRead:N0} bytes of an {stream.Length:N0}-byte error body (limit {ReadLimit:N0})");
    }

    /// <summary>An 11 MB answer to a get (valid JSON, one giant string): refused, not read whole.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Oversized_success_body_is_refused_before_it_is_read_whole(string provider)
    {
        CountingStream? stream = null;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var problem = await RunCaseAsync(provider, "get", () =>
        {
            var (prefix, suffix) = GiantStringEnvelope(provider);
            stream = new CountingStream(prefix, 'x', Oversized, suffix);
            return Streamed(200, stream);
        });
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        output.WriteLine($"{provider}: read {stream!.BytesRead:N0} of {stream.Length:N0} bytes; about {allocated:N0} bytes allocated; {problem ?? "typed exception"}");
        Assert.True(stream.BytesRead <= ReadLimit, $"{provider} read {stream.BytesRead:N0} bytes of an {stream.Length:N0}-byte answer (limit {ReadLimit:N0}); {problem ?? "then failed typed"}");
        Assert.True(problem is null, problem);
    }

    /// <summary>11 MB of garbage after a valid start: the JSON reader stops at the first bad byte.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Oversized_garbage_body_stops_at_the_first_bad_byte(string provider)
    {
        CountingStream? stream = null;
        var problem = await RunCaseAsync(provider, "get", () =>
        {
            stream = new CountingStream("{\"a\":", '#', Oversized, "}");
            return Streamed(200, stream);
        });
        output.WriteLine($"{provider}: read {stream!.BytesRead:N0} of {stream.Length:N0} bytes");
        Assert.True(problem is null, problem);
        Assert.True(stream.BytesRead <= ReadLimit, $"{provider} read {stream.BytesRead:N0} bytes");
    }

    /// <summary>Headers arrive, then the body never does: the provider's own timeouts (3 s in all here) must end the call.</summary>
    [Theory]
    [InlineData("oks", 200)]
    [InlineData("imply", 200)]
    [InlineData("ame", 200)]
    [InlineData("eks", 200)]
    [InlineData("lakesail", 200)]
    [InlineData("oks", 500)]
    [InlineData("lakesail", 500)]
    public async Task Stalled_body_ends_in_a_typed_timeout_not_a_hang(string provider, int status)
    {
        var problem = await RunCaseAsync(provider, "get", () => Streamed(status, new StallingStream("{\"a\":")));
        Assert.True(problem is null, problem);
    }

    private static async Task<string?> RunCaseAsync(string provider, string operation, Func<HttpResponseMessage> respond, bool allowSuccess = false)
    {
        using var handler = new CannedHandler(respond);
        using var timeout = new CancellationTokenSource(HangLimit);
        var call = Task.Run(async () =>
        {
            switch (provider, operation)
            {
                case ("lakesail", "get"):
                    await Connections(handler).GetConnectionAsync("c1", timeout.Token);
                    break;
                case ("lakesail", _):
                    await foreach (var _ in Connections(handler).ListConnectionsAsync(cancellationToken: timeout.Token))
                    {
                    }

                    break;
                case (_, "get"):
                    await Clusters(provider, handler).GetClusterAsync(provider == "ame" ? "production/c1" : "c1", timeout.Token);
                    break;
                default:
                    await foreach (var _ in Clusters(provider, handler).ListClustersAsync(cancellationToken: timeout.Token))
                    {
                    }

                    break;
            }
        });
        try
        {
            await call;
            return allowSuccess ? null : "succeeded";
        }
        catch (CloudApiException ex) when (!string.IsNullOrWhiteSpace(ex.Message))
        {
            return null;
        }
        catch (PagingException ex) when (operation == "list")
        {
            // A canned page that names a next page answers the same page again: the paginator's own typed refusal.
            // (It derives from InvalidOperationException, not CloudApiException; see the report.)
            return string.IsNullOrWhiteSpace(ex.Message) ? "PagingException without a message" : null;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return $"hung: no answer within {HangLimit.TotalSeconds} s";
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().FullName}: {ex.Message}";
        }
    }

    private static ResilienceOptions Fast() => new()
    {
        MaxRetryAttempts = 1,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(2),
        MaxServerDelay = TimeSpan.Zero,
        AttemptTimeout = TimeSpan.FromSeconds(2),
        TotalTimeout = TimeSpan.FromSeconds(3),
        EnableCircuitBreaker = false,
    };

    private static IClusterProvider Clusters(string provider, HttpMessageHandler handler) => provider switch
    {
        "oks" => new OksClusterProvider(new OksOptions { Endpoint = new Uri("https://bad.test/oks/api/v2/"), AccessKey = "AKBADINPUT0000000000", SecretKey = "bad-input-secret", UseCliConfiguration = false, Resilience = Fast() }, handler),
        "imply" => new ImplyClusterProvider(new ImplyOptions { Endpoint = new Uri("https://bad.test/imply/api/v1/"), AccessToken = "bad-input-token", Resilience = Fast() }, handler),
        "ame" => new AmeClusterProvider(new AmeOptions { Endpoint = new Uri("https://bad.test/ame/"), Organisation = "org", PersonalAccessToken = "bad-input-pat", UseEnvironmentVariables = false, Resilience = Fast() }, handler),
        "eks" => new EksClusterProvider(new EksOptions { Endpoint = new Uri("https://bad.test/eks/"), Region = "us-east-1", AccessKeyId = "AKIABADINPUT00000000", SecretAccessKey = "bad-input-secret", UseSdkDefaults = false, Resilience = Fast() }, handler),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    private static LakeSailConnectionProvider Connections(HttpMessageHandler handler) =>
        new(new LakeSailOptions { Endpoint = new Uri("https://bad.test/lakesail/api/v1/"), ApiToken = "bad-input-token", UseEnvironment = false, Resilience = Fast() }, handler);

    private static HttpResponseMessage Canned(int status, string body, string? mediaType)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (mediaType is not null)
        {
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        }

        if (status is 429 or 503)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", "0");
        }

        return response;
    }

    private static HttpResponseMessage Streamed(int status, Stream body)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StreamContent(body) };
        response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (body is CountingStream counting)
        {
            response.Content.Headers.ContentLength = counting.Length;
        }

        return response;
    }

    private static (string Prefix, string Suffix) GiantStringEnvelope(string provider) => provider switch
    {
        "oks" => ("{\"Cluster\":{\"id\":\"c1\",\"name\":\"", "\"}}"),
        "imply" => ("{\"metadata\":{\"uid\":\"c1\",\"name\":\"", "\"},\"spec\":{}}"),
        "ame" => ("{\"slug\":\"c1\",\"environmentSlug\":\"production\",\"name\":\"", "\"}"),
        "eks" => ("{\"cluster\":{\"name\":\"c1\",\"version\":\"", "\"}}"),
        _ => ("{\"id\":\"c1\",\"provider\":\"aws\",\"name\":\"", "\"}"),
    };

    /// <summary>Bodies that look like each provider's answers, to be truncated and mutated.</summary>
    private static string[] ValidBodies(string provider) => provider switch
    {
        "oks" =>
        [
            "{\"ResponseContext\":{\"RequestId\":\"r1\"},\"Cluster\":{\"id\":\"c1\",\"name\":\"alpha\",\"version\":\"1.31\",\"tags\":{\"a\":\"b\"},\"statuses\":{\"status\":\"ready\",\"created_at\":\"2024-01-01T00:00:00Z\"}}}",
            "{\"ResponseContext\":{\"RequestId\":\"r1\"},\"Clusters\":[{\"id\":\"c1\",\"name\":\"alpha\"}],\"Pagination\":{\"cursor\":{\"next_cursor\":\"n\"}}}",
            "{\"ResponseContext\":{\"RequestId\":\"r1\"},\"Errors\":[{\"Code\":\"9\",\"Type\":\"Conflict\",\"Details\":\"busy\"}]}",
        ],
        "imply" =>
        [
            "{\"metadata\":{\"uid\":\"c1\",\"name\":\"a\",\"resourceVersion\":3},\"spec\":{\"version\":\"2024.01\",\"awsTags\":[{\"name\":\"a\",\"value\":\"b\"}]},\"status\":{\"state\":\"RUNNING\"}}",
            "[{\"metadata\":{\"uid\":\"c1\",\"name\":\"a\"},\"spec\":{}}]",
            "{\"code\":\"BadArgument\",\"message\":\"bad\",\"target\":\"spec\",\"details\":[{\"code\":\"NullValue\",\"target\":\"spec.version\"}]}",
        ],
        "ame" =>
        [
            "{\"identity\":\"0f6c2f0e-5d5a-4b8e-9a57-0e6d7b0c1a11\",\"slug\":\"c1\",\"environmentSlug\":\"production\",\"name\":\"c1\",\"status\":\"running\",\"version\":\"1.31\",\"createdAt\":\"2024-01-01T00:00:00Z\"}",
            "{\"content\":[{\"slug\":\"c1\",\"environmentSlug\":\"production\"}],\"last\":true,\"totalPages\":1,\"number\":0}",
            "{\"timestamp\":\"2024-01-01T00:00:00Z\",\"status\":400,\"error\":\"Bad Request\",\"message\":\"bad\",\"errors\":[\"name: must not be null\"]}",
        ],
        "eks" =>
        [
            "{\"cluster\":{\"name\":\"c1\",\"status\":\"ACTIVE\",\"version\":\"1.31\",\"createdAt\":1.7E9,\"tags\":{\"a\":\"b\"}}}",
            "{\"clusters\":[\"c1\",\"c2\"],\"nextToken\":\"t\"}",
            "{\"__type\":\"InvalidParameterException\",\"message\":\"bad\",\"clusterName\":\"c1\"}",
        ],
        _ =>
        [
            "{\"id\":\"c1\",\"name\":\"a\",\"provider\":\"aws\",\"status\":\"active\",\"providerConfig\":{\"accountId\":\"123456789012\",\"region\":\"us-east-1\"},\"createdAt\":\"2024-01-01T00:00:00Z\"}",
            "{\"items\":[{\"id\":\"c1\",\"name\":\"a\"}],\"marker\":\"m\",\"included\":{\"operations\":[]}}",
            "{\"error\":{\"code\":\"INVALID_ARGUMENT\",\"message\":\"bad\",\"errorType\":\"validation\",\"details\":{\"retryable\":false,\"retryAfter\":1.5,\"fieldErrors\":{\"name\":\"bad\"}}}}",
        ],
    };

    private static IEnumerable<(string Name, string Body, string? MediaType)> Bodies(string provider)
    {
        yield return ("empty", string.Empty, "application/json");
        yield return ("empty without content type", string.Empty, null);
        yield return ("whitespace", "   \r\n  ", "application/json");
        yield return ("malformed", "{\"a\": ", "application/json");
        yield return ("malformed brace", "{{{", "application/json");
        yield return ("plain text", "upstream connect error or disconnect/reset before headers", "text/plain");
        yield return ("html", "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>", "text/html");
        yield return ("html as json", "<html><body>oops</body></html>", "application/json");
        yield return ("array", "[]", "application/json");
        yield return ("array of null", "[null]", "application/json");
        yield return ("number", "42", "application/json");
        yield return ("string", "\"text\"", "application/json");
        yield return ("null", "null", "application/json");
        yield return ("true", "true", "application/json");
        yield return ("object", "{}", "application/json");
        yield return ("huge number", "{\"retryAfter\":1e400,\"createdAt\":1e400,\"status\":1e400}", "application/json");
        yield return ("deep nesting", new string('[', 5_000) + new string(']', 5_000), "application/json");
        yield return ("deep object", string.Concat(Enumerable.Repeat("{\"a\":", 2_000)) + "1" + new string('}', 2_000), "application/json");
        yield return ("bad utf8 escape", "{\"message\":\"\\uD800\\uZZZZ\"}", "application/json");
        yield return ("wrong types everywhere",
            "{\"Cluster\":5,\"cluster\":[],\"Clusters\":{},\"clusters\":\"x\",\"metadata\":\"x\",\"spec\":[],\"status\":{},\"slug\":7,\"content\":5,\"last\":\"yes\",\"items\":\"x\",\"marker\":[],\"error\":7,\"errors\":{\"a\":1},\"Errors\":\"x\",\"message\":5,\"code\":[],\"__type\":5,\"details\":\"x\",\"ResponseContext\":5}",
            "application/json");
        yield return ("wrong member types",
            "{\"Cluster\":{\"id\":12,\"statuses\":\"x\",\"tags\":[1]},\"cluster\":{\"name\":[],\"createdAt\":\"yesterday\",\"tags\":5},\"metadata\":{\"uid\":{},\"name\":1},\"error\":{\"code\":{},\"message\":[],\"details\":\"x\"},\"Errors\":[{\"Code\":1,\"Details\":null},null,5]}",
            "application/json");
        yield return ("null members", "{\"Cluster\":null,\"cluster\":null,\"metadata\":null,\"items\":null,\"content\":null,\"clusters\":null,\"Clusters\":null,\"error\":null,\"Errors\":null}", "application/json");
        foreach (var (body, i) in ValidBodies(provider).Select((b, i) => (b, i)))
        {
            yield return ($"truncated {i}", body[..(body.Length / 2)], "application/json");
        }
    }

    private static string Mutate(string body, Random random)
    {
        var chars = body.ToCharArray().ToList();
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(5))
            {
                case 0:
                    chars.RemoveRange(at, chars.Count - at);
                    break;
                case 1:
                    chars[at] = Noise[random.Next(Noise.Length)];
                    break;
                case 2:
                    chars.Insert(at, Noise[random.Next(Noise.Length - 2)]);
                    break;
                case 3:
                    chars.RemoveAt(at);
                    break;
                default:
                    chars.InsertRange(at, random.Next(3) switch { 0 => "null", 1 => "[1,2]", _ => "{\"x\":{}}" });
                    break;
            }
        }

        return new string([.. chars]);
    }

    private sealed class CannedHandler(Func<HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = respond();
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }

    /// <summary>A body of <c>prefix + filler × count + suffix</c>, made as it is read, counting what was read.</summary>
    private sealed class CountingStream(string prefix, char filler, int count, string suffix) : Stream
    {
        private readonly byte[] head = Encoding.UTF8.GetBytes(prefix);
        private readonly byte[] tail = Encoding.UTF8.GetBytes(suffix);
        private long position;

        public long BytesRead => position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => head.Length + count + tail.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int length) => Read(buffer.AsSpan(offset, length));

        public override int Read(Span<byte> buffer)
        {
            var written = 0;
            while (written < buffer.Length && position < Length)
            {
                buffer[written++] = position < head.Length ? head[position]
                    : position < head.Length + count ? (byte)filler
                    : tail[position - head.Length - count];
                position++;
            }

            return written;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int length, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, length)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int length) => throw new NotSupportedException();
    }

    /// <summary>A body that sends a few bytes and then nothing, ever (until the reader gives up).</summary>
    private sealed class StallingStream(string start) : Stream
    {
        private readonly byte[] head = Encoding.UTF8.GetBytes(start);
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("synchronous read of a stalled body");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (position < head.Length)
            {
                var n = Math.Min(buffer.Length, head.Length - position);
                head.AsMemory(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
