using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MultiCloudClusters.Emulator.Kubernetes;

/// <summary>
/// The emulator's own certificate authority (EC P-256, made when first needed): it signs each emulated cluster's
/// API server certificate (valid for 127.0.0.1, ::1 and localhost) and the client certificates of OKS kubeconfigs
/// (the user as CN, the group as O, as Kubernetes reads them). Validity is on the system clock, which TLS peers use.
/// </summary>
internal sealed class EmulatorCertificateAuthority : IDisposable
{
    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public EmulatorCertificateAuthority()
    {
        var request = new CertificateRequest("CN=MultiCloudClusters emulator CA, O=MultiCloudClusters", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = DateTimeOffset.UtcNow;
        Certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(5));
    }

    /// <summary>The CA certificate (public part only is ever handed out).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The CA certificate as PEM, for <c>certificate-authority-data</c> (Base64 of this) or AME's <c>caCertificate</c>.</summary>
    public string CertificatePem => Certificate.ExportCertificatePem() + "\n";

    /// <summary>A server certificate for one cluster's API listener on loopback.</summary>
    public X509Certificate2 IssueServer(string clusterName)
    {
        using var leaf = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={Escape(clusterName)}"), leaf, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        return Issue(request, leaf, ServerAuth, TimeSpan.FromDays(365));
    }

    /// <summary>A client certificate: <paramref name="user"/> as CN and <paramref name="group"/> (if any) as O.</summary>
    public X509Certificate2 IssueClient(string user, string? group, TimeSpan lifetime)
    {
        using var leaf = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        if (!string.IsNullOrEmpty(group)) subject.AddOrganizationName(group);
        subject.AddCommonName(user);
        var request = new CertificateRequest(subject.Build(), leaf, HashAlgorithmName.SHA256);
        return Issue(request, leaf, ClientAuth, lifetime);
    }

    /// <summary>Whether <paramref name="certificate"/> is a client certificate this CA signed and that is valid now.</summary>
    public bool SignedClient(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Certificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(ClientAuth);
        return chain.Build(certificate);
    }

    /// <summary>The private key of an issued certificate as PKCS#8 PEM, for <c>client-key-data</c>.</summary>
    public static string PrivateKeyPem(X509Certificate2 certificate) =>
        (certificate.GetECDsaPrivateKey() ?? throw new InvalidOperationException("The certificate has no private key.")).ExportPkcs8PrivateKeyPem() + "\n";

    public void Dispose()
    {
        Certificate.Dispose();
        key.Dispose();
    }

    private X509Certificate2 Issue(CertificateRequest request, ECDsa leaf, Oid usage, TimeSpan lifetime)
    {
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Certificate, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var now = DateTimeOffset.UtcNow;
        var notAfter = now + lifetime < Certificate.NotAfter ? now + lifetime : new DateTimeOffset(Certificate.NotAfter.ToUniversalTime());
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // a positive serial number, as RFC 5280 asks
        using var signed = request.Create(Certificate, now.AddMinutes(-5), notAfter, serial);
        return signed.CopyWithPrivateKey(leaf);
    }

    private static string Escape(string value) => value.Replace("\"", "", StringComparison.Ordinal).Replace(",", " ", StringComparison.Ordinal);
}
