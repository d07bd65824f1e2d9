namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>Response bodies shaped like AME's.</summary>
internal static class AmeSamples
{
    public const string JoinCommand = "kubeadm join 10.0.0.1:6443 --token q7x2kd.9fj3m2lq8w4n1b6z --discovery-token-ca-cert-hash sha256:abc";
    public const string CloudInit = "I2Nsb3VkLWNvbmZpZyBzZWNyZXQ=";
    public const string InstallScript = "IyEvYmluL3NoIGluc3RhbGwtc2VjcmV0";
    public const string UpgradeScript = "IyEvYmluL3NoIHVwZ3JhZGUtc2VjcmV0";
    public const string KubeletConfig = "a2luZDogS3ViZWxldENvbmZpZ3VyYXRpb24tc2VjcmV0";
    public const string ClientSecret = "oidc-client-secret-Zq81LmN4";
    public const string CaPem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----\n";
    public static readonly Guid PoolIdentity = Guid.Parse("0b6f3c5e-8f43-4d7e-9a61-2f7c1d9e4a10");

    public static string Cluster(string slug = "production-eu", string? environment = "production", string status = "started", string name = "Production EU") =>
        $$"""
        {
          "identity": "6f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
          "name": "{{name}}",
          "slug": "{{slug}}",
          "customerSlug": "acme",
          {{(environment is null ? string.Empty : $"\"environmentSlug\": \"{environment}\",")}}
          "cloudProvider": "aws",
          "region": "eu-west-1",
          "version": "v1.29.4-u-ame.1",
          "status": "{{status}}",
          "desiredStatus": "{{status}}",
          "cni": "cilium",
          "deleteProtection": true,
          "createdAt": "2024-01-10T08:00:00Z"
        }
        """;

    public static string Page(int number, bool last, params string[] clusters) =>
        $$"""
        {
          "content": [ {{string.Join(",", clusters)}} ],
          "last": {{(last ? "true" : "false")}},
          "first": {{(number == 0 ? "true" : "false")}},
          "number": {{number}},
          "size": 50,
          "totalPages": 3,
          "totalElements": 5,
          "numberOfElements": {{clusters.Length}},
          "empty": {{(clusters.Length == 0 ? "true" : "false")}},
          "sort": { "empty": true, "sorted": false, "unsorted": true }
        }
        """;

    public const string NodePool = """
        {
          "id": 7,
          "identity": "0b6f3c5e-8f43-4d7e-9a61-2f7c1d9e4a10",
          "name": "workers",
          "nodeSize": "t3.large",
          "availabilityZone": "eu-west-1a",
          "autoScaling": true,
          "minSize": 2,
          "maxSize": 6,
          "provisionStatus": "DONE",
          "securityUpdatesOnJoin": "INSTALL_AND_REBOOT",
          "labels": { "tier": "web" },
          "createdAt": "2024-02-01T09:30:00Z"
        }
        """;

    public static readonly string JoinConfig = $$"""
        {
          "joinCommand": "{{JoinCommand}}",
          "cloudInitUserDataBase64": "{{CloudInit}}",
          "installScriptBase64": "{{InstallScript}}",
          "upgradeScriptBase64": "{{UpgradeScript}}",
          "kubeletConfigBase64": "{{KubeletConfig}}",
          "versions": { "kubernetes": "v1.29.4", "containerd": "1.7.13", "crictl": "1.29.0", "cloudInit": "23.4" }
        }
        """;

    public static readonly string OidcConfig = $$"""
        {
          "endpoint": "https://production-eu.acme.avisi.cloud:6443",
          "caCertificate": "{{CaPem.Replace("\n", "\\n", StringComparison.Ordinal)}}",
          "issuerUrl": "https://sso.avisi.cloud/realms/acme",
          "clientId": "production-eu",
          "clientSecret": "{{ClientSecret}}"
        }
        """;
}
