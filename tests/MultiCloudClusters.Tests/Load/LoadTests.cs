using System.Diagnostics;
using System.Text.RegularExpressions;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using MultiCloudClusters.Errors;
using Xunit.Abstractions;

namespace MultiCloudClusters.Tests.Load;

/// <summary>The load tests share the machine's cores and sockets: they run alone, one after the other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load";
}

/// <summary>
/// Issue 8, "Load and faults": mixed operations over the five providers with 32 concurrent callers against the
/// emulator, without and with injected faults, plus cancellation and secrets. Short form (CI, the default):
/// <c>dotnet test tests/MultiCloudClusters.Tests --filter Category=Load</c> runs the load run at 2,000 operations and
/// the fault run at 1,000. Full form (both at 2,000):
/// <c>MCC_LOAD_SCALE=1 dotnet test tests/MultiCloudClusters.Tests --filter Category=Load</c>.
/// </summary>
[Collection(LoadCollection.Name)]
[Trait("Category", "Load")]
public sealed partial class LoadTests(ITestOutputHelper output)
{
    /// <summary>Clock granularity allowed when comparing a retry's gap with the announced Retry-After.</summary>
    private static readonly TimeSpan GapTolerance = TimeSpan.FromMilliseconds(5);

    [Fact]
    public async Task Load_mixed_operations_over_five_providers_reconcile_exactly_without_socket_exhaustion()
    {
        await using var run = await LoadRun.StartAsync();
        var operations = LoadSettings.Operations;
        var elapsed = await run.RunAsync(operations);
        var reconciliations = await run.ReconcileAsync();
        Report(run, "load", operations, elapsed, reconciliations);

        Assert.Equal(operations, run.Completed + run.Failures.Count);
        var failures = run.Failures.Concat(run.InventoryErrors).ToList();
        Assert.True(failures.Count == 0, "Unexpected failures:\n" + string.Join("\n", failures.Take(20).Select(f => $"{f.Target} {f.Kind} {f.Id}: {f.Exception}")));
        AssertReconciled(reconciliations, expectNoUnknown: true);
        Assert.All(Enum.GetValues<OpKind>(), kind => Assert.True(run.OpsByKind.GetValueOrDefault(kind) > 0, $"no {kind} operation ran"));
        AssertConnectionsBounded(run, requestsAtLeast: operations);
        AssertNoSecrets(run);
    }

    [Fact]
    public async Task Faults_every_call_completes_or_fails_typed_no_create_applied_twice_and_retry_after_is_honoured()
    {
        await using var run = await LoadRun.StartAsync();
        var rules = AddFaults(run.Emu);
        var operations = LoadSettings.FaultOperations;
        var elapsed = await run.RunAsync(operations);
        var injected = rules.ToDictionary(r => r.ToString(), run.Emu.Faults.FiredCount);
        var retryAfter = run.CheckRetryAfter(GapTolerance);
        var reconciliations = await run.ReconcileAsync();
        Report(run, "faults", operations, elapsed, reconciliations);
        output.WriteLine("injected: " + string.Join(", ", injected.Select(i => $"{i.Key}: {i.Value}")));
        output.WriteLine($"Retry-After: {retryAfter.Announced} announced, {retryAfter.Honoured} retried after >= {LoadSettings.RetryAfter.TotalSeconds} s "
            + $"(shortest gap {retryAfter.ShortestHonouredGap.TotalMilliseconds:0} ms), {retryAfter.EndedCall} ended the call, {retryAfter.Ambiguous} on shared paths, {retryAfter.Violations.Count} violations");
        foreach (var group in run.Failures.GroupBy(f => $"{f.Target} {f.Kind} {f.Exception.GetType().Name} {(f.Exception as CloudApiException)?.StatusCode}").OrderBy(g => g.Key))
        {
            output.WriteLine($"  failed: {group.Key} x{group.Count()}  e.g. {group.First().Exception.Message}");
        }

        Assert.True(injected.Values.Sum() > operations / 10, "too few faults were injected to prove anything");
        Assert.Equal(operations, run.Completed + run.Failures.Count);
        var failures = run.Failures.Concat(run.InventoryErrors).ToList();
        var untyped = failures.Where(f => f.Exception is not CloudApiException).ToList();
        Assert.True(untyped.Count == 0, "Failures that are not CloudApiException:\n" + string.Join("\n", untyped.Take(10).Select(f => $"{f.Target} {f.Kind}: {f.Exception}")));
        Assert.All(failures.Select(f => (CloudApiException)f.Exception), ex =>
        {
            // The message says who failed and why: the provider, then a status or "no response", plus a description.
            Assert.StartsWith(ex.Provider + ": ", ex.Message, StringComparison.Ordinal);
            Assert.Matches(@"\((HTTP \d{3}|no response)", ex.Message);
            Assert.False(string.IsNullOrWhiteSpace(ex.ErrorMessage));
        });

        // A NotFound on a resource the ledger holds would be a lost resource.
        Assert.DoesNotContain(run.Failures, f => f.Exception is CloudNotFoundException && f.Kind is OpKind.Get or OpKind.Update or OpKind.Secrets);
        AssertReconciled(reconciliations, expectNoUnknown: false);
        Assert.True(retryAfter.Violations.Count == 0, "Retry-After not honoured:\n" + string.Join("\n", retryAfter.Violations.Take(20)));
        Assert.True(retryAfter.Honoured > 0, "no retry after a Retry-After was observed");
        AssertConnectionsBounded(run, requestsAtLeast: operations);
        AssertNoSecrets(run);
    }

