using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MultiCloudClusters.Emulator.Faults;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>Runs around every provider endpoint: records the attempt, checks auth, injects faults before and after apply.</summary>
internal sealed class EmulatorFilter(EmulatorContext emu, IProviderDialect dialect) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var op = http.GetEndpoint()?.Metadata.GetMetadata<OperationInfo>() ?? new OperationInfo("Unknown");
        var attempt = new RequestAttempt(dialect.Provider, op.Name, http.Request.Method, http.Request.PathBase + http.Request.Path, emu.Now, emu.Elapsed);
        emu.Counters.Record(attempt);
        var result = await RunAsync(context, next, op, attempt);
        attempt.StatusCode = http.RequestAborted.IsCancellationRequested && attempt.Fault == FaultKind.DropConnection
            ? 0
            : StatusOf(result);
        return result;
    }

    private async ValueTask<object?> RunAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, OperationInfo op, RequestAttempt attempt)
    {
        var http = context.HttpContext;
        if (op.RequiresAuth && await dialect.AuthenticateAsync(http) is { } denied) return denied;

        var before = emu.Faults.Decide(dialect.Provider, op.Name, afterApply: false);
        if (before.Delay > TimeSpan.Zero) await Task.Delay(before.Delay, http.RequestAborted);
        if (before.Failure is { } failure) return Inject(http, failure, attempt);

        var result = await next(context);
        if (StatusOf(result) is >= 200 and < 300
            && emu.Faults.Decide(dialect.Provider, op.Name, afterApply: true).Failure is { } late)
        {
            return Inject(http, late, attempt);
        }

        return result;
    }

    private object? Inject(HttpContext http, FaultRule rule, RequestAttempt attempt)
    {
        attempt.Fault = rule.Kind;
        if (rule.Kind == FaultKind.DropConnection)
        {
            http.Abort();
            return EmuResult.Empty(0);
        }

        var status = rule.Kind switch
        {
            FaultKind.TooManyRequests => 429,
            FaultKind.ServiceUnavailable => 503,
            _ => 500,
        };
        TimeSpan? retryAfter = status == 500 ? null : rule.RetryAfter;
        var message = status switch
        {
            429 => "Too many requests: slow down (injected by the emulator).",
            503 => "The service is unavailable, try again later (injected by the emulator).",
            _ => "Internal server error (injected by the emulator).",
        };
        var answer = dialect.Fault(status, message, retryAfter);
        if (retryAfter is { } wait && !rule.OmitRetryAfterHeader)
        {
            answer.WithHeader("Retry-After", ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return answer;
    }

    private static int StatusOf(object? result) => result switch
    {
        IStatusCodeHttpResult { StatusCode: { } code } => code,
        _ => 200,
    };
}
