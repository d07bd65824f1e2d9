using System.Text.Json;
using MultiCloudClusters.Emulator;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>
/// Valid inputs for every operation of the five specs, against an emulator with its seed data and lifecycles that
/// settle at once. An operation the spec gains later gets no input here and is sent bare: the walk then reports it.
/// </summary>
internal static class SpecWalkInputs
{
    /// <summary>The spec files the walk covers, one per provider.</summary>
    public static readonly string[] Specs = ["oks.yaml", "imply.yaml", "ame.yaml", "eks.yaml", "lakesail.yaml"];

    public static async Task<SpecWalk> ForAsync(string spec, MultiCloudEmulator emu) => spec switch
    {
        "oks.yaml" => await OksAsync(emu),
        "imply.yaml" => await ImplyAsync(emu),
        "ame.yaml" => await AmeAsync(emu),
        "eks.yaml" => Eks(emu),
        "lakesail.yaml" => await LakeSailAsync(emu),
        _ => throw new ArgumentException($"No walk inputs for {spec}: add them to {nameof(SpecWalkInputs)}.", nameof(spec)),
    };

    private static Func<IReadOnlyDictionary<string, string>, string> Fixed(string json) => _ => json;

    private static Action<JsonElement, IDictionary<string, string>> Keep(string name, params string[] path) =>
        (answer, values) => values[name] = path.Aggregate(answer, (e, p) => e.GetProperty(p)).GetString()!;

    private static async Task<SpecWalk> OksAsync(MultiCloudEmulator emu)
    {
        var http = OksClient(emu);
        var project = (await OkJsonAsync(await http.GetAsync("projects"))).GetProperty("Projects")[0].Str("id");
        var cluster = (await OkJsonAsync(await http.GetAsync("clusters/all"))).GetProperty("Clusters")[0].Str("id");
        var walk = new SpecWalk(emu, EmulatedProvider.Oks, "oks.yaml", http, "x-request-id");
        walk.Values["project_id"] = project;
        walk.Values["cluster_id"] = cluster;
        walk.Values["user"] = "walk-user";
        var key = Convert.ToBase64String(Sodium.PublicKeyBox.GenerateKeyPair().PublicKey);
        walk.Inputs["CreateProject"] = new() { Body = Fixed("""{"name":"walk","cidr":"10.60.0.0/18","region":"eu-west-2"}"""), Capture = Keep("new_project", "Project", "id") };
        walk.Inputs["CreateCluster"] = new()
        {
            Body = v => $$"""{"name":"walk-cluster","project_id":"{{v["project_id"]}}","version":"1.31","cidr_pods":"10.91.0.0/16","cidr_service":"10.92.0.0/16","admin_whitelist":["0.0.0.0/0"]}""",
        };
        walk.Inputs["UpdateCluster"] = new() { Body = Fixed("""{"description":"walked","admission_flags":{"enable_admission_plugins":["AlwaysPullImages"]}}""") };
        walk.Inputs["UpdateProject"] = new() { Body = Fixed("""{"description":"walked"}""") };
        walk.Inputs["GetKubeconfigWithPubkeyNACL"] = new() { Headers = new Dictionary<string, string> { ["x-encrypt-nacl"] = key } };
        walk.Inputs["CreateEimUser"] = new() { Query = "user=walk-user&ttl=1d", Headers = new Dictionary<string, string> { ["x-encrypt-nacl"] = key } };
        walk.Inputs["GetAdmissionPlugins"] = new() { Query = "version=1.31" };
        walk.Inputs["ListClustersByProjectID"] = new() { Query = $"project_id={project}&deleted=true" };
        return DeleteWhatWasCreated(walk, "DeleteProject", "project_id", "new_project");
    }

    private static async Task<SpecWalk> ImplyAsync(MultiCloudEmulator emu)
    {
        var http = ImplyClient(emu);
        var cluster = (await OkJsonAsync(await http.GetAsync("clusters")))[0];
        var walk = new SpecWalk(emu, EmulatedProvider.Imply, "imply.yaml", http, "x-request-id");
        walk.Values["clusterId"] = cluster.Str("metadata", "uid");
        walk.Values["resourceVersion"] = "1";
        walk.Values["instanceId"] = cluster.GetProperty("status").GetProperty("servers")[0].Str("instanceId");
        var spec = cluster.GetProperty("spec").GetRawText();
        walk.Inputs["CreateCluster"] = new() { Body = _ => $$"""{"metadata":{"name":"walk"},"spec":{{spec}}}""", Capture = Keep("new_cluster", "metadata", "uid") };
        walk.Inputs["OverwriteCluster"] = new() { Body = _ => $$"""{"metadata":{"name":"{{cluster.Str("metadata", "name")}}"},"spec":{{spec}}}""" };
        walk.Inputs["UpdateCluster"] = new() { Body = Fixed("""{"spec":{"version":"2024.02"}}"""), ContentType = "application/merge-patch+json" };
        return DeleteWhatWasCreated(walk, "DeleteCluster", "clusterId", "new_cluster");
    }

