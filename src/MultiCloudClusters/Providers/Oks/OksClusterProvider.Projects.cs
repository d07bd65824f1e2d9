using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;
using Generated = MultiCloudClusters.Providers.Oks.Generated;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Projects: create, list, read, change and delete.</summary>
public partial class OksClusterProvider
{
    /// <summary>Creates a project, which provisions the Net its clusters will live in; clusters can be created in it once its status is <c>ready</c>.</summary>
    /// <param name="request">The project; <see cref="GetProjectTemplateAsync"/> gives one filled with the provider's defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new project (usually <c>pending</c>).</returns>
    /// <remarks>Sent once: a create is never retried after a doubtful answer.</remarks>
    public virtual async Task<OksProject> CreateProjectAsync(OksProjectCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var validator = new RequestValidator();
        ValidateName(validator, "request.Name", request.Name);
        validator.Required("request.Cidr", request.Cidr);
        if (request.Cidr is not null)
        {
            ValidateCidrs(validator, "request.Cidr", [request.Cidr]);
        }

        if (request.Region is not null)
        {
            validator.Required("request.Region", request.Region);
        }

        validator.ThrowIfInvalid();
        var body = OksModels.ToWire(request, request.Region ?? _region);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.CreateProjectAsync(body, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(Project(response.Project));
    }

    /// <summary>Lists the account's projects, one page at a time (cursor paging).</summary>
    /// <param name="query">Filters and page size; null lists every project that exists.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public virtual AsyncPageable<OksProject> ListProjectsAsync(OksProjectQuery? query = null, CancellationToken cancellationToken = default)
    {
        new RequestValidator().Range("query.PageSize", query?.PageSize, 1, 100).ThrowIfInvalid();
        return TokenPaginator.Create<OksProject>(TokenStyle.Cursor, _paging, async (cursor, pageSize, ct) =>
        {
            new RequestValidator().Range("pageSize", pageSize, 1, 100).ThrowIfInvalid();
            using var capture = RequestIdCapture.Start();
            var api = Api;
            var response = await Call(() => api.ListProjectsAsync(query?.Name, query?.Status, query?.Cidr, query?.IncludeDeleted, cursor, limit: pageSize ?? query?.PageSize, cancellationToken: ct)).ConfigureAwait(false);
            var projects = ProviderCall.Require(ProviderName, response.Projects, "Projects");
            return new TokenPage<OksProject>(capture.StampAll<OksProject>([.. projects.Select(OksModels.ToModel)]), response.Pagination?.Cursor?.Next_cursor);
        }, cancellationToken);
    }

    /// <summary>Reads one project.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OksProject> GetProjectAsync(string projectId, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(projectId), projectId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetProjectAsync(projectId, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(Project(response.Project));
    }

    /// <summary>Changes a project's mutable settings; members left null stay as they are.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project after the change.</returns>
    public virtual async Task<OksProject> UpdateProjectAsync(string projectId, OksProjectUpdateRequest request, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(projectId), projectId);
        ArgumentNullException.ThrowIfNull(request);
        var body = OksModels.ToWire(request);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.UpdateProjectAsync(projectId, body, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(Project(response.Project));
    }

    /// <summary>Starts the removal of a project; it must hold no cluster any more.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task DeleteProjectAsync(string projectId, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(projectId), projectId);
        var api = Api;
        await Call(() => api.DeleteProjectAsync(projectId, cancellationToken)).ConfigureAwait(false);
    }

    private static OksProject Project(Generated.Project? project)
    {
        var known = ProviderCall.Require(ProviderName, project, "Project");
        ProviderCall.Require(ProviderName, known.Id, "Project.id");
        return OksModels.ToModel(known);
    }
}
