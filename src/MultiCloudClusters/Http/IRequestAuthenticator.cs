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

    /// <summary>Whether <see cref="OnUnauthorizedAsync"/> may ask for a second try (then each request is kept ready to be sent again).</summary>
    bool CanRefresh => false;

    /// <summary>
    /// Called once when a request was answered 401: return true after dropping a cached credential
    /// to have the request sent once more with fresh credentials.
    /// </summary>
    ValueTask<bool> OnUnauthorizedAsync(CancellationToken cancellationToken) => ValueTask.FromResult(false);
}
