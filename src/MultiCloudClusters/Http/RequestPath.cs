namespace MultiCloudClusters.Http;

/// <summary>The path of a request for logs and spans: never the query string (it may carry user names or tokens).</summary>
internal static class RequestPath
{
    public static string Of(HttpRequestMessage? request) => request?.RequestUri is { } uri
        ? uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?', 2)[0]
        : "?";
}
