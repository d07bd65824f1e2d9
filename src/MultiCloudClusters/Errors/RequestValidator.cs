using System.Text.RegularExpressions;

namespace MultiCloudClusters.Errors;

/// <summary>Collects broken rules of a request and throws them together before anything is sent.</summary>
internal sealed class RequestValidator
{
    private readonly List<FieldError> _errors = [];

    /// <summary>Whether no rule was broken so far.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>Records a broken rule.</summary>
    public RequestValidator Fail(string field, string rule)
    {
        _errors.Add(new FieldError(field, rule, "invalid"));
        return this;
    }

    /// <summary>Requires a non-blank string.</summary>
    public RequestValidator Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(field, "is required and must not be blank");
        }

        return this;
    }

    /// <summary>Requires a non-blank value that may stand as one path segment (not <c>.</c> or <c>..</c>).</summary>
    public RequestValidator PathSegment(string field, string? value)
    {
        Required(field, value);
        if (!string.IsNullOrWhiteSpace(value) && Http.PathSegment.IsRefused(value))
        {
            Fail(field, Http.PathSegment.Rule);
        }

        return this;
    }

    /// <summary>Requires a non-null value.</summary>
    public RequestValidator Required(string field, object? value)
    {
        if (value is null)
        {
            Fail(field, "is required");
        }

        return this;
    }

    /// <summary>Checks a string's length when it is present.</summary>
    public RequestValidator Length(string field, string? value, int min, int max)
    {
        if (value is not null && (value.Length < min || value.Length > max))
        {
            Fail(field, $"must be {min} to {max} characters long (got {value.Length})");
        }

        return this;
    }

    /// <summary>Checks a string against a pattern when it is present; the pattern is named in the message.</summary>
    public RequestValidator Matches(string field, string? value, Regex pattern, string? explanation = null)
    {
        if (value is not null && !pattern.IsMatch(value))
        {
            Fail(field, $"must match {pattern}" + (explanation is null ? string.Empty : $" ({explanation})"));
        }

        return this;
    }

    /// <summary>Checks a number's range when it is present.</summary>
    public RequestValidator Range(string field, long? value, long min, long max)
    {
        if (value is { } v && (v < min || v > max))
        {
            Fail(field, $"must be between {min} and {max} (got {v})");
        }

        return this;
    }

    /// <summary>Throws <see cref="InvalidRequestException"/> when any rule was broken.</summary>
    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new InvalidRequestException([.. _errors]);
        }
    }
}
