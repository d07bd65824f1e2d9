using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame.Generated;

// The generated request models that carry unknown members, marked so AmeModels copies them with one helper.
partial class ClusterCreateRequest : IGeneratedModel;

partial class ClusterUpdateRequest : IGeneratedModel;

partial class NodePoolRequest : IGeneratedModel;

partial class NodeTaint : IGeneratedModel;

partial class IpWhitelistEntry : IGeneratedModel;

partial class Addon : IGeneratedModel;

partial class AutoscalerSettings : IGeneratedModel;
