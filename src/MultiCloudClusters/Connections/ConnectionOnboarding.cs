using System.Runtime.CompilerServices;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Connections;

/// <summary>
/// Walks a user through connecting a cloud account: create the connection, fetch its template (URL,
/// quick-launch URL, parameters) for the user to deploy, then verify. Each step returns an
/// <see cref="OnboardingState"/> a console program can show; <see cref="RunAsync"/> does it in one call.
/// </summary>
public sealed class ConnectionOnboarding
{
    private readonly IConnectionProvider _provider;

    /// <summary>Creates the helper over a connection provider.</summary>
    public ConnectionOnboarding(IConnectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _provider = provider;
    }

    /// <summary>Connection statuses that mean "verified" (default: <c>active</c>), compared case-insensitively.</summary>
    public IReadOnlySet<string> VerifiedStatuses { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "active" };

    /// <summary>Creates the connection and fetches its template: the user deploys it next.</summary>
    public async Task<OnboardingState> CreateAsync(ConnectionCreateRequest request, CancellationToken cancellationToken = default)
    {
        var connection = await _provider.CreateConnectionAsync(request, cancellationToken).ConfigureAwait(false);
        return await WithTemplateAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Picks up an existing connection: verified already, or waiting for its template to be deployed.</summary>
    public async Task<OnboardingState> ResumeAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        var connection = await _provider.GetConnectionAsync(connectionId, cancellationToken).ConfigureAwait(false);
        return IsVerified(connection)
            ? new OnboardingState { Step = OnboardingStep.Verified, Connection = connection }
            : await WithTemplateAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Verifies the connection after the user deployed the template. A refusal by the platform (a 4xx that
    /// says the account is not set up right) gives <see cref="OnboardingStep.VerificationFailed"/>; other
    /// failures (credentials, network, server errors) are thrown.
    /// </summary>
    public async Task<OnboardingState> VerifyAsync(OnboardingState state, string? roleArn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        CloudConnection connection;
        try
        {
            connection = await _provider.VerifyConnectionAsync(state.Connection.Id, roleArn, cancellationToken).ConfigureAwait(false);
        }
        catch (CloudApiException ex) when (ex.StatusCode is 400 or 409 or 412 or 422)
        {
            return state with { Step = OnboardingStep.VerificationFailed, Problem = ex.ErrorMessage, Error = ex };
        }

        return IsVerified(connection)
            ? state with { Step = OnboardingStep.Verified, Connection = connection, Problem = null, Error = null }
            : state with
            {
                Step = OnboardingStep.VerificationFailed,
                Connection = connection,
                Problem = connection.StatusMessage ?? $"The connection is '{connection.Status}', not verified yet",
                Error = null,
            };
    }

    /// <summary>
    /// The whole flow in one call: yields <see cref="OnboardingStep.Created"/>, then
    /// <see cref="OnboardingStep.AwaitingStackDeployment"/>, then calls <paramref name="deployStack"/> (show the
    /// template, let the user deploy it, return when done) and yields the outcome of verification.
    /// </summary>
    public async IAsyncEnumerable<OnboardingState> RunAsync(
        ConnectionCreateRequest request,
        Func<OnboardingState, CancellationToken, Task> deployStack,
        string? roleArn = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployStack);
        var connection = await _provider.CreateConnectionAsync(request, cancellationToken).ConfigureAwait(false);
        yield return new OnboardingState { Step = OnboardingStep.Created, Connection = connection };

        var waiting = await WithTemplateAsync(connection, cancellationToken).ConfigureAwait(false);
        yield return waiting;

        await deployStack(waiting, cancellationToken).ConfigureAwait(false);
        yield return await VerifyAsync(waiting, roleArn, cancellationToken).ConfigureAwait(false);
    }

    private async Task<OnboardingState> WithTemplateAsync(CloudConnection connection, CancellationToken cancellationToken)
    {
        var template = await _provider.GetTemplateAsync(connection.Id, cancellationToken).ConfigureAwait(false);
        return new OnboardingState { Step = OnboardingStep.AwaitingStackDeployment, Connection = connection, Template = template };
    }

    private bool IsVerified(CloudConnection connection) => connection.Status is { } status && VerifiedStatuses.Contains(status);
}
