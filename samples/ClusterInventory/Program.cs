using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.ClusterInventory;

// Lists the clusters of every provider at once; a failing provider is reported beside the others' results.
return await SampleProgram.RunAsync(args, ClusterInventoryJob.RunAsync);
