using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MultiCloudClusters.Tests")]
