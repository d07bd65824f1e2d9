using MultiCloudClusters.Errors;
using MultiCloudClusters.Resilience;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MultiCloudClusters.Http;

/// <summary>
/// Turns every failure below it into a <see cref="CloudApiException"/>: error responses through the
/// provider's parser, and transport failures, timeouts and an open circuit as status 0.
/// Cancellation by the caller stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class ErrorTranslationHandler(IProviderErrorParser parser) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            // Trying again is sound only when the request had no effect, or may be repeated whatever it did.
            var retryable = IdempotencyRules.IsIdempotent(request) || IdempotencyRules.FailedBeforeSending(ex);
            throw NoResponse($"The request could not be completed: {ex.HttpRequestError}", ex.HttpRequestError.ToString(), retryable);
        }
        catch (TimeoutRejectedException ex)
        {
            // A request that timed out may have been applied: only an idempotent one is safe to send again.
            throw NoResponse($"The call timed out after {ex.Timeout.TotalSeconds:0.###} s", CloudErrorCodes.Timeout, IdempotencyRules.IsIdempotent(request));
        }
        catch (BrokenCircuitException ex)
        {
            throw NoResponse("Calls are suspended after repeated failures (circuit open)", CloudErrorCodes.CircuitOpen, isRetryable: true, ex.RetryAfter);
        }

        if ((int)response.StatusCode < 400)
        {
            return response;
        }

        using (response)
        {
            var error = await ErrorReader.ReadAsync(response, parser, cancellationToken).ConfigureAwait(false);
            throw CloudApiException.FromError(error);
        }
    }

    private CloudApiException NoResponse(string message, string code, bool isRetryable, TimeSpan? retryAfter = null) =>
        new(new CloudError
        {
            Provider = parser.Provider,
            StatusCode = 0,
            ErrorCode = code,
            Message = message,
            RetryableHint = isRetryable,
            RetryAfter = retryAfter,
        });
}