    /// <summary>
    /// The fault run's concurrent callers share list and create paths, so there the next attempt on a path may be
    /// another caller's. Here each provider has one sequential caller: every injected 429/503 (Retry-After header, and
    /// LakeSail's body <c>retryAfter</c> alone) is checked against the very next attempt on its path.
    /// </summary>
    [Fact]
    public async Task Retry_after_header_and_body_hint_are_honoured_on_every_path()
    {
        await using var run = await LoadRun.StartAsync();
        var bodyHintOnly = new FaultRule { Provider = EmulatedProvider.LakeSail, Kind = FaultKind.TooManyRequests, Rate = 0.15, RetryAfter = LoadSettings.RetryAfter, OmitRetryAfterHeader = true };
        foreach (var rule in new FaultRule[]
        {
            bodyHintOnly,
            new() { Kind = FaultKind.TooManyRequests, Rate = 0.06, RetryAfter = LoadSettings.RetryAfter },
            new() { Kind = FaultKind.ServiceUnavailable, Rate = 0.06, RetryAfter = LoadSettings.RetryAfter },
            new() { Kind = FaultKind.SlowResponse, Rate = 0.05, Delay = TimeSpan.FromMilliseconds(100) },
        })
        {
            run.Emu.Faults.Add(rule);
        }

        var operations = Math.Max(60, LoadSettings.FaultOperations / 8);
        var elapsed = await run.RunAsync(operations, onePerProvider: true);
        var check = run.CheckRetryAfter(GapTolerance, onePerProvider: true);
        var bodyOnly = run.Emu.Faults.FiredCount(bodyHintOnly);
        output.WriteLine($"{operations} operations by 5 sequential callers in {elapsed.TotalMilliseconds:0} ms, {run.Emu.Counters.Attempts.Count} requests; "
            + $"Retry-After: {check.Announced} announced ({bodyOnly} LakeSail 429s with the body hint only), {check.Honoured} retried after >= {LoadSettings.RetryAfter.TotalSeconds} s "
            + $"(shortest gap {check.ShortestHonouredGap.TotalMilliseconds:0} ms), {check.EndedCall} ended their call, {check.Violations.Count} violations");

        Assert.Equal(0, check.Ambiguous);
        Assert.True(check.Announced >= 5, $"only {check.Announced} waits were announced");
        Assert.True(check.Violations.Count == 0, "Retry-After not honoured:\n" + string.Join("\n", check.Violations.Take(20)));
        Assert.True(check.Honoured >= check.Announced / 2, $"only {check.Honoured} of {check.Announced} announced waits were followed by a retry");
        Assert.DoesNotContain(run.Failures, f => f.Exception is not CloudApiException);
    }

