namespace MultiCloudClusters.Errors;

/// <summary>One field the server (or our own validation) rejected.</summary>
/// <param name="Field">The field's path, e.g. <c>body.name</c>.</param>
/// <param name="Message">Why it was rejected.</param>
/// <param name="Code">A machine-readable reason, when the provider gives one.</param>
public sealed record FieldError(string Field, string Message, string? Code = null);
