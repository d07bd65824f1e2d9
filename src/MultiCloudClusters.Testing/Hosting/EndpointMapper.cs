using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>Maps one provider's endpoints under its prefix, each named by its spec operationId.</summary>
internal sealed class EndpointMapper(RouteGroupBuilder group)
{
    public static EndpointMapper Create(IEndpointRouteBuilder app, string prefix, EmulatorContext emu, IProviderDialect dialect)
    {
        emu.AddDialect(prefix, dialect);
        var group = app.MapGroup(prefix);
        group.AddEndpointFilter(new EmulatorFilter(emu, dialect));
        return new EndpointMapper(group);
    }

    public EndpointMapper Map(string method, string pattern, string operation, Delegate handler, bool requiresAuth = true)
    {
        group.MapMethods(pattern, [method], handler).WithMetadata(new OperationInfo(operation, requiresAuth));
        return this;
    }
}
