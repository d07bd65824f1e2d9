using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.LakeSail;

/// <summary>LakeSail read-only views of a connection: CloudFormation template (JSON and YAML download), regions, instance types.</summary>
internal sealed class LakeSailCatalog(LakeSailConnections connections, LakeSailEmulatorEndpoint endpoint)
{
    private static readonly (string Type, int VCpus, long MemoryMiB, string Arch, int Gpus)[] Types =
    [
        ("m6i.large", 2, 8192, "x86_64", 0), ("m6i.xlarge", 4, 16384, "x86_64", 0), ("m7g.xlarge", 4, 16384, "arm64", 0),
        ("r6i.2xlarge", 8, 65536, "x86_64", 0), ("c7g.4xlarge", 16, 32768, "arm64", 0), ("g5.xlarge", 4, 16384, "x86_64", 1),
    ];

    public EmuResult Template(string id)
    {
        lock (connections.Gate)
        {
            if (connections.Find(id) is null) return LakeSailDialect.NotFound($"Connection {id}");
            var download = new Uri(endpoint.BaseUrl, $"infra/connections/{id}/template/download").ToString();
            return EmuResult.Ok(new JsonObject
            {
                ["templateUrl"] = "https://lakesail-templates.s3.amazonaws.com/connection/v1/template.yaml",
                ["quickLaunchUrl"] = $"https://console.aws.amazon.com/cloudformation/home#/stacks/quickcreate?stackName=lakesail-{id}&templateURL={Uri.EscapeDataString(download)}",
                ["downloadUrl"] = download,
                ["parameters"] = Parameters(id),
            });
        }
    }

    public EmuResult Download(string id)
    {
        lock (connections.Gate)
        {
            if (connections.Find(id) is null) return LakeSailDialect.NotFound($"Connection {id}");
        }

        var p = Parameters(id);
        return EmuResult.Text($$"""
            AWSTemplateFormatVersion: '2010-09-09'
            Description: LakeSail cloud-account connection (emulator)
            Parameters:
              ConnectionId:
                Type: String
                Default: {{p.Str("ConnectionId")}}
              LakeSailPrincipal:
                Type: String
                Default: {{p.Str("LakeSailPrincipal")}}
              ExternalId:
                Type: String
                Default: {{p.Str("ExternalId")}}
            Resources:
              LakeSailAccessRole:
                Type: AWS::IAM::Role
                Properties:
                  RoleName: !Sub 'LakeSailAccess-${ConnectionId}'

            """, "text/yaml");
    }

    public EmuResult Regions(string id)
    {
        lock (connections.Gate)
        {
            if (connections.Find(id) is null) return LakeSailDialect.NotFound($"Connection {id}");
        }

        (string Code, string Name, string Group)[] regions = [("us-east-1", "US East (N. Virginia)", "North America"), ("us-west-2", "US West (Oregon)", "North America"), ("eu-west-1", "Europe (Ireland)", "Europe"), ("eu-central-1", "Europe (Frankfurt)", "Europe")];
        return EmuResult.Ok(new JsonObject
        {
            ["items"] = new JsonArray([.. regions.Select(r => (JsonNode)new JsonObject { ["provider"] = "aws", ["regionCode"] = r.Code, ["regionName"] = r.Name, ["group"] = r.Group })]),
        });
    }

    public EmuResult InstanceTypes(HttpContext context, string id)
    {
        lock (connections.Gate)
        {
            if (connections.Find(id) is null) return LakeSailDialect.NotFound($"Connection {id}");
        }

        var q = context.Request.Query;
        int Int(string name, int fallback) => int.TryParse(q[name], CultureInfo.InvariantCulture, out var v) ? v : fallback;
        var limit = Int("limit", 100);
        if (limit is < 0 or > 100) return LakeSailDialect.Invalid("limit", "limit must be from 0 to 100.");
        var items = Types
            .Where(t => !q.ContainsKey("architecture") || t.Arch == q["architecture"])
            .Where(t => t.VCpus >= Int("minVCpus", 0) && t.MemoryMiB >= Int("minMemoryMiB", 0))
            .Take(limit == 0 ? 100 : limit)
            .Select(t => (JsonNode)new JsonObject
            {
                ["provider"] = "aws", ["instanceType"] = t.Type, ["vCpus"] = t.VCpus, ["memoryMiB"] = t.MemoryMiB, ["architecture"] = t.Arch,
                ["gpuCount"] = t.Gpus, ["instanceFamily"] = t.Type.Split('.')[0], ["maxPods"] = 58, ["group"] = t.Gpus > 0 ? "gpu" : "general",
                ["allocatableMilliCpu"] = (t.VCpus * 1000L) - 80,
            });
        return EmuResult.Ok(new JsonObject
        {
            ["items"] = new JsonArray([.. items]),
            ["metadata"] = new JsonObject
            {
                ["provider"] = "aws", ["systemPodsPerNode"] = 3.0, ["systemPodsPerSystemNode"] = 8.0, ["systemPodsFixed"] = 4.0,
                ["systemPodsPerNodeMargin"] = 1.0, ["systemPodsFixedMargin"] = 2.0, ["systemMilliCPUPerNode"] = 80.0, ["systemMilliCPUFixed"] = 500.0,
                ["karpenterMilliCPUPerReplica"] = 250.0, ["karpenterReplicas"] = 2.0,
            },
        });
    }

    private static JsonObject Parameters(string id) => new()
    {
        ["ConnectionId"] = id,
        ["LakeSailPrincipal"] = "arn:aws:iam::111122223333:role/LakeSailPlatform",
        ["ExternalId"] = "ext-" + id,
    };
}
