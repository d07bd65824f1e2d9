using MultiCloudClusters.Emulator.Tool;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>The tool's command line, read in-process: every option, both spellings, and the refusals.</summary>
public sealed class ToolCommandLineTests
{
    [Fact]
    public void Without_arguments_it_serves_port_5080_with_request_logs_and_the_emulator_defaults()
    {
        var command = ToolCommandLine.Parse([]);

        Assert.False(command.Help || command.Version);
        Assert.Null(command.Error);
        Assert.Null(command.PrintConfig);
        Assert.Equal(5080, command.Options.Port);
        Assert.True(command.Options.LogRequests);
        Assert.True(command.Options.SeedData);
        Assert.Null(command.Options.DefaultPageSize);
        Assert.Equal(new MultiCloudClusters.Emulator.EmulatorOptions().TransitionDuration, command.Options.TransitionDuration);
    }

    [Fact]
    public void Every_option_is_read_with_a_space_or_an_equals_sign()
    {
        var command = ToolCommandLine.Parse(["--port", "0", "--step=0.5", "--page-size", "2", "--print-config=env", "--no-seed", "--quiet"]);

        Assert.Null(command.Error);
        Assert.Equal(0, command.Options.Port);
        Assert.Equal(TimeSpan.FromMilliseconds(500), command.Options.TransitionDuration);
        Assert.Equal(2, command.Options.DefaultPageSize);
        Assert.Equal(ConfigFormat.Env, command.PrintConfig);
        Assert.False(command.Options.SeedData);
        Assert.False(command.Options.LogRequests);
        Assert.Equal(ConfigFormat.Json, ToolCommandLine.Parse(["--print-config", "json"]).PrintConfig);
        Assert.Equal(6000, ToolCommandLine.Parse(["--port", "5081", "--port", "6000"]).Options.Port);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("--help")]
    [InlineData("-?")]
    public void Help_wins_over_the_options_around_it(string flag)
    {
        var command = ToolCommandLine.Parse(["--port", "1", flag, "--step", "3"]);

        Assert.True(command.Help);
        Assert.Null(command.Error);
    }

    [Fact]
    public void Version_is_a_request_of_its_own() => Assert.True(ToolCommandLine.Parse(["--version"]).Version);

    [Theory]
    [InlineData(new[] { "--verbose" }, "unknown option '--verbose'")]
    [InlineData(new[] { "serve" }, "unknown option 'serve'")]
    [InlineData(new[] { "--quiet=yes" }, "unknown option '--quiet=yes'")]
    [InlineData(new[] { "--port" }, "--port needs a value")]
    [InlineData(new[] { "--port", "65536" }, "--port takes a whole number from 0 to 65535; got '65536'")]
    [InlineData(new[] { "--port", "-1" }, "--port takes a whole number from 0 to 65535; got '-1'")]
    [InlineData(new[] { "--page-size", "0" }, "--page-size takes a whole number from 1 to 1000; got '0'")]
    [InlineData(new[] { "--step", "-2" }, "--step takes seconds from 0 to 86400, such as 2 or 0.5; got '-2'")]
    [InlineData(new[] { "--step", "1,5" }, "--step takes seconds from 0 to 86400, such as 2 or 0.5; got '1,5'")]
    [InlineData(new[] { "--print-config", "yaml" }, "--print-config takes json or env; got 'yaml'")]
    public void A_bad_argument_is_refused_with_the_reason(string[] args, string reason)
    {
        var command = ToolCommandLine.Parse(args);

        Assert.Equal(reason, command.Error);
        Assert.False(command.Help);
    }
}
