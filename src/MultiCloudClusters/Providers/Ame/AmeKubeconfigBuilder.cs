using System.Text;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// AME has no kubeconfig endpoint; its clusters sign users in through OIDC. This writes the kubeconfig the
/// official tooling implies: the API server and CA from the cluster's OIDC config, and a user that gets its
/// token from the <c>kubectl oidc-login</c> exec plugin (nothing is run here).
/// </summary>
internal static class AmeKubeconfigBuilder
{
    public static string Build(string organisation, AmeClusterId id, AmeOidcConfig oidc)
    {
        var provider = AmeClusterProvider.ProviderName;
        var server = ProviderCall.Require(provider, oidc.Endpoint, "endpoint");
        var issuer = ProviderCall.Require(provider, oidc.IssuerUrl, "issuerUrl");
        var clientId = ProviderCall.Require(provider, oidc.ClientId, "clientId");
        var name = $"ame-{organisation}-{id.Environment}-{id.Cluster}";

        var yaml = new StringBuilder()
            .AppendLine("apiVersion: v1")
            .AppendLine("kind: Config")
            .AppendLine("clusters:")
            .AppendLine($"- name: {Quote(name)}")
            .AppendLine("  cluster:")
            .AppendLine($"    server: {Quote(server)}");
        if (!string.IsNullOrWhiteSpace(oidc.CaCertificate))
        {
            yaml.AppendLine($"    certificate-authority-data: {Quote(CaData(oidc.CaCertificate))}");
        }

        yaml.AppendLine("users:")
            .AppendLine($"- name: {Quote(name + "-oidc")}")
            .AppendLine("  user:")
            .AppendLine("    exec:")
            .AppendLine("      apiVersion: client.authentication.k8s.io/v1beta1")
            .AppendLine("      command: kubectl")
            .AppendLine("      interactiveMode: IfAvailable")
            .AppendLine("      args:")
            .AppendLine("      - oidc-login")
            .AppendLine("      - get-token")
            .AppendLine($"      - {Quote("--oidc-issuer-url=" + issuer)}")
            .AppendLine($"      - {Quote("--oidc-client-id=" + clientId)}");
        if (!string.IsNullOrEmpty(oidc.ClientSecret))
        {
            yaml.AppendLine($"      - {Quote("--oidc-client-secret=" + oidc.ClientSecret)}");
        }

        return yaml.AppendLine("contexts:")
            .AppendLine($"- name: {Quote(name)}")
            .AppendLine("  context:")
            .AppendLine($"    cluster: {Quote(name)}")
            .AppendLine($"    user: {Quote(name + "-oidc")}")
            .AppendLine($"current-context: {Quote(name)}")
            .ToString();
    }

    // A JSON string is a valid YAML double-quoted scalar, so JSON escaping keeps any value safe.
    private static string Quote(string value) => JsonSerializer.Serialize(value, Generated.AmeJsonContext.Default.String);

    // kubeconfig wants Base64 of the PEM; AME may send the PEM itself or already Base64.
    private static string CaData(string certificate) =>
        certificate.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal)
            ? Convert.ToBase64String(Encoding.UTF8.GetBytes(certificate))
            : certificate.Trim();
}
