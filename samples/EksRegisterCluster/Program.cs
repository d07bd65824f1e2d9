using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.EksRegisterCluster;

// Registers a Kubernetes cluster running elsewhere with EKS (the EKS Connector) and shows its activation.
return await SampleProgram.RunAsync(args, EksRegisterClusterJob.RunAsync);
