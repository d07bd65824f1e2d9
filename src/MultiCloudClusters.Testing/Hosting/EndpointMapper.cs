using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>
/// Mounts one provider's endpoints under its prefix, each named by its spec operationId. The APIs call
/// <c>MapGet</c>/<c>MapPost</c>/… on the group themselves, with their handler written at the call: the request
/// delegate generator sees each handler's parameters there and compiles their binding (no reflection at start-up,
/// safe under trimming and Native AOT), which a handler passed on as a <see cref="Delegate"/> would hide from it.
/// A handler that takes only the <see cref="HttpContext"/> and answers asynchronously states its return type,
/// <c>Task&lt;EmuResult&gt; (HttpContext c) =&gt; …</c>: as a method group or a plain lambda it would convert to a
/// <see cref="RequestDelegate"/>, which discards the answer.
/// </summary>
internal static class EndpointMapper
{
    /// <summary>The group of one provider's endpoints, behind the emulator's filter (attempts, auth, faults).</summary>
    public static RouteGroupBuilder Create(IEndpointRouteBuilder app, string prefix, EmulatorContext emu, IProviderDialect dialect)
    {
        emu.AddDialect(prefix, dialect);
        var group = app.MapGroup(prefix);
        group.AddEndpointFilter(new EmulatorFilter(emu, dialect));
        return group;
    }

    /// <summary>Names the endpoint by its spec operationId and says whether the caller must authenticate.</summary>
    public static RouteHandlerBuilder Operation(this RouteHandlerBuilder endpoint, string operation, bool requiresAuth = true) =>
        endpoint.WithMetadata(new OperationInfo(operation, requiresAuth));
}
