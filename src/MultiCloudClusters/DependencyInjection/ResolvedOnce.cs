using System.Runtime.CompilerServices;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>
/// One registration's options resolved once (profile files read, environment consulted, authenticator
/// built): the start-up validation resolves them, and the pipeline and the provider reuse that result
/// for the same options instance.
/// </summary>
internal sealed class ResolvedOnce<TOptions, TResolved>(Func<TOptions, TResolved> resolve)
    where TOptions : class
{
    private readonly ConditionalWeakTable<TOptions, StrongBox<TResolved>> _resolved = [];
    private readonly Lock _gate = new();

    /// <summary>What <paramref name="options"/> resolve to.</summary>
    /// <exception cref="Errors.InvalidRequestException">The options break a rule (not remembered: the next call tries again).</exception>
    public TResolved For(TOptions options)
    {
        lock (_gate)
        {
            if (_resolved.TryGetValue(options, out var known))
            {
                return known.Value!;
            }

            var value = resolve(options);
            _resolved.Add(options, new StrongBox<TResolved>(value));
            return value;
        }
    }
}
