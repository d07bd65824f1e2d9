namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// A spec checked against its reference: every difference must be on the allow-list (exact lines, each with its
/// reason) or match the one declared policy; an allow-list line that no longer happens is reported too, so the list
/// never keeps excuses for differences that are gone.
/// </summary>
/// <param name="Report">What the comparer found.</param>
/// <param name="Allowed">Differences kept on purpose: the exact line, and why.</param>
/// <param name="Policy">A rule that accepts a whole kind of difference (null when there is none), and why.</param>
internal sealed record Conformance(ComparisonReport Report, IReadOnlyDictionary<string, string> Allowed, (Func<Difference, bool> Accepts, string Why)? Policy = null)
{
    /// <summary>Differences neither allowed nor covered by the policy.</summary>
    public IReadOnlyList<string> Unexpected =>
        [.. Report.Differences.Where(d => !Allowed.ContainsKey(d.ToString()) && Policy?.Accepts(d) != true).Select(d => d.ToString())];

    /// <summary>Allow-list lines that match no difference any more.</summary>
    public IReadOnlyList<string> Stale =>
        [.. Allowed.Keys.Where(line => Report.Differences.All(d => d.ToString() != line))];

    /// <summary>How many differences the policy accepted.</summary>
    public int AcceptedByPolicy => Report.Differences.Count(d => !Allowed.ContainsKey(d.ToString()) && Policy?.Accepts(d) == true);

    /// <summary>One line with the figures, for the test output.</summary>
    public string Figures =>
        $"{Report.Operations} operations, {Report.Parameters} parameters and {Report.Members} body members compared; " +
        $"{Report.Differences.Count} differences: {Allowed.Count} allow-listed, {AcceptedByPolicy} by the policy, {Unexpected.Count} unexpected";

    /// <summary>Fails with every unexpected difference and every stale allow-list line, one per line.</summary>
    public void AssertConforms()
    {
        var problems = Unexpected.Select(u => "unexpected: " + u).Concat(Stale.Select(s => "allow-listed but gone: " + s)).ToList();
        Assert.True(problems.Count == 0, $"{Figures}\n{string.Join('\n', problems)}");
    }
}