    private static async Task<SpecWalk> AmeAsync(MultiCloudEmulator emu)
    {
        var http = AmeClient(emu);
        var walk = new SpecWalk(emu, EmulatedProvider.Ame, "ame.yaml", http, "x-request-id");
        walk.Values["organisationSlug"] = emu.Ame.Organisation;
        walk.Values["environmentSlug"] = "production";
        walk.Values["clusterSlug"] = "web";
        var pool = """{"name":"walk-pool","nodeSize":"t3.large","minSize":1,"maxSize":2}""";
        walk.Inputs["CreateCluster"] = new()
        {
            Body = Fixed($$"""{"name":"Walk","cloudAccountIdentity":"{{emu.Ame.CloudAccountIdentity}}","region":"eu-west-1","version":"v1.31","nodePools":[{{pool}}]}"""),
        };
        walk.Inputs["MoveCluster"] = new()
        {
            PathValues = new Dictionary<string, string> { ["clusterSlug"] = "batch" },
            Body = Fixed("""{"currentEnvironment":"production","newEnvironment":"staging"}"""),
        };
        walk.Inputs["UpdateCluster"] = new() { Body = Fixed("""{"enableAutoUpgrade":true}""") };
        walk.Inputs["CreateNodePool"] = new()
        {
            Body = Fixed(pool),
            Capture = (answer, values) => (values["nodePoolId"], values["nodePoolIdentity"]) = (answer.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Str("identity")),
        };
        walk.Inputs["UpdateNodePool"] = new() { Body = Fixed("""{"name":"walk-pool","nodeSize":"t3.xlarge","minSize":1,"maxSize":3}""") };
        walk.Inputs["UpdatePrometheusRulesInheritance"] = new() { Body = Fixed("""{"environmentPrometheusRules":false}""") };
        return walk;
    }

    private static SpecWalk Eks(MultiCloudEmulator emu)
    {
        var http = EksClient(emu);
        var walk = new SpecWalk(emu, EmulatedProvider.Eks, "eks.yaml", http, "x-amzn-RequestId");
        walk.Values["name"] = "prod-eks";
        walk.Inputs["RegisterCluster"] = new()
        {
            Body = Fixed("""{"name":"walk-eks","connectorConfig":{"roleArn":"arn:aws:iam::123456789012:role/walk","provider":"OTHER"},"clientRequestToken":"walk-1"}"""),
        };
        walk.Inputs["DeregisterCluster"] = new() { PathValues = new Dictionary<string, string> { ["name"] = "walk-eks" } };
        walk.Inputs["ListClusters"] = new() { Query = "include=all" };
        return walk;
    }

    private static async Task<SpecWalk> LakeSailAsync(MultiCloudEmulator emu)
    {
        var http = LakeSailClient(emu);
        var walk = new SpecWalk(emu, EmulatedProvider.LakeSail, "lakesail.yaml", http, "x-request-id");
        walk.Values["connection"] = (await OkJsonAsync(await http.GetAsync("infra/connections"))).GetProperty("items")[0].Str("id");
        walk.Inputs["CreateConnection"] = new() { Body = Fixed("""{"name":"walk","provider":"aws"}"""), Capture = Keep("new_connection", "id") };
        walk.Inputs["SyncConnectionTemplate"] = new() { Capture = Keep("operationId", "id") };
        walk.Inputs["VerifyConnection"] = new() { Body = Fixed("{}") };
        walk.Inputs["UpdateConnection"] = new() { Body = Fixed("""{"name":"renamed"}""") };
        return DeleteWhatWasCreated(walk, "DeleteConnection", "connection", "new_connection");
    }

    /// <summary>Points a delete at the resource the walk's create captured under <paramref name="captured"/>, so the shared one stays for the rest.</summary>
    private static SpecWalk DeleteWhatWasCreated(SpecWalk walk, string operation, string parameter, string captured)
    {
        walk.Inputs[operation] = (walk.Inputs.GetValueOrDefault(operation) ?? new WalkInput()) with
        {
            PathFrom = new Dictionary<string, string> { [parameter] = captured },
        };
        return walk;
    }
}
