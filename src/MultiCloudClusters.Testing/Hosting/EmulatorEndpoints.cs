using Microsoft.AspNetCore.Builder;
using MultiCloudClusters.Emulator.Ame;
using MultiCloudClusters.Emulator.Eks;
using MultiCloudClusters.Emulator.Imply;
using MultiCloudClusters.Emulator.LakeSail;
using MultiCloudClusters.Emulator.Oks;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>The five providers' endpoint descriptions, and mounting their APIs.</summary>
internal sealed class EmulatorEndpoints
{
    public OksEmulatorEndpoint Oks { get; } = new();

    public ImplyEmulatorEndpoint Imply { get; } = new();

    public AmeEmulatorEndpoint Ame { get; } = new();

    public EksEmulatorEndpoint Eks { get; } = new();

    public LakeSailEmulatorEndpoint LakeSail { get; } = new();

    /// <summary>Mounts the five APIs and, after routing, the gateway that gives each request its id and refuses unknown routes.</summary>
    public void MapAll(WebApplication app, EmulatorContext emu)
    {
        EmulatorGateway.Use(app, emu);
        OksApi.Map(app, emu, Oks);
        ImplyApi.Map(app, emu, Imply);
        AmeApi.Map(app, emu, Ame);
        EksApi.Map(app, emu, Eks);
        LakeSailApi.Map(app, emu, LakeSail);
    }

    public void SetBase(Uri root)
    {
        Oks.BaseUrl = new Uri(root, "oks/api/v2/");
        Imply.BaseUrl = new Uri(root, "imply/api/v1/");
        Imply.TokenEndpoint = new Uri(root, "imply/oauth/token");
        Ame.BaseUrl = new Uri(root, "ame/");
        Eks.BaseUrl = new Uri(root, "eks/");
        LakeSail.BaseUrl = new Uri(root, "lakesail/api/v1/");
    }
}
