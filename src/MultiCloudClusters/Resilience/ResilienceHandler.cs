using MultiCloudClusters.Http;
using Polly;

namespace MultiCloudClusters.Resilience;

/// <summary>
/// Runs each request through the provider's resilience pipeline: the first attempt sends the request itself,
/// each retry a copy. The response body is read inside the attempt (see <see cref="ResponseBuffer"/>), against
/// an absolute deadline: what is left of the attempt timeout and of the total timeout.
/// </summary>
internal sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline, string provider, ResilienceOptions options, TimeProvider timeProvider) : DelegatingHandler
{
    private readonly string _provider = provider;
    private readonly ResilienceOptions _options = options;
    private readonly TimeProvider _time = timeProvider;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var snapshot = await RequestSnapshot.CaptureAsync(request, cancellationToken).ConfigureAwait(false);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ResiliencePipelineFactory.RequestKey, request);
        var callDeadline = _time.GetUtcNow() + _options.TotalTimeout;
        var idempotent = IdempotencyRules.IsIdempotent(request);
        var attempts = 0;
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                async (ctx, state) =>
                {
                    // The first attempt sends the caller's request; only a retry pays for a copy.
                    var attempt = ++attempts == 1 ? state.Request : await state.Snapshot.CloneAsync(ctx.CancellationToken).ConfigureAwait(false);
                    try
                    {
                        var handler = state.Handler;
                        var attemptDeadline = handler._time.GetUtcNow() + handler._options.AttemptTimeout;
                        var limits = new BodyLimits(
                            handler._provider,
                            handler._options.MaxResponseBytes,
                            handler._options.AttemptTimeout,
                            attemptDeadline < state.CallDeadline ? attemptDeadline : state.CallDeadline,
                            handler._time,
                            state.Idempotent);
                        var response = await handler.SendCoreAsync(attempt, ctx.CancellationToken).ConfigureAwait(false);
                        try
                        {
                            await ResponseBuffer.LoadAsync(response, limits, ctx.CancellationToken).ConfigureAwait(false);
                        }
                        catch
                        {
                            response.Dispose();
                            throw;
                        }

                        return Outcome.FromResult(response);
                    }
                    catch (Exception ex)
                    {
                        if (!ReferenceEquals(attempt, state.Request))
                        {
                            attempt.Dispose();
                        }

                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Snapshot: snapshot, Handler: this, Request: request, CallDeadline: callDeadline, Idempotent: idempotent)).ConfigureAwait(false);

            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            if (attempts != 1)
            {
                // One attempt is what the reader assumes when none is recorded: no options dictionary, no boxing.
                request.Options.Set(RequestOptionKeys.Attempts, attempts);
            }
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
