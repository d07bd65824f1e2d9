using System.Text.Json.Nodes;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>What OKS offers regardless of the account's state: limits, admission plugins and the templates.</summary>
internal static class OksCatalog
{
    public static readonly string[] Versions = ["1.30", "1.31", "1.32"];

    public static readonly string[] CpSubregions = ["2a", "2b", "2c"];

    public static readonly string[] ControlPlanePlans = ["cp.mono.master", "cp.3.masters.small", "cp.3.masters.medium", "cp.3.masters.large"];

    /// <summary>The plugins a cluster runs when its admission flags ask for nothing (the API documents this default).</summary>
    public static readonly string[] DefaultAdmissionPlugins =
    [
        "CertificateApproval", "CertificateSigning", "CertificateSubjectRestriction", "ClusterTrustBundleAttest",
        "DefaultIngressClass", "DefaultStorageClass", "DefaultTolerationSeconds", "LimitRanger", "MutatingAdmissionWebhook",
        "NamespaceLifecycle", "PersistentVolumeClaimResize", "PodSecurity", "Priority", "ResourceQuota", "RuntimeClass",
        "ServiceAccount", "StorageObjectInUseProtection", "TaintNodesByCondition", "ValidatingAdmissionPolicy", "ValidatingAdmissionWebhook",
    ];

    /// <summary>Plugins off by default that a cluster may turn on.</summary>
    public static readonly string[] OptionalAdmissionPlugins =
        ["AlwaysPullImages", "DenyServiceExternalIPs", "EventRateLimit", "NodeRestriction", "PodNodeSelector", "PodTolerationRestriction"];

    /// <summary>Default plugins a cluster may turn off (the rest keep the cluster working and stay on).</summary>
    public static readonly string[] RemovableAdmissionPlugins =
        ["DefaultIngressClass", "DefaultStorageClass", "DefaultTolerationSeconds", "LimitRanger", "PodSecurity", "ResourceQuota", "RuntimeClass"];

    public static string NextVersion(string version)
    {
        var index = Array.IndexOf(Versions, version);
        return index >= 0 && index < Versions.Length - 1 ? Versions[index + 1] : "";
    }

    /// <summary>The plugins that run for the given flags: the defaults, plus those turned on, minus those turned off.</summary>
    public static JsonArray Applied(JsonNode? enable, JsonNode? disable)
    {
        var on = Names(enable);
        var off = Names(disable);
        return Strings([.. DefaultAdmissionPlugins.Concat(on).Except(off).Distinct().Order(StringComparer.Ordinal)]);
    }

    /// <summary>Why <paramref name="flags"/> cannot be applied, or <see langword="null"/>.</summary>
    public static string? CheckAdmissionFlags(JsonNode? flags)
    {
        if (flags is null) return null;
        if (flags is not JsonObject) return "admission_flags must be an object.";
        foreach (var (member, allowed) in new[] { ("enable_admission_plugins", OptionalAdmissionPlugins), ("disable_admission_plugins", RemovableAdmissionPlugins) })
        {
            var list = flags[member];
            if (list is null) continue;
            if (list is not JsonArray items || items.Any(i => i is not JsonValue v || !v.TryGetValue<string>(out _))) return $"{member} must be a list of plugin names.";
            if (Names(items).FirstOrDefault(n => !allowed.Contains(n)) is { } unknown) return $"{member}: {unknown} is not one of {string.Join(", ", allowed)}.";
        }

        return null;
    }

    public static EmuResult AdmissionPlugins(string? version) =>
        !Versions.Contains(version)
            ? OksDialect.Validation("version", $"version must be one of {string.Join(", ", Versions)}.", "query")
            : OksDialect.Answer("AdmissionPlugins", new JsonObject
            {
                ["EnableAdmissionPlugins"] = Strings(OptionalAdmissionPlugins),
                ["DisableAdmissionPlugins"] = Strings(RemovableAdmissionPlugins),
                ["DefaultAdmissionPlugins"] = Strings(DefaultAdmissionPlugins),
            });

    public static JsonObject ProjectTemplate(string region) => new()
    {
        ["name"] = "my-project", ["description"] = "", ["cidr"] = "10.50.0.0/18", ["region"] = region, ["tags"] = new JsonObject(),
        ["disable_api_termination"] = false,
    };

    /// <summary>The cluster template; its admin allow-list is the caller's address.</summary>
    public static JsonObject ClusterTemplate(string clientIp) => new()
    {
        ["project_id"] = "",
        ["version"] = "1.31",
        ["cp_multi_az"] = false,
        ["cp_subregions"] = new JsonArray("2a"),
        ["admin_lbu"] = false,
        ["admission_flags"] = new JsonObject { ["disable_admission_plugins"] = new JsonArray(), ["enable_admission_plugins"] = new JsonArray() },
        ["cidr_pods"] = "10.91.0.0/16",
        ["cidr_service"] = "10.92.0.0/16",
        ["cluster_dns"] = "10.92.0.10",
        ["tags"] = new JsonObject(),
        ["maintenance_window"] = new JsonObject { ["duration_hours"] = 1, ["start_hour"] = 12, ["week_day"] = "Tue", ["tz"] = "UTC" },
        ["control_planes"] = "cp.3.masters.small",
        ["admin_whitelist"] = new JsonArray($"{clientIp}/32"),
        ["quirks"] = new JsonArray(),
        ["disable_api_termination"] = false,
    };

    public static JsonObject NodepoolTemplate() => KubernetesObject("Nodepool", "my-nodepool", new JsonObject
    {
        ["desiredNodes"] = "2",
        ["nodeType"] = "tinav6.c2r4p3",
        ["zones"] = new JsonArray("eu-west-2a"),
        ["volumes"] = new JsonArray(new JsonObject { ["device"] = "root", ["type"] = "gp2", ["size"] = 50, ["dir"] = "/" }),
        ["upgradeStrategy"] = new JsonObject
        {
            ["maxUnavailable"] = 1, ["maxSurge"] = 0, ["autoUpgradeEnabled"] = true,
            ["autoUpgradeMaintenance"] = new JsonObject { ["durationHours"] = 1, ["startHour"] = 12, ["weekDay"] = "Tue" },
        },
        ["autoHealing"] = true,
    });

    public static JsonObject NetPeeringRequestTemplate() =>
        KubernetesObject("NetPeeringRequest", "my-net-peering-request", new JsonObject { ["accepterNetId"] = "vpc-00000000", ["accepterOwnerId"] = "000000000000" });

    public static JsonObject NetPeeringAcceptanceTemplate() =>
        KubernetesObject("NetPeeringAcceptance", "my-net-peering-acceptance", new JsonObject { ["netPeeringId"] = "pcx-00000000" });

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    private static IEnumerable<string> Names(JsonNode? list) =>
        list is JsonArray items ? items.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>() : [];

    private static JsonObject KubernetesObject(string kind, string name, JsonObject spec) => new()
    {
        ["apiVersion"] = "oks.dev/v1beta2",
        ["kind"] = kind,
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = spec,
    };
}
