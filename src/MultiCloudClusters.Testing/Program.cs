using System.Globalization;

namespace MultiCloudClusters.Emulator;

/// <summary>Standalone entry point: <c>dotnet run --project src/MultiCloudClusters.Emulator -- --port 5080</c>.</summary>
public static class Program
{
    /// <summary>Runs the emulator until Ctrl+C.</summary>
    /// <param name="args">Command-line arguments: <c>--port N</c>, <c>--step SECONDS</c>, <c>--page-size N</c>.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        var options = new EmulatorOptions { Port = 5080, LogRequests = true };
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--port": options.Port = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--step": options.TransitionDuration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
                case "--page-size": options.DefaultPageSize = int.Parse(value, CultureInfo.InvariantCulture); break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown option {args[i]}. Use --port N, --step SECONDS, --page-size N.");
                    return 2;
            }
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        await using var emu = await MultiCloudEmulator.StartAsync(options, stop.Token);
        Console.WriteLine($"MultiCloudClusters emulator listening on {emu.BaseAddress} (fake credentials, local use only)");
        Console.WriteLine($"OKS       {emu.Oks.BaseUrl}  AccessKey={emu.Oks.AccessKey}  SecretKey={emu.Oks.SecretKey}");
        Console.WriteLine($"Imply     {emu.Imply.BaseUrl}  AccessToken={emu.Imply.AccessToken}");
        Console.WriteLine($"          token endpoint {emu.Imply.TokenEndpoint}  ClientId={emu.Imply.ClientId}  ClientSecret={emu.Imply.ClientSecret}");
        Console.WriteLine($"AME       {emu.Ame.BaseUrl}  Organisation={emu.Ame.Organisation}  PersonalAccessToken={emu.Ame.PersonalAccessToken}");
        Console.WriteLine($"EKS       {emu.Eks.BaseUrl}  Region={emu.Eks.Region}  AccessKeyId={emu.Eks.AccessKeyId}  SecretAccessKey={emu.Eks.SecretAccessKey}");
        Console.WriteLine($"LakeSail  {emu.LakeSail.BaseUrl}  ApiToken={emu.LakeSail.ApiToken}");
        Console.WriteLine("Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop normally.
        }

        return 0;
    }
}
