using System.Globalization;

namespace MultiCloudClusters.Http;

/// <summary>
/// The text of a path, query or header parameter of a generated client (its <c>ConvertToString</c>, pointed here by the
/// build step): no reflection, so it works under trimming and Native AOT. The specs have no enums (closed value sets are
/// strings; the build refuses a generated enum), so a value is a string, a number, a boolean, bytes or an array of them.
/// </summary>
internal static class ParameterText
{
    /// <summary>
    /// <paramref name="value"/> as text: empty for null, <c>true</c>/<c>false</c>, Base64 for bytes, array items joined
    /// with commas, anything else through <see cref="Convert.ToString(object, IFormatProvider)"/> with <paramref name="culture"/>.
    /// </summary>
    public static string Format(object? value, CultureInfo culture) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "true" : "false",
        byte[] bytes => Convert.ToBase64String(bytes),
        string[] texts => string.Join(',', texts),
        Array items => Join(items, culture),
        _ => Convert.ToString(value, culture) ?? string.Empty,
    };

    private static string Join(Array items, CultureInfo culture)
    {
        var texts = new string[items.Length];
        var i = 0;
        foreach (var item in items)
        {
            texts[i++] = Format(item, culture);
        }

        return string.Join(',', texts);
    }
}
