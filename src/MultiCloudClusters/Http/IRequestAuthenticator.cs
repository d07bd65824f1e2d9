namespace MultiCloudClusters.Http;

/// <summary>Adds a provider's credentials to each outgoing request (one implementation per auth scheme).</summary>
public interface IRequestAuthenticator
{
    /// <summary>Adds the credentials; called for every attempt, so signatures and tokens stay fresh.</summary>
    ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>Sees each response, e.g. to take up tokens the server rotated.</summary>
    void OnResponse(HttpResponseMessage response)
    {
    }

    /// <summary>
    /// Called once when a request was answered 401: return true after dropping a cached credential
    /// to have the request sent once more with fresh credentials.
    /// </summary>
    ValueTask<bool> OnUnauthorizedAsync(CancellationToken cancellationToken) => ValueTask.FromResult(false);
}
