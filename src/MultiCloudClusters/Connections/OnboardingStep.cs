namespace MultiCloudClusters.Connections;

/// <summary>Where a connection is in the onboarding flow: create, deploy the template, verify.</summary>
public enum OnboardingStep
{
    /// <summary>The connection exists; its template is not fetched yet.</summary>
    Created,

    /// <summary>The template is ready: the user deploys it in the cloud account, then verification follows.</summary>
    AwaitingStackDeployment,

    /// <summary>The platform verified the connection.</summary>
    Verified,

    /// <summary>Verification did not succeed yet (see <see cref="OnboardingState.Problem"/>); deploy or fix the stack and verify again.</summary>
    VerificationFailed,
}
