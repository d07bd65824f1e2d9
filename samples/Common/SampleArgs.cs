namespace MultiCloudClusters.Samples;

/// <summary>
/// A sample's command line: <c>--name value</c> (or <c>--name=value</c>) options, <c>--flag</c> switches and
/// positional words. Deliberately tiny: the samples show the library, not an argument parser.
/// </summary>
public sealed class SampleArgs
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _flags = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _positionals = [];

    private SampleArgs()
    {
    }

    /// <summary>The words that are not options, in order.</summary>
    public IReadOnlyList<string> Positionals => _positionals;

    /// <summary>Parses <paramref name="args"/>, knowing which options take a value and which are switches.</summary>
    /// <exception cref="SampleUsageException">An unknown option, or an option without its value.</exception>
    public static SampleArgs Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new SampleArgs();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed._positionals.Add(arg);
                continue;
            }

            var (name, inline) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
            if (flags.Contains(name, StringComparer.OrdinalIgnoreCase) && inline is null)
            {
                parsed._flags.Add(name);
            }
            else if (valueOptions.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new SampleUsageException($"--{name} needs a value."));
                if (!parsed._values.TryGetValue(name, out var list))
                {
                    parsed._values[name] = list = [];
                }

                list.Add(value);
            }
            else
            {
                throw new SampleUsageException($"Unknown option {arg}.");
            }
        }

        return parsed;
    }

    /// <summary>The last value given to <c>--name</c>, or null.</summary>
    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    /// <summary>Every value given to a repeatable <c>--name</c>.</summary>
    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var list) ? list : [];

    /// <summary>Whether the switch <c>--name</c> was given.</summary>
    public bool Flag(string name) => _flags.Contains(name);
}

/// <summary>The command line is wrong; the message says how, and the sample prints its usage (exit code 2).</summary>
public sealed class SampleUsageException(string message) : Exception(message);
