using MultiCloudClusters.Http;
using Polly;

namespace MultiCloudClusters.Resilience;

/// <summary>Runs each request through the provider's resilience pipeline: the first attempt sends the request itself, each retry a copy.</summary>
internal sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline, string provider, long maxResponseBytes, TimeSpan idleTimeout) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var snapshot = await RequestSnapshot.CaptureAsync(request, cancellationToken).ConfigureAwait(false);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ResiliencePipelineFactory.RequestKey, request);
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
                        var response = await state.Handler.SendCoreAsync(attempt, ctx.CancellationToken).ConfigureAwait(false);

                        await ResponseBuffer.LoadAsync(response, state.Handler._provider, state.Handler._maxResponseBytes, state.Handler._idleTimeout, ctx.CancellationToken).ConfigureAwait(false);
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
                (Snapshot: snapshot, Handler: this, Request: request)).ConfigureAwait(false);

            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            request.Options.Set(RequestOptionKeys.Attempts, attempts);
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private readonly string _provider = provider;
    private readonly long _maxResponseBytes = maxResponseBytes;
    private readonly TimeSpan _idleTimeout = idleTimeout;

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
