namespace MultiCloudClusters.Errors;

/// <summary>The broad class of a failure, which decides the exception type users catch.</summary>
public enum CloudErrorKind
{
    /// <summary>Anything not covered below (server errors, transport failures, bad responses).</summary>
    Other,

    /// <summary>The resource does not exist (HTTP 404).</summary>
    NotFound,

    /// <summary>The resource is busy or in a conflicting state (HTTP 409, 423).</summary>
    Conflict,

    /// <summary>Too many requests (HTTP 429 or a throttling code).</summary>
    Throttled,

    /// <summary>Credentials missing, wrong or lacking permission (HTTP 401, 403).</summary>
    Unauthorized,

    /// <summary>The request was invalid (HTTP 400, 422, or refused before sending).</summary>
    Validation,

    /// <summary>
    /// The server answered with a redirect (HTTP 3xx), or the answer came from another host than the configured
    /// endpoint. Redirects are never followed, so credentials never leave for a host the server names.
    /// </summary>
    Redirect,
}
