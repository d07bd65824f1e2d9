using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.LakeSailOnboarding;

// Onboards an AWS account to LakeSail: connection, template, verification, template sync, what it offers.
return await SampleProgram.RunAsync(args, LakeSailOnboardingJob.RunAsync);
