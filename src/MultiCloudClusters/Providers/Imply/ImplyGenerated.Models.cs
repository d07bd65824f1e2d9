using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Imply.Generated;

// The generated models that carry unknown members, marked so ImplyModels copies them with one helper.
partial class Cluster : IGeneratedModel;

partial class ObjectMeta : IGeneratedModel;

partial class ClusterSpec : IGeneratedModel;

partial class NameValue : IGeneratedModel;

partial class CustomFile : IGeneratedModel;

partial class MasterConfiguration : IGeneratedModel;

partial class QueryConfiguration : IGeneratedModel;

partial class DataConfiguration : IGeneratedModel;

partial class DataTier : IGeneratedModel;

partial class MetadataStore : IGeneratedModel;

partial class PivotAccess : IGeneratedModel;

partial class DeepStorage : IGeneratedModel;
