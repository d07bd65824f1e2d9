using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MultiCloudClusters.Tests.Security;

/// <summary>One request as it arrived on the wire: request line, headers in order (duplicates kept) and body.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Target">The request target (path and query) exactly as sent.</param>
/// <param name="Headers">Every header line, name and value, in the order sent.</param>
/// <param name="Body">The body bytes.</param>
/// <param name="RawHead">The request line and header block as received (to look for anything injected).</param>
public sealed record HostileRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, string RawHead)
{
    /// <summary>The path without the query.</summary>
    public string Path => Target.Split('?', 2)[0];

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The first value of a header, or null.</summary>
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Everything received (head and body) as text, to search for secrets.</summary>
    public string Everything => RawHead + "\r\n\r\n" + BodyText;
}

/// <summary>A response to send: status, headers and body.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Headers">Headers other than Content-Length and Connection (the server adds those).</param>
/// <param name="Body">The body bytes.</param>
public sealed record HostileResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    /// <summary>A JSON response.</summary>
    public static HostileResponse Json(int status, string json, params (string Name, string Value)[] headers) =>
        new(status, [new("Content-Type", "application/json"), .. headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))], Encoding.UTF8.GetBytes(json));

    /// <summary>A copy with one more header.</summary>
    public HostileResponse With(string name, string value) => this with { Headers = [.. Headers, new(name, value)] };

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// A server of our own on loopback that misbehaves on purpose, written on raw sockets so it can do what a
/// well-behaved server framework will not: redirect anywhere, drip a body byte by byte, cut a body off
/// mid-way, send any header. By default it forwards each request to an upstream (the emulator), so the
/// providers get real answers that a test can then spoil. Every request is recorded as received.
/// </summary>
public sealed class HostileServer : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Host", "Upgrade", "Proxy-Connection", "TE", "Trailer",
    };

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<HostileRequest> _requests = new();
    private readonly HttpClient _upstreamClient;
    private readonly Task _accepting;
    private int _count;

    private HostileServer(Uri? upstream, Func<HostileExchange, Task>? behaviour)
    {
        Upstream = upstream;
        Behaviour = behaviour ?? (exchange => exchange.ForwardAndRespondAsync());
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Root = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _upstreamClient = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        _accepting = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The server's root, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Root { get; }

    /// <summary>Where requests are forwarded by <see cref="HostileExchange.ForwardAsync"/>, if anywhere.</summary>
    public Uri? Upstream { get; }

    /// <summary>What the server does with each request; may be changed at any time.</summary>
    public Func<HostileExchange, Task> Behaviour { get; set; }

    /// <summary>
    /// Rewrites a request before it is forwarded (e.g. translating an auth scheme the upstream does not
    /// know). Null: forwarded as received.
    /// </summary>
    public Action<HttpRequestMessage, HostileRequest>? RewriteForward { get; set; }

    /// <summary>Every request received, in order of arrival.</summary>
    public IReadOnlyList<HostileRequest> Requests => [.. _requests];

    /// <summary>Starts a server that forwards to <paramref name="upstream"/> unless told otherwise.</summary>
    public static HostileServer Start(Uri? upstream = null, Func<HostileExchange, Task>? behaviour = null) => new(upstream, behaviour);

    /// <summary>The same path and query as <paramref name="upstreamUrl"/>, on this server.</summary>
    public Uri At(Uri upstreamUrl) => new(Root, upstreamUrl.PathAndQuery);

    /// <summary>Forgets the requests received so far.</summary>
    public void ClearRequests() => _requests.Clear();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _upstreamClient.Dispose();
        _stop.Dispose();
    }

    internal async Task<HostileResponse> ForwardAsync(HostileRequest request, CancellationToken cancellationToken)
    {
        if (Upstream is null)
        {
            throw new InvalidOperationException("This hostile server has no upstream to forward to.");
        }

        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(Upstream, request.Target));
        if (request.Body.Length > 0 || request.Method is "POST" or "PUT" or "PATCH")
        {
            message.Content = new ByteArrayContent(request.Body);
        }

        foreach (var (name, value) in request.Headers)
        {
            if (string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.Host = value; // EKS signatures cover the host the client saw
            }
            else if (!HopByHop.Contains(name) && !message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        RewriteForward?.Invoke(message, request);
        using var response = await _upstreamClient.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !HopByHop.Contains(h.Key))
            .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)))
            .ToList();
        return new HostileResponse((int)response.StatusCode, headers, body);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            client.NoDelay = true;
            var stream = client.GetStream();
            try
            {
                var request = await ReadRequestAsync(stream, _stop.Token).ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }

                _requests.Enqueue(request);
                var exchange = new HostileExchange(this, request, Interlocked.Increment(ref _count), client, stream, _stop.Token);
                await Behaviour(exchange).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the server is stopping: nothing to do.
            }
        }
    }

    private static async Task<HostileRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(buffer)) < 0)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var all = buffer.ToArray();
        var head = Encoding.Latin1.GetString(all, 0, headEnd);
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ', 3);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
            }
        }

        var body = new MemoryStream();
        body.Write(all, headEnd + 4, all.Length - headEnd - 4);
        var lengthHeader = headers.FirstOrDefault(h => string.Equals(h.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)).Value;
        var chunked = headers.Any(h => string.Equals(h.Key, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && h.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        if (long.TryParse(lengthHeader, out var length))
        {
            while (body.Length < length)
            {
                var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                body.Write(chunk, 0, read);
            }
        }
        else if (chunked)
        {
            while (!EndsChunked(body))
            {
                var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                body.Write(chunk, 0, read);
            }

            body = Dechunk(body.ToArray());
        }

        return new HostileRequest(requestLine[0], requestLine.Length > 1 ? requestLine[1] : "/", headers, body.ToArray(), head);
    }

    private static int IndexOfHeadEnd(MemoryStream buffer)
    {
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        return bytes.IndexOf("\r\n\r\n"u8);
    }

    private static bool EndsChunked(MemoryStream body) => body.GetBuffer().AsSpan(0, (int)body.Length).IndexOf("0\r\n\r\n"u8) >= 0;

    private static MemoryStream Dechunk(byte[] raw)
    {
        var output = new MemoryStream();
        var position = 0;
        while (position < raw.Length)
        {
            var lineEnd = raw.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var size = Convert.ToInt32(Encoding.ASCII.GetString(raw, position, lineEnd).Split(';')[0].Trim(), 16);
            position += lineEnd + 2;
            if (size == 0)
            {
                break;
            }

            output.Write(raw, position, Math.Min(size, raw.Length - position));
            position += size + 2;
        }

        output.Position = 0;
        return output;
    }
}

