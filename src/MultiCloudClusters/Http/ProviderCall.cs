using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// Wraps calls of generated clients: a response the generated code could not read (bad JSON, an
/// undocumented status) becomes a <see cref="CloudApiException"/>, and a missing envelope member
/// becomes one too, instead of a <see cref="NullReferenceException"/> later. The generated exception is
/// not chained: its message holds the raw body, which may hold secrets. An answer whose body carries the request id
/// (<see cref="IRequestIdEnvelope"/>) records it in the caller's <see cref="RequestIdCapture"/>.
/// </summary>
internal static class ProviderCall
{
    public static async Task<T> RunAsync<T>(string provider, Func<Task<T>> call)
    {
        try
        {
            var result = await call().ConfigureAwait(false);
            if (result is IRequestIdEnvelope envelope)
            {
                RequestIdCapture.RecordBody(envelope.BodyRequestId);
            }

            return result;
        }
        catch (Exception ex) when (ex is IGeneratedApiException generated)
        {
            throw Malformed(provider, generated.StatusCode, "The response could not be read as the API describes it");
        }
    }

    public static async Task RunAsync(string provider, Func<Task> call) =>
        await RunAsync<bool>(provider, async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

    /// <summary>Returns <paramref name="value"/>, or throws when the server left out a member the API promises.</summary>
    public static T Require<T>(string provider, T? value, string member)
        where T : class =>
        value ?? throw Malformed(provider, 200, $"The response lacks '{member}'");

    /// <summary>Returns <paramref name="value"/>, or throws when the server left out a member the API promises.</summary>
    public static string Require(string provider, string? value, string member) =>
        string.IsNullOrEmpty(value) ? throw Malformed(provider, 200, $"The response lacks '{member}'") : value;

    public static CloudApiException Malformed(string provider, int status, string message) =>
        new(new CloudError { Provider = provider, StatusCode = status, ErrorCode = "MalformedResponse", Message = message, RetryableHint = false });
}
