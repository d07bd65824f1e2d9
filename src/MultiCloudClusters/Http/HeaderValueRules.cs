using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// The one rule for values that end up in an HTTP header (keys, tokens, passwords, one-time codes, the
/// application name): printable ASCII only. A line break would start a header of someone else's choosing;
/// NUL, DEL and the other control characters are cut or rejected along the way; non-ASCII has no portable
/// meaning in a header and makes the handler fail with a raw exception at send time. Every provider checks
/// its values where they are resolved (options, environment, profile files, credential chains, server
/// answers), so a bad value is named before anything is sent.
/// </summary>
internal static class HeaderValueRules
{
    /// <summary>The rule for free values (spaces allowed, e.g. a password); control characters include CR, LF, NUL and DEL.</summary>
    public const string ValueRule = "must not contain control characters or non-ASCII";

    /// <summary>The rule for values that must be one token (e.g. after an <c>Authorization</c> scheme word).</summary>
    public const string TokenRule = "must not contain whitespace, control characters or non-ASCII";

    /// <summary>Whether <paramref name="value"/> is printable ASCII (space included); null and empty are safe.</summary>
    public static bool IsSafeValue(string? value) => value is null || value.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0;

    /// <summary>Whether <paramref name="value"/> is printable ASCII without spaces; null and empty are safe.</summary>
    public static bool IsSafeToken(string? value) => value is null || value.AsSpan().IndexOfAnyExceptInRange('!', '~') < 0;

    /// <summary>Records a broken <see cref="ValueRule"/>; <paramref name="note"/> (e.g. where the value came from) is added in parentheses.</summary>
    public static RequestValidator CheckValue(this RequestValidator validator, string field, string? value, string? note = null) =>
        IsSafeValue(value) ? validator : validator.Fail(field, WithNote(ValueRule, note));

    /// <summary>Records a broken <see cref="TokenRule"/>; <paramref name="note"/> is added in parentheses.</summary>
    public static RequestValidator CheckToken(this RequestValidator validator, string field, string? value, string? note = null) =>
        IsSafeToken(value) ? validator : validator.Fail(field, WithNote(TokenRule, note));

    /// <summary>Throws <see cref="InvalidRequestException"/> naming <paramref name="field"/> when <paramref name="value"/> breaks <see cref="ValueRule"/>.</summary>
    public static void ThrowIfUnsafeValue(string field, string? value, string? note = null) =>
        new RequestValidator().CheckValue(field, value, note).ThrowIfInvalid();

    private static string WithNote(string rule, string? note) => note is null ? rule : $"{rule} ({note})";
}
