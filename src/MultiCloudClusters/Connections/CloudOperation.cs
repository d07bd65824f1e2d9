using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Connections;

/// <summary>
/// Work the platform does in the background, in the style of Azure's <c>Operation&lt;T&gt;</c>: look at it
/// with <see cref="UpdateStatusAsync"/>, wait for it with <see cref="WaitForCompletionAsync"/>, and get it
/// back later from its <see cref="Id"/> (<see cref="IConnectionProvider.GetOperationAsync"/>).
/// One object follows one operation: <see cref="UpdateStatusAsync"/> refreshes it in place, and its
/// <see cref="ProviderResult.RequestId"/> is that of the latest answer about it.
/// </summary>
public class CloudOperation : ProviderResult
{
    private Func<string, CancellationToken, Task<CloudOperation>>? _refresh;
    private Func<CancellationToken, Task<CloudOperation>>? _restart;
    private TimeProvider _time = TimeProvider.System;

    /// <summary>For mocking.</summary>
    protected CloudOperation()
        : this(string.Empty, string.Empty)
    {
    }

    internal CloudOperation(string provider, string id)
    {
        Provider = provider;
        Id = id;
    }

    /// <summary>The platform provider key, e.g. <c>lakesail</c>.</summary>
    public string Provider { get; private set; }

    /// <summary>The operation id; enough to find the operation again later.</summary>
    public string Id { get; private set; }

    /// <summary>What kind of work it is (the platform's name).</summary>
    public string? Kind { get; internal set; }

    /// <summary>The state in unified terms.</summary>
    public CloudOperationStatus Status { get; internal set; }

    /// <summary>The platform's own status text.</summary>
    public string? RawStatus { get; internal set; }

    /// <summary>Whether the work has finished: succeeded, failed or cancelled.</summary>
    public bool HasCompleted => Status is CloudOperationStatus.Succeeded or CloudOperationStatus.Failed or CloudOperationStatus.Cancelled;

    /// <summary>How far it has come.</summary>
    public CloudOperationProgress? Progress { get; internal set; }

    /// <summary>Why it failed (code, message, field errors, request id, retry hints), when it did.</summary>
    public CloudError? Error { get; internal set; }

    /// <summary>The platform's category of <see cref="Error"/>.</summary>
    public string? ErrorType { get; internal set; }

    /// <summary>The underlying cause of <see cref="Error"/>, when known.</summary>
    public string? ErrorCause { get; internal set; }

    /// <summary>The kind of resource the work acts on, e.g. <c>connection</c>.</summary>
    public string? ResourceType { get; internal set; }

    /// <summary>The id of that resource.</summary>
    public string? ResourceId { get; internal set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; internal set; }

    /// <summary>When the work started.</summary>
    public DateTimeOffset? StartedAt { get; internal set; }

    /// <summary>When the work ended.</summary>
    public DateTimeOffset? CompletedAt { get; internal set; }

    /// <summary>The outcome on success; its shape depends on <see cref="Kind"/> (a JSON element for LakeSail).</summary>
    public object? Result { get; internal set; }

    /// <summary>The provider's own object.</summary>
    public object? Native { get; internal set; }

    /// <summary>
    /// Whether <see cref="RetryAsync"/> may start the work again: it failed, the platform said trying again
    /// may succeed, and this object knows which action started it.
    /// </summary>
    public bool CanRetry => Status == CloudOperationStatus.Failed && Error?.RetryableHint == true && _restart is not null;

    /// <summary>Fetches the current state and updates this object; returns it.</summary>
    public virtual async Task<CloudOperation> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        var refresh = _refresh ?? throw new InvalidOperationException("This operation object is not connected to a provider.");
        var fresh = await refresh(Id, cancellationToken).ConfigureAwait(false);
        CopyFrom(fresh);
        return this;
    }

    /// <summary>
    /// Polls until the work finishes, pausing longer each time (see <see cref="WaitOptions"/>), with the same loop
    /// as cluster waits.
    /// Returns this object on success.
    /// </summary>
    /// <exception cref="CloudOperationFailedException">The work failed or was cancelled.</exception>
    /// <exception cref="CloudOperationTimeoutException">It did not finish within <see cref="WaitOptions.Timeout"/>.</exception>
    public virtual async Task<CloudOperation> WaitForCompletionAsync(WaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new WaitOptions();
        await Poller.PollAsync(
            this,
            UpdateStatusAsync,
            operation => operation.HasCompleted,
            operation => new CloudOperationTimeoutException(operation, options.Timeout),
            options,
            _time,
            pausing: null,
            cancellationToken).ConfigureAwait(false);
        return Status == CloudOperationStatus.Succeeded ? this : throw new CloudOperationFailedException(this);
    }

    /// <summary>
    /// Starts the same action again after the wait the platform asked for. Only on request: work that
    /// changes state is never restarted automatically.
    /// </summary>
    /// <returns>The new operation.</returns>
    /// <exception cref="InvalidOperationException"><see cref="CanRetry"/> is false.</exception>
    public virtual async Task<CloudOperation> RetryAsync(CancellationToken cancellationToken = default)
    {
        if (!CanRetry)
        {
            throw new InvalidOperationException(
                $"{Provider} operation {ServerText.CleanShort(Id)} cannot be retried: it is {Status}, the platform said retryable={Error?.RetryableHint?.ToString() ?? "nothing"}, "
                + (_restart is null ? "and the action that started it is not known to this object." : "so starting it again would not help."));
        }

        if (Error?.RetryAfter is { } wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }

        return await _restart!(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    private protected override ProviderResult? Carried => Native as ProviderResult;

    /// <inheritdoc />
    public override string ToString() => $"{Provider} operation {ServerText.CleanShort(Id)} ({ServerText.CleanShort(Kind)}) {Status}";

    /// <summary>Connects the object to its provider: how to fetch it again, and how to start its action again.</summary>
    internal CloudOperation Attach(Func<string, CancellationToken, Task<CloudOperation>> refresh, Func<CancellationToken, Task<CloudOperation>>? restart, TimeProvider timeProvider)
    {
        _refresh = refresh;
        _restart ??= restart;
        _time = timeProvider;
        return this;
    }

    private void CopyFrom(CloudOperation fresh)
    {
        Provider = fresh.Provider;
        Id = string.IsNullOrEmpty(fresh.Id) ? Id : fresh.Id;
        Kind = fresh.Kind;
        Status = fresh.Status;
        RawStatus = fresh.RawStatus;
        Progress = fresh.Progress;
        Error = fresh.Error;
        ErrorType = fresh.ErrorType;
        ErrorCause = fresh.ErrorCause;
        ResourceType = fresh.ResourceType;
        ResourceId = fresh.ResourceId;
        CreatedAt = fresh.CreatedAt;
        UpdatedAt = fresh.UpdatedAt;
        StartedAt = fresh.StartedAt;
        CompletedAt = fresh.CompletedAt;
        Result = fresh.Result;
        Native = fresh.Native;
        SetRequestId(fresh.RequestId);
    }
}
