namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary>Response bodies shaped like the EKS service's.</summary>
internal static class EksJson
{
    public const string ActivationCode = "aBcDeFgHiJkLmNoP1234-secret-activation";

    public const string Registered = $$"""
        {
          "cluster": {
            "name": "edge-1",
            "arn": "arn:aws:eks:us-west-2:123456789012:cluster/edge-1",
            "createdAt": 1711468800.123,
            "clientRequestToken": "7f3c1a52-8f0e-4d9c-9d6f-2b1f4c6e7a10",
            "connectorConfig": {
              "activationCode": "{{ActivationCode}}",
              "activationExpiry": 1711728000.5,
              "activationId": "2c9f6f3c-5a1e-4d0e-9a2b-1c3d5e7f9a0b",
              "provider": "GKE",
              "roleArn": "arn:aws:iam::123456789012:role/eks-connector-agent"
            },
            "status": "PENDING",
            "tags": { "team": "platform", "env": "dev" }
          }
        }
        """;

    public static string Cluster(string name, string status, double createdAt = 1700000000.987, string? version = "1.31") => $$"""
        {
          "cluster": {
            "name": "{{name}}",
            "arn": "arn:aws:eks:us-west-2:123456789012:cluster/{{name}}",
            "createdAt": {{createdAt.ToString(System.Globalization.CultureInfo.InvariantCulture)}},
            {{(version is null ? string.Empty : $"\"version\": \"{version}\",")}}
            "endpoint": "https://ABCDEF.gr7.us-west-2.eks.amazonaws.com",
            "status": "{{status}}",
            "platformVersion": "eks.12",
            "tags": { "owner": "ops" },
            "somethingNew": { "added": "later" }
          }
        }
        """;

    public static string Error(string type, string message) => $$"""{ "__type": "com.amazonaws.eks#{{type}}", "message": "{{message}}" }""";
}
