namespace MultiCloudClusters.Errors;

/// <summary>
/// A request refused before anything was sent: the message names each field and the rule it broke.
/// </summary>
public sealed class InvalidRequestException : ArgumentException
{
    /// <summary>Creates the exception from the broken rules.</summary>
    public InvalidRequestException(IReadOnlyList<FieldError> fieldErrors)
        : base(Format(fieldErrors), fieldErrors.Count == 1 ? fieldErrors[0].Field : null)
    {
        FieldErrors = fieldErrors;
    }

    /// <summary>Every broken rule.</summary>
    public IReadOnlyList<FieldError> FieldErrors { get; }

    private static string Format(IReadOnlyList<FieldError> errors) =>
        "Invalid request: " + string.Join("; ", errors.Select(e => $"{e.Field} {e.Message}"));
}
