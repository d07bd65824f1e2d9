namespace MultiCloudClusters.Emulator.Tool;

/// <summary>How <c>--print-config</c> writes the settings.</summary>
internal enum ConfigFormat
{
    /// <summary>An <c>appsettings.json</c> document with the <c>MultiCloudClusters</c> section.</summary>
    Json,

    /// <summary>One <c>NAME=value</c> line per setting, named as .NET's environment-variable configuration reads them (<c>__</c> for <c>:</c>).</summary>
    Env,
}
