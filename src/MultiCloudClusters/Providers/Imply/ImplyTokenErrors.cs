using System.Text.Json;
using System.Text.RegularExpressions;
using MultiCloudClusters.Errors;
using Refit;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// Turns failures of the token request into <see cref="CloudApiException"/>. Only the OAuth
/// <c>error</c> code of a refusal is kept: <c>error_description</c> is free text a server may fill
/// with what it was sent.
/// </summary>
internal static partial class ImplyTokenErrors
{
    public static CloudApiException? Translate(Exception exception, TimeSpan timeout) => exception switch
    {
        ApiRequestException { InnerException: CloudApiException refused } => refused, // a redirect, refused below Refit
        ApiException { StatusCode: < (System.Net.HttpStatusCode)400 } => Malformed("The token endpoint's answer could not be read"),
        ApiException api => Refused((int)api.StatusCode, api.Content),
        ApiRequestException { InnerException: HttpRequestException http } => Unreachable(http),
        ApiRequestException { InnerException: OperationCanceledException or TimeoutException } => TimedOut(timeout),
        ApiRequestException => NoAnswer("The token request failed before the token endpoint answered", "TokenRequestFailed"),
        HttpRequestException http => Unreachable(http),
        OperationCanceledException => TimedOut(timeout),
        JsonException => Malformed("The token endpoint's answer is not valid JSON"),
        _ => null,
    };

    public static CloudApiException Malformed(string message) =>
        new(new CloudError { Provider = ImplyClusterProvider.ProviderName, StatusCode = 200, ErrorCode = "MalformedTokenResponse", Message = message, RetryableHint = false });

    private static CloudApiException Refused(int status, string? body)
    {
        var code = OAuthErrorCode(body);
        var kind = status is 400 or 401 or 403 ? CloudErrorKind.Unauthorized : CloudError.KindOf(status);
        return CloudApiException.FromError(new CloudError
        {
            Provider = ImplyClusterProvider.ProviderName,
            StatusCode = status,
            ErrorCode = code ?? "TokenRequestRefused",
            Message = $"The token endpoint refused the client-credentials grant{(code is null ? string.Empty : $" (OAuth error {code})")}; check ClientId, ClientSecret, Scope and TokenEndpoint",
            Kind = kind,
        });
    }

    private static CloudApiException Unreachable(HttpRequestException exception) =>
        NoAnswer($"The token endpoint could not be reached: {exception.HttpRequestError}", exception.HttpRequestError.ToString());

    private static CloudApiException TimedOut(TimeSpan timeout) =>
        NoAnswer($"The token endpoint did not answer within {timeout.TotalSeconds:0.###} s", "Timeout");

    private static CloudApiException NoAnswer(string message, string code) =>
        new(new CloudError { Provider = ImplyClusterProvider.ProviderName, StatusCode = 0, ErrorCode = code, Message = message, RetryableHint = true });

    private static string? OAuthErrorCode(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || !body.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.String
                && error.GetString() is { } code
                && OAuthCode().IsMatch(code)
                ? code
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // RFC 6749 §5.2: error codes are short printable ASCII words such as invalid_client.
    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex OAuthCode();
}