    [Fact]
    public async Task Cancelling_the_whole_run_stops_all_work_within_one_second()
    {
        await using var run = await LoadRun.StartAsync();
        AddFaults(run.Emu);
        using var cancel = new CancellationTokenSource();
        var callers = run.Start(int.MaxValue, cancel.Token);

        // Mid-run: callers are inside calls, back-offs and 1 s Retry-After waits.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = run.Completed;
        var watch = Stopwatch.StartNew();
        var cancelledAt = Stopwatch.GetTimestamp();
        await cancel.CancelAsync();
        var all = Task.WhenAll(callers);
        var finished = await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))) == all;
        watch.Stop();
        await run.Sampler!.StopAsync();

        // Requests the callers sent before they stopped may still be on their way through a loaded server; after that
        // nothing may arrive (no call carries on in the background).
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        var attemptsAtStop = run.Emu.Counters.Attempts.Count;
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var attemptsLater = run.Emu.Counters.Attempts.Count;
        foreach (var stray in run.Emu.Counters.Attempts.Skip(attemptsAtStop))
        {
            output.WriteLine($"  request after the stop: {stray}");
        }

        var afterCancel = run.Failures.Where(f => f.AfterCancel).ToList();
        output.WriteLine($"cancelled after {before} operations; all {LoadSettings.Callers} callers done {watch.Elapsed.TotalMilliseconds:0} ms after Cancel(); "
            + $"requests after that: {attemptsLater - attemptsAtStop}; calls ended by the cancel: {afterCancel.Count} "
            + $"({string.Join(", ", afterCancel.GroupBy(f => f.Exception.GetType().Name).Select(g => $"{g.Key} x{g.Count()}"))})");

        foreach (var exit in run.Exits.OrderByDescending(e => e.At).Take(5))
        {
            output.WriteLine($"  caller done {Stopwatch.GetElapsedTime(cancelledAt, exit.At).TotalMilliseconds:0} ms after Cancel(), last: {exit.What}");
        }

        Assert.True(finished, "the callers did not stop within 10 s of the cancel");
        Assert.True(before > 0, "nothing ran before the cancel");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"stopping took {watch.Elapsed.TotalMilliseconds:0} ms after Cancel()");
        Assert.Equal(attemptsAtStop, attemptsLater);

        // Documented: "Cancellation by the caller stays an OperationCanceledException".
        var notCancelled = afterCancel.Where(f => f.Exception is not OperationCanceledException).ToList();
        Assert.True(notCancelled.Count == 0, "Calls cut short by the cancel that did not end in OperationCanceledException:\n"
            + string.Join("\n", notCancelled.Take(10).Select(f => $"{f.Target} {f.Kind}: {f.Exception.GetType().Name}: {f.Exception.Message}")));
    }

    private static List<FaultRule> AddFaults(MultiCloudEmulator emu)
    {
        // 5 % each of 429, 500, 503 and dropped connections, and 5 % slow answers: about one request in five is hit.
        List<FaultRule> rules =
        [
            new() { Kind = FaultKind.TooManyRequests, Rate = 0.05, RetryAfter = LoadSettings.RetryAfter },
            new() { Kind = FaultKind.InternalServerError, Rate = 0.05 },
            new() { Kind = FaultKind.ServiceUnavailable, Rate = 0.05, RetryAfter = LoadSettings.RetryAfter },
            new() { Kind = FaultKind.DropConnection, Rate = 0.05 },
            new() { Kind = FaultKind.SlowResponse, Rate = 0.05, Delay = TimeSpan.FromMilliseconds(150) },
        ];

        // Creates whose answer is lost after they were applied: the outcome is unknown to the caller, who must not
        // send them again (EKS may: its clientRequestToken makes the repeat harmless).
        foreach (var (provider, operation) in new[]
        {
            (EmulatedProvider.Oks, "CreateCluster"), (EmulatedProvider.Imply, "CreateCluster"), (EmulatedProvider.Ame, "CreateCluster"),
            (EmulatedProvider.Eks, "RegisterCluster"), (EmulatedProvider.LakeSail, "CreateConnection"),
        })
        {
            rules.Add(new FaultRule { Provider = provider, Operation = operation, Kind = FaultKind.DropConnection, AfterApply = true, Rate = 0.05 });
        }

        foreach (var rule in rules)
        {
            emu.Faults.Add(rule);
        }

        return rules;
    }

    private static void AssertReconciled(IReadOnlyList<Reconciliation> reconciliations, bool expectNoUnknown)
    {
        Assert.Equal(5, reconciliations.Count);
        Assert.All(reconciliations, r =>
        {
            Assert.True(r.Lost.Count == 0, $"{r.Target}: lost {string.Join(", ", r.Lost)}");
            Assert.True(r.Unexpected.Count == 0, $"{r.Target}: resources nobody created: {string.Join(", ", r.Unexpected)}");
            Assert.True(r.Duplicated.Count == 0, $"{r.Target}: duplicated {string.Join(", ", r.Duplicated)}");
            Assert.True(r.FoundAfterRefusal.Count == 0, $"{r.Target}: refused creates that exist: {string.Join("; ", r.FoundAfterRefusal)}");
            Assert.True(r.CountsMatch, $"{r.Target}: {r.CreatesApplied} creates applied, but {r.CreatedOk} reported success and {r.UnknownCreatesFound} of unknown outcome exist");
            Assert.True(r.CreatedOk > 0 && r.DeletedOk > 0, $"{r.Target}: the run created {r.CreatedOk} and deleted {r.DeletedOk}");
            if (expectNoUnknown)
            {
                Assert.Equal(0, r.UnknownCreates);
            }
        });
    }

    private void AssertConnectionsBounded(LoadRun run, int requestsAtLeast)
    {
        var sampler = run.Sampler!;
        var requests = run.Emu.Counters.Attempts.Count;
        output.WriteLine($"connections: at most {sampler.MaxEstablished} open at once, {sampler.DistinctConnections} distinct client sockets for {requests} requests ({sampler.Samples} samples)");
        Assert.True(requests >= requestsAtLeast, $"only {requests} requests for {requestsAtLeast} operations");
        if (!ConnectionSampler.Available)
        {
            return;
        }

        // Pooled connections: never more open than concurrent requests can use (32 callers, EKS lists describe 4 at
        // a time), and far fewer sockets than requests. Without pooling every request would leave a socket behind.
        var dropped = run.Emu.Counters.Attempts.Count(a => a.Fault == FaultKind.DropConnection);
        Assert.InRange(sampler.MaxEstablished, 1, 5 * LoadSettings.Callers);
        Assert.True(sampler.DistinctConnections <= (5 * LoadSettings.Callers) + (2 * dropped) + 32, $"{sampler.DistinctConnections} client sockets for {requests} requests and {dropped} dropped connections");
    }

    private void AssertNoSecrets(LoadRun run)
    {
        var emu = run.Emu;
        var secrets = new List<string>
        {
            emu.Oks.SecretKey, emu.Oks.Password, emu.Imply.ClientSecret, emu.Imply.AccessToken,
            emu.Ame.PersonalAccessToken, emu.Eks.SecretAccessKey, emu.LakeSail.ApiToken,
        };
        var obtained = run.Secrets.ToList();
        Assert.NotEmpty(obtained);
        foreach (var text in obtained)
        {
            secrets.Add(text);
            secrets.AddRange(SecretValue().Matches(text).Select(m => m.Groups["value"].Value).Where(v => v.Length >= 8));
        }

        var texts = run.Telemetry.Logs.Concat(run.Telemetry.Spans).Concat(run.Failures.Select(f => f.Exception.ToString())).ToList();
        output.WriteLine($"secrets: {texts.Count} log lines, spans and failure texts searched for {secrets.Distinct().Count()} secret values ({obtained.Count} kubeconfigs, join commands, OIDC secrets, activation codes)");
        Assert.True(run.Telemetry.LogCount > 0 && run.Telemetry.SpanCount > 0, "nothing was captured");
        var leaks = texts
            .SelectMany(text => secrets.Distinct().Where(s => text.Contains(s, StringComparison.Ordinal)).Select(s => $"'{Shorten(s)}' in: {Shorten(text)}")
                .Concat(SecretShape().Matches(text).Select(m => $"'{m.Value}' in: {Shorten(text)}")))
            .Distinct()
            .ToList();
        Assert.True(leaks.Count == 0, "Secrets in logs or traces:\n" + string.Join("\n", leaks.Take(20)));
    }

    private void Report(LoadRun run, string name, int operations, TimeSpan elapsed, IReadOnlyList<Reconciliation> reconciliations)
    {
        var attempts = run.Emu.Counters.Attempts;
        var retries = run.Telemetry.Logs.Count(l => l.Contains(" 3] ", StringComparison.Ordinal));
        output.WriteLine($"{name}: {operations} operations ({string.Join(", ", run.OpsByKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}) "
            + $"by {LoadSettings.Callers} callers in {elapsed.TotalMilliseconds:0} ms; {attempts.Count} requests, {retries} retries, {run.Failures.Count} failed operations, {run.InventoryErrors.Count} providers failed inside inventories; MCC_LOAD_SCALE {LoadSettings.ScaleSetting?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unset"}");
        foreach (var r in reconciliations)
        {
            output.WriteLine("  " + r);
        }
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;

    [GeneratedRegex(@"(?:key-data|certificate-data|token|secret|password)[""']?\s*[:=]\s*[""']?(?<value>[^\s""']+)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretValue();

    [GeneratedRegex(@"emu-imply-[0-9a-f]{32}|Signature=[0-9a-f]{16}|Bearer\s+[A-Za-z0-9._~+/=-]{8,}|Token\s+emu-|-----BEGIN|PRIVATE KEY|client-key-data|kubeadm join|--token\s", RegexOptions.IgnoreCase)]
    private static partial Regex SecretShape();
}