/// <summary>One request being served: what arrived, and the ways of answering it (well or badly).</summary>
public sealed class HostileExchange
{
    private readonly HostileServer _server;
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    internal HostileExchange(HostileServer server, HostileRequest request, int number, TcpClient client, NetworkStream stream, CancellationToken stopping)
    {
        _server = server;
        Request = request;
        Number = number;
        _client = client;
        _stream = stream;
        Stopping = stopping;
    }

    /// <summary>The request.</summary>
    public HostileRequest Request { get; }

    /// <summary>1 for the first request the server received, 2 for the second, …</summary>
    public int Number { get; }

    /// <summary>Cancelled when the server stops.</summary>
    public CancellationToken Stopping { get; }

    /// <summary>Sends the request on to the upstream and returns its answer (not yet sent back).</summary>
    public Task<HostileResponse> ForwardAsync() => _server.ForwardAsync(Request, Stopping);

    /// <summary>Forwards the request and sends the upstream's answer back unchanged.</summary>
    public async Task ForwardAndRespondAsync() => await RespondAsync(await ForwardAsync().ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>Sends a whole response and closes the connection.</summary>
    public async Task RespondAsync(HostileResponse response)
    {
        await WriteHeadAsync(response, response.Body.Length).ConfigureAwait(false);
        await _stream.WriteAsync(response.Body, Stopping).ConfigureAwait(false);
        await _stream.FlushAsync(Stopping).ConfigureAwait(false);
    }

    /// <summary>Answers with a redirect to <paramref name="location"/>.</summary>
    public Task RedirectAsync(int status, Uri location) =>
        RespondAsync(new HostileResponse(status, [new("Location", location.ToString())], []));

    /// <summary>Sends the head at once (with the full Content-Length), then the body <paramref name="bytesPerTick"/> bytes at a time.</summary>
    public async Task DripAsync(HostileResponse response, TimeSpan interval, int bytesPerTick = 1)
    {
        await WriteHeadAsync(response, response.Body.Length).ConfigureAwait(false);
        for (var offset = 0; offset < response.Body.Length; offset += bytesPerTick)
        {
            await _stream.WriteAsync(response.Body.AsMemory(offset, Math.Min(bytesPerTick, response.Body.Length - offset)), Stopping).ConfigureAwait(false);
            await _stream.FlushAsync(Stopping).ConfigureAwait(false);
            await Task.Delay(interval, Stopping).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends the head with the full Content-Length and only the first <paramref name="bytes"/> bytes of the
    /// body, then resets the connection: the body is cut off mid-way.
    /// </summary>
    public async Task CutAsync(HostileResponse response, int bytes)
    {
        await WriteHeadAsync(response, response.Body.Length).ConfigureAwait(false);
        await _stream.WriteAsync(response.Body.AsMemory(0, Math.Min(bytes, response.Body.Length)), Stopping).ConfigureAwait(false);
        await _stream.FlushAsync(Stopping).ConfigureAwait(false);
        _client.Client.LingerState = new LingerOption(true, 0); // close with RST, as a crashed server would
        _client.Client.Close();
    }

    /// <summary>Resets the connection without answering.</summary>
    public Task DropAsync()
    {
        _client.Client.LingerState = new LingerOption(true, 0);
        _client.Client.Close();
        return Task.CompletedTask;
    }

    /// <summary>Sends raw bytes as they are (for malformed heads).</summary>
    public async Task WriteRawAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes, Stopping).ConfigureAwait(false);
        await _stream.FlushAsync(Stopping).ConfigureAwait(false);
    }

    private async Task WriteHeadAsync(HostileResponse response, long contentLength)
    {
        var head = new StringBuilder();
        head.Append("HTTP/1.1 ").Append(response.Status).Append(' ').Append(Reason(response.Status)).Append("\r\n");
        foreach (var (name, value) in response.Headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(contentLength).Append("\r\n");
        head.Append("Connection: close\r\n\r\n");
        await _stream.WriteAsync(Encoding.Latin1.GetBytes(head.ToString()), Stopping).ConfigureAwait(false);
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };
}
