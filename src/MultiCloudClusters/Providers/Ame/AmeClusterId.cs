using System.Text.RegularExpressions;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// An AME cluster id as the unified layer carries it: <c>{environment}/{cluster}</c>, the environment's
/// slug and the cluster's slug, because every AME cluster path names both.
/// </summary>
/// <param name="Environment">The environment's slug.</param>
/// <param name="Cluster">The cluster's slug.</param>
public readonly partial record struct AmeClusterId(string Environment, string Cluster)
{
    /// <summary>The rule slugs follow, as it appears in messages.</summary>
    public const string SlugRule = "lower-case letters, digits and '-', starting with a letter or digit";

    /// <summary>Parses <c>{environment}/{cluster}</c>.</summary>
    /// <exception cref="InvalidRequestException">The text breaks the rule; the message names it.</exception>
    public static AmeClusterId Parse(string? clusterId, string field = "clusterId")
    {
        var validator = new RequestValidator();
        var id = Check(validator, field, clusterId);
        validator.ThrowIfInvalid();
        return id!.Value;
    }

    /// <summary>Parses <c>{environment}/{cluster}</c>, or returns false.</summary>
    public static bool TryParse(string? clusterId, out AmeClusterId id)
    {
        var validator = new RequestValidator();
        var parsed = Check(validator, "clusterId", clusterId);
        id = parsed ?? default;
        return validator.IsValid;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Environment}/{Cluster}";

    internal static AmeClusterId? Check(RequestValidator validator, string field, string? clusterId)
    {
        var parts = clusterId?.Split('/');
        if (string.IsNullOrEmpty(clusterId) || parts!.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            validator.Fail(field, $"must be '{{environment}}/{{cluster}}': exactly one '/' with a non-empty slug on each side (got '{Shorten(clusterId)}')");
            return null;
        }

        var environmentOk = CheckSlug(validator, field + " (environment part)", parts[0]);
        var clusterOk = CheckSlug(validator, field + " (cluster part)", parts[1]);
        return environmentOk && clusterOk ? new AmeClusterId(parts[0], parts[1]) : null;
    }

    internal static bool CheckSlug(RequestValidator validator, string field, string? slug)
    {
        if (slug is not null && !SlugPattern().IsMatch(slug))
        {
            validator.Fail(field, $"must be a slug: {SlugRule} (got '{Shorten(slug)}')");
            return false;
        }

        return true;
    }

    private static string? Shorten(string? text) => text is { Length: > 80 } ? text[..80] + "…" : text;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
