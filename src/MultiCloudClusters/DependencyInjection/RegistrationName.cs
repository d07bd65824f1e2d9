using System.Text.RegularExpressions;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>
/// The rule for a registration name (<c>oks-prod</c>, <c>eks-us</c>): it becomes a keyed-service key, an
/// options name, an HttpClient name and a telemetry tag, so it stays short and plain.
/// </summary>
internal static partial class RegistrationName
{
    /// <summary>What the rule allows, for messages.</summary>
    public const string Rule = "1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit";

    /// <summary>Returns <paramref name="name"/> when it follows the rule.</summary>
    /// <exception cref="ArgumentException">It does not.</exception>
    public static string Check(string name, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        return Pattern().IsMatch(name)
            ? name
            : throw new ArgumentException($"A registration name must be {Rule}; got '{Errors.ServerText.CleanShort(name)}'.", parameter);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
