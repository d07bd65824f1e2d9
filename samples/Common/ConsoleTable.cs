namespace MultiCloudClusters.Samples;

/// <summary>Prints rows as an aligned text table.</summary>
public static class ConsoleTable
{
    /// <summary>Writes the header, a rule and the rows, each column as wide as its widest cell (at most 40).</summary>
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        var all = rows.Select(r => r.Select(Clip).ToArray()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Select(r => i < r.Length ? r[i].Length : 0).DefaultIfEmpty(0).Max())).ToArray();
        output.WriteLine(("  " + string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i])))).TrimEnd());
        output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in all)
        {
            output.WriteLine(("  " + string.Join("  ", row.Select((c, i) => c.PadRight(widths[i])))).TrimEnd());
        }
    }

    private static string Clip(string? text) => text is null ? "-" : text.Length <= 40 ? text : text[..37] + "...";
}
