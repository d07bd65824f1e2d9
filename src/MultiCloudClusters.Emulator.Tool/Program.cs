using System.Diagnostics;
using System.Reflection;
using Microsoft.AspNetCore.Connections;

namespace MultiCloudClusters.Emulator.Tool;

/// <summary>
/// <c>multicloud-emulator</c>: runs the emulator until Ctrl+C or SIGTERM. Standard output carries the banner or the
/// printed configuration; standard error carries request logs and every message about the tool itself.
/// </summary>
internal static class Program
{
    private const string Name = "multicloud-emulator";

    public static async Task<int> Main(string[] args)
    {
        InheritedSignalIgnores.Restore();
        var command = ToolCommandLine.Parse(args);
        if (command.Help)
        {
            Console.Out.Write(ToolCommandLine.Usage + Environment.NewLine);
            return 0;
        }

        if (command.Version)
        {
            Console.Out.WriteLine($"{Name} {typeof(MultiCloudEmulator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
            return 0;
        }

        if (command.Error is { } error)
        {
            Console.Error.Write($"{Name}: {error}{Environment.NewLine}{Environment.NewLine}{ToolCommandLine.Usage}{Environment.NewLine}");
            return 2;
        }

        using var signals = new ShutdownSignals();
        var options = command.Options;
        MultiCloudEmulator emulator;
        try
        {
            emulator = await MultiCloudEmulator.StartAsync(options, signals.Token);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            Console.Error.WriteLine($"{Name}: port {options.Port} on {options.Host} is already in use; choose another with --port N (0 picks a free one).");
            return 2;
        }
        catch (OperationCanceledException) when (signals.Token.IsCancellationRequested)
        {
            return 0;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"{Name}: cannot listen on {options.Host}:{options.Port}: {OneLine(e.Message)}");
            return 1;
        }

        await using (emulator)
        {
            if (command.PrintConfig is { } format)
            {
                Console.Out.Write(ConfigPrinter.Format(emulator, format));
                Console.Error.WriteLine($"{Name} listening on {emulator.BaseAddress}; Ctrl+C or SIGTERM stops it.");
            }
            else
            {
                Console.Out.Write(Banner(emulator));
            }

            await signals.WaitAsync();
            var stopping = Stopwatch.StartNew();
            Console.Error.WriteLine($"{Name}: {signals.Signal} received, stopping.");
            await emulator.DisposeAsync();
            Console.Error.WriteLine($"{Name}: stopped in {stopping.ElapsedMilliseconds} ms.");
        }

        return 0;
    }

    private static string Banner(MultiCloudEmulator emu) => $"""
        MultiCloudClusters emulator listening on {emu.BaseAddress} (fake credentials, local use only)
        OKS       {emu.Oks.BaseUrl}  AccessKey={emu.Oks.AccessKey}  SecretKey={emu.Oks.SecretKey}
                  Basic login {emu.Oks.Username} / {emu.Oks.Password}
        Imply     {emu.Imply.BaseUrl}  AccessToken={emu.Imply.AccessToken}
                  token endpoint {emu.Imply.TokenEndpoint}  ClientId={emu.Imply.ClientId}  ClientSecret={emu.Imply.ClientSecret}
        AME       {emu.Ame.BaseUrl}  Organisation={emu.Ame.Organisation}  PersonalAccessToken={emu.Ame.PersonalAccessToken}
        EKS       {emu.Eks.BaseUrl}  Region={emu.Eks.Region}  AccessKeyId={emu.Eks.AccessKeyId}  SecretAccessKey={emu.Eks.SecretAccessKey}
        LakeSail  {emu.LakeSail.BaseUrl}  ApiToken={emu.LakeSail.ApiToken}
        Settings for your app: {Name} --print-config json|env. Ctrl+C or SIGTERM stops it.

        """;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
