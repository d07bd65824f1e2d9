using System.Globalization;

namespace MultiCloudClusters.Emulator.Tool;

/// <summary>What the command line asks for: run (with these options), show help or the version, or a usage error.</summary>
internal sealed record ToolCommandLine
{
    /// <summary>The port the tool listens on unless told otherwise (the library's emulator picks a free one by default).</summary>
    public const int DefaultPort = 5080;

    public const string Usage = """
        usage: multicloud-emulator [options]

        Serves local, in-memory versions of the OUTSCALE OKS, Imply, Avisi Cloud AME, Amazon EKS and LakeSail APIs
        on one loopback port, with fake credentials, until Ctrl+C or SIGTERM.

        options:
          --port N                 TCP port on 127.0.0.1 (default 5080; 0 picks a free one)
          --print-config json|env  print the settings that point MultiCloudClusters at this emulator, as an
                                   appsettings.json block or as environment variables, on standard output
                                   (instead of the banner), then serve as usual
          --step SECONDS           how long each lifecycle step lasts (default 2; 0 settles at once)
          --page-size N            page size when a caller asks for none (default: each provider's own)
          --no-seed                start empty (default: a few clusters and connections per provider)
          --quiet                  do not log requests (they go to standard error)
          -h, --help               show this help and exit
          --version                show the version and exit

        exit codes: 0 stopped by Ctrl+C or SIGTERM, 2 bad arguments or port in use, 1 any other failure
        """;

    /// <summary>Show <see cref="Usage"/> and exit 0.</summary>
    public bool Help { get; private init; }

    /// <summary>Show the version and exit 0.</summary>
    public bool Version { get; private init; }

    /// <summary>Why the arguments were refused, or null.</summary>
    public string? Error { get; private init; }

    /// <summary>Print the configuration in this format instead of the banner, or null.</summary>
    public ConfigFormat? PrintConfig { get; private set; }

    /// <summary>The emulator's options.</summary>
    public EmulatorOptions Options { get; } = new() { Port = DefaultPort, LogRequests = true };

    /// <summary>Reads the arguments: <c>--name value</c> or <c>--name=value</c>; the last of a repeated option wins.</summary>
    public static ToolCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new ToolCommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            string Value()
            {
                if (inlineValue is not null) return inlineValue;
                if (i + 1 < args.Count) return args[++i];
                throw new FormatException($"{name} needs a value");
            }

            try
            {
                switch (name)
                {
                    case "-h" or "--help" or "-?":
                        return new ToolCommandLine { Help = true };
                    case "--version":
                        return new ToolCommandLine { Version = true };
                    case "--port":
                        result.Options.Port = Number(name, Value(), 0, 65535);
                        break;
                    case "--step":
                        result.Options.TransitionDuration = TimeSpan.FromSeconds(Seconds(name, Value()));
                        break;
                    case "--page-size":
                        result.Options.DefaultPageSize = Number(name, Value(), 1, 1000);
                        break;
                    case "--print-config":
                        result.PrintConfig = Format(Value());
                        break;
                    case "--no-seed" when inlineValue is null:
                        result.Options.SeedData = false;
                        break;
                    case "--quiet" when inlineValue is null:
                        result.Options.LogRequests = false;
                        break;
                    default:
                        return new ToolCommandLine { Error = $"unknown option '{args[i]}'" };
                }
            }
            catch (FormatException e)
            {
                return new ToolCommandLine { Error = e.Message };
            }
        }

        return result;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{name} takes a whole number from {min} to {max}; got '{value}'");

    private static double Seconds(string name, string value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) && s <= TimeSpan.FromDays(1).TotalSeconds
            ? s
            : throw new FormatException($"{name} takes seconds from 0 to 86400, such as 2 or 0.5; got '{value}'");

    private static ConfigFormat Format(string value) => value switch
    {
        "json" => ConfigFormat.Json,
        "env" => ConfigFormat.Env,
        _ => throw new FormatException($"--print-config takes json or env; got '{value}'"),
    };
}
