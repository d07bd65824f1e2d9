using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MultiCloudClusters.Emulator.Tool;

/// <summary>Writes <see cref="MultiCloudEmulator.GetConfigurationValues"/> as an appsettings block or as environment variables.</summary>
internal static class ConfigPrinter
{
    // Pasted into files and terminals, never into HTML: keep URLs and keys as they are.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The settings in <paramref name="format"/>; an env block ends with a comment line naming the emulator.</summary>
    public static string Format(MultiCloudEmulator emulator, ConfigFormat format)
    {
        var values = emulator.GetConfigurationValues();
        return format switch
        {
            ConfigFormat.Json => Json(values),
            _ => Env(values, emulator.BaseAddress),
        };
    }

    private static string Json(IEnumerable<KeyValuePair<string, string?>> values)
    {
        var root = new JsonObject();
        foreach (var (key, value) in values)
        {
            var path = key.Split(':');
            var node = root;
            foreach (var segment in path[..^1])
            {
                node = node[segment] as JsonObject ?? (JsonObject)(node[segment] = new JsonObject());
            }

            // Switches are written as JSON booleans, as one writes them by hand; the binder reads either.
            node[path[^1]] = value switch
            {
                "true" => JsonValue.Create(true),
                "false" => JsonValue.Create(false),
                _ => JsonValue.Create(value),
            };
        }

        return root.ToJsonString(Indented) + Environment.NewLine;
    }

    private static string Env(IEnumerable<KeyValuePair<string, string?>> values, Uri address)
    {
        var lines = values.Select(v => $"{v.Key.Replace(":", "__", StringComparison.Ordinal)}={v.Value}")
            .Append($"# MultiCloudClusters on the emulator at {address} (it stops on Ctrl+C or SIGTERM)");
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
