using MultiCloudClusters.Emulator;
using MultiCloudClusters.Tests.Specs;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>
/// Every operation of every spec in <c>specs/</c>, read at test time, is served by the emulator: a new operation in
/// a spec fails here until the emulator serves it (and the walk knows its inputs).
/// </summary>
public sealed class SpecWalkTests
{
    public static TheoryData<string> Specs => [.. SpecWalkInputs.Specs];

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task Every_operation_of_the_spec_is_answered_with_success_by_its_own_route(string spec)
    {
        await using var emu = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.Zero });
        var walk = await SpecWalkInputs.ForAsync(spec, emu);

        var problems = await walk.RunAsync();

        Assert.True(problems.Count == 0, $"{problems.Count} of {walk.Sent} operations not served as the spec says:\n{string.Join('\n', problems)}");
        Assert.Equal(SpecDocument.Load(spec).Operations.Count, walk.Sent);
    }

    [Fact]
    public void The_walk_covers_every_spec_file()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "specs"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, SpecWalkInputs.Specs.Order(StringComparer.Ordinal));
    }
}
