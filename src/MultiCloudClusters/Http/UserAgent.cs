using System.Reflection;
using System.Text.RegularExpressions;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// The <c>User-Agent</c> every request carries: <c>MultiCloudClusters/&lt;version&gt; (.NET &lt;runtime&gt;; &lt;os&gt;)</c>,
/// followed by the application's own product token when one is configured (as the AWS and Azure SDKs let
/// callers name their application), so a provider's logs can tell which program called.
/// </summary>
internal static partial class UserAgent
{
    /// <summary>What an application name must look like.</summary>
    public const string ApplicationNameRule = "must be a product token such as MyApp or MyApp/1.2 (letters, digits and !#$%&'*+-.^_`|~, at most one '/', up to 64 characters)";

    /// <summary>The library's part, the same for every request of this process.</summary>
    public static string Library { get; } = $"MultiCloudClusters/{LibraryVersion()} (.NET {Clean(Environment.Version.ToString())}; {OperatingSystemName()})";

    /// <summary>The whole value for a registration with <paramref name="applicationName"/> (null or blank: the library's part alone).</summary>
    public static string For(string? applicationName) =>
        string.IsNullOrWhiteSpace(applicationName) ? Library : $"{Library} {applicationName.Trim()}";

    /// <summary>Checks an application name option: the header rule first, then the product-token syntax.</summary>
    public static RequestValidator CheckApplicationName(this RequestValidator validator, string field, string? applicationName)
    {
        if (string.IsNullOrWhiteSpace(applicationName))
        {
            return validator;
        }

        var name = applicationName.Trim();
        return !HeaderValueRules.IsSafeValue(name) ? validator.CheckValue(field, name)
            : ProductToken().IsMatch(name) ? validator
            : validator.Fail(field, ApplicationNameRule);
    }

    private static string LibraryVersion()
    {
        var assembly = typeof(UserAgent).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";

        // Build metadata (+commit) identifies a build, not a version a server needs to see.
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return Clean(plus < 0 ? version : version[..plus]);
    }

    private static string OperatingSystemName()
    {
        var name = OperatingSystem.IsWindows() ? "Windows"
            : OperatingSystem.IsMacOS() ? "macOS"
            : OperatingSystem.IsIOS() ? "iOS"
            : OperatingSystem.IsAndroid() ? "Android"
            : OperatingSystem.IsLinux() ? "Linux"
            : OperatingSystem.IsFreeBSD() ? "FreeBSD"
            : "Other";
        return $"{name} {Clean(Environment.OSVersion.Version.ToString())}";
    }

    /// <summary>Keeps a version to the characters a comment in a header can always carry.</summary>
    private static string Clean(string text)
    {
        var kept = new string([.. text.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')]);
        return kept.Length == 0 ? "unknown" : kept;
    }

    // RFC 9110 §10.1.5: product = token ["/" product-version]; token characters as in §5.6.2.
    [GeneratedRegex(@"^(?=.{1,64}$)[A-Za-z0-9!#$%&'*+.^_`|~-]+(/[A-Za-z0-9!#$%&'*+.^_`|~-]+)?$")]
    private static partial Regex ProductToken();
}
