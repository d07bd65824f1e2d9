namespace MultiCloudClusters.Connections;

/// <summary>One step of the onboarding flow, with what a console program needs to show.</summary>
public sealed record OnboardingState
{
    /// <summary>The step reached.</summary>
    public required OnboardingStep Step { get; init; }

    /// <summary>The connection as last seen.</summary>
    public required CloudConnection Connection { get; init; }

    /// <summary>The template to deploy (URL, quick-launch URL, parameters), once fetched.</summary>
    public ConnectionTemplate? Template { get; init; }

    /// <summary>Why verification did not succeed, when it did not.</summary>
    public string? Problem { get; init; }

    /// <summary>The error the platform returned on verification, when it returned one.</summary>
    public Errors.CloudApiException? Error { get; init; }
}
