using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.ImplyGitOps;

// Applies a cluster JSON file kept in source control to an Imply cluster as a merge patch, dry run first.
return await SampleProgram.RunAsync(args, ImplyGitOpsJob.RunAsync);
