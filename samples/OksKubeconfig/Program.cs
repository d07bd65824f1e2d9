using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.OksKubeconfig;

// Fetches an OKS cluster's kubeconfig sealed in transit and saves it to a private file.
return await SampleProgram.RunAsync(args, OksKubeconfigJob.RunAsync);
