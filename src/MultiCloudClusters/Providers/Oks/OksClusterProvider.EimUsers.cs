using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Oks.Generated;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>EIM users of a project: list, create (sealed with NaCl by default), delete, and their types.</summary>
public partial class OksClusterProvider
{
    /// <summary>The EIM users made for the project, with their access keys (secret keys are only sent at creation).</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<OksEimUser>> ListEimUsersAsync(string projectId, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(projectId), projectId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetEimUsersAsync(projectId, cancellationToken)).ConfigureAwait(false);
        return capture.StampAll(OksModels.All(ProviderCall.Require(ProviderName, response.EimUsers, "EimUsers"), OksModels.ToModel));
    }

    /// <summary>Creates an EIM user for the project and returns it with its new access key and secret.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="request">The user name, how long its credentials live, and whether the answer comes sealed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new user; its secret key is a secret (never shown by <c>ToString()</c>).</returns>
    /// <remarks>
    /// By default the answer comes sealed for a fresh X25519 key pair made for this call (the public key in
    /// <c>x-encrypt-nacl</c>), the same scheme as the kubeconfig; it is opened here and the private key wiped.
    /// Sent once: a create is never retried after a doubtful answer.
    /// </remarks>
    public virtual async Task<OksEimUser> CreateEimUserAsync(string projectId, OksEimUserCreateRequest request, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(projectId), projectId);
        ArgumentNullException.ThrowIfNull(request);
        var validator = new RequestValidator().Required("request.UserName", request.UserName);
        var ttl = FormatTtl(validator, "request.Ttl", request.Ttl);
        validator.ThrowIfInvalid();

        var user = request.UserName!;
        using var capture = RequestIdCapture.Start();
        var api = Api;
        if (!request.Encrypted)
        {
            var clear = await Call(() => api.CreateEimUserAsync(projectId, user, ttl, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return capture.Stamp(OksModels.ToModel(ProviderCall.Require(ProviderName, clear.EimUser, "EimUser")));
        }

        var opened = await CallSealed(
            publicKey => api.CreateEimUserAsync(projectId, user, ttl, publicKey, cancellationToken),
            response => response.Data,
            "Data",
            json => ReadSealedJson<Generated.EimUser>(json, "Data")).ConfigureAwait(false);
        return capture.Stamp(OksModels.ToModel(opened));
    }

    /// <summary>The kinds of EIM user that can be created in the project.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<OksEimUserType>> ListEimUserTypesAsync(string projectId, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(projectId), projectId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetEimUserTypesAsync(projectId, cancellationToken)).ConfigureAwait(false);
        return capture.StampAll(OksModels.All(ProviderCall.Require(ProviderName, response.EimUserTypes, "EimUserTypes"), OksModels.ToModel));
    }

    /// <summary>Removes an EIM user of the project together with its access keys.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="userName">The user's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task DeleteEimUserAsync(string projectId, string userName, CancellationToken cancellationToken = default)
    {
        new RequestValidator().PathSegment(nameof(projectId), projectId).PathSegment(nameof(userName), userName).ThrowIfInvalid();
        var api = Api;
        await Call(() => api.DeleteEimUserAsync(projectId, userName, cancellationToken)).ConfigureAwait(false);
    }
}
