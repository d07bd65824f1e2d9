using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// The one rule for a value that becomes a segment of a request path, used by every generated client
/// (the build routes each path parameter through <see cref="Encode"/>) and by the hand-written layer's
/// checks (<see cref="RequestValidator.PathSegment"/>). An empty value, <c>.</c> or <c>..</c> would let
/// URI resolution drop or climb a segment (<c>clusters/..</c> becomes the parent path), so it is refused
/// before anything is sent; everything else is percent-encoded as one segment.
/// </summary>
internal static class PathSegment
{
    /// <summary>The rule, as it appears in messages after the parameter's name.</summary>
    public const string Rule = "must not be empty, '.' or '..' (it is a path segment)";

    /// <summary>Whether the value may not be a path segment: null, empty, <c>.</c> or <c>..</c>.</summary>
    public static bool IsRefused(string? value) => value is null or "" or "." or "..";

    /// <summary>Checks a path parameter and percent-encodes it as one segment.</summary>
    /// <param name="parameter">The parameter's name, for the message.</param>
    /// <param name="value">The value as text.</param>
    /// <exception cref="InvalidRequestException">The value is empty, <c>.</c> or <c>..</c>.</exception>
    public static string Encode(string parameter, string? value) =>
        IsRefused(value)
            ? throw new InvalidRequestException([new FieldError(parameter, Rule)])
            : Uri.EscapeDataString(value!);
}
