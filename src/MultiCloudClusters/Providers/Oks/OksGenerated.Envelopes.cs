using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks.Generated;

/// <summary>An OKS success answer: its <c>ResponseContext</c> carries the request id.</summary>
internal interface IOksEnvelope : IRequestIdEnvelope
{
    /// <summary>The answer's context.</summary>
    ResponseContext? ResponseContext { get; }

    string? IRequestIdEnvelope.BodyRequestId => ResponseContext?.RequestId;
}

// Every success answer of the OKS spec carries ResponseContext; marked here so ProviderCall reads its request id.
partial class ProjectResponse : IOksEnvelope;

partial class ProjectListResponse : IOksEnvelope;

partial class ProjectQuotasResponse : IOksEnvelope;

partial class SnapshotListResponse : IOksEnvelope;

partial class PublicIpListResponse : IOksEnvelope;

partial class NetListResponse : IOksEnvelope;

partial class EimUserListResponse : IOksEnvelope;

partial class EimUserCreateResponse : IOksEnvelope;

partial class EimUserTypeListResponse : IOksEnvelope;

partial class ClusterResponse : IOksEnvelope;

partial class ClusterListResponse : IOksEnvelope;

partial class KubeconfigResponse : IOksEnvelope;

partial class KubernetesVersionsResponse : IOksEnvelope;

partial class CpSubregionsResponse : IOksEnvelope;

partial class ControlPlanePlansResponse : IOksEnvelope;

partial class AdmissionPluginsResponse : IOksEnvelope;

partial class ProjectTemplateResponse : IOksEnvelope;

partial class ClusterTemplateResponse : IOksEnvelope;

partial class NodepoolTemplateResponse : IOksEnvelope;

partial class NetPeeringRequestTemplateResponse : IOksEnvelope;

partial class NetPeeringAcceptanceTemplateResponse : IOksEnvelope;

partial class QuotasResponse : IOksEnvelope;

partial class ClientIpResponse : IOksEnvelope;

partial class DetailResponse : IOksEnvelope;

partial class DetailsResponse : IOksEnvelope;
