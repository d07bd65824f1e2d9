using System.Text;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>A connection's CloudFormation template: where it is, its text, and bringing the deployed stack up to date.</summary>
public partial class LakeSailConnectionProvider
{
    /// <inheritdoc />
    public virtual async Task<ConnectionTemplate> GetTemplateAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var template = await Call(() => api.GetConnectionTemplateAsync(connectionId, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(LakeSailMapper.ToTemplate(connectionId, LakeSailMapper.ToNative(template)));
    }

    /// <inheritdoc />
    /// <remarks>The body is decoded as UTF-8; use the <see cref="Stream"/> overload to keep the exact bytes.</remarks>
    public virtual async Task<string> DownloadTemplateAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await DownloadTemplateAsync(connectionId, buffer, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <inheritdoc />
    public virtual async Task DownloadTemplateAsync(string connectionId, Stream destination, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        ArgumentNullException.ThrowIfNull(destination);
        var api = Api;
        using var file = await Call(() => api.DownloadConnectionTemplateAsync(connectionId, cancellationToken)).ConfigureAwait(false);
        try
        {
            await file.Stream.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // The body streams after the status line, past the error handlers: a cut-off download is still a typed failure.
            throw new CloudApiException(new CloudError
            {
                Provider = ProviderName,
                StatusCode = 0,
                ErrorCode = "DownloadInterrupted",
                Message = "The template download was cut off before the end of the body",
                RetryableHint = true,
            });
        }
    }

    /// <inheritdoc />
    /// <remarks>The returned operation's <see cref="CloudOperation.RetryAsync"/> starts another sync when a failure is retryable.</remarks>
    public virtual async Task<CloudOperation> SyncTemplateAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var operation = await Call(() => api.SyncConnectionTemplateAsync(connectionId, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(Live(operation, ct => SyncTemplateAsync(connectionId, ct)));
    }
}
