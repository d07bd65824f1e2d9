using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using MultiCloudClusters.Tests.Specs;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Calls a provider's generated client (<c>provider.Api</c>) by an operation of its spec, through reflection,
/// so a table built from <c>specs/*.yaml</c> reaches every generated method, including ones added later.
/// </summary>
internal static partial class GeneratedApi
{
    /// <summary>The value other path parameters get: an ordinary id.</summary>
    public const string OrdinaryId = "valid-1";

    /// <summary>The five specs and the provider (and an auth scheme of it) each one describes.</summary>
    public static readonly IReadOnlyList<(string Spec, string Provider, string Auth)> Specs =
    [
        ("oks.yaml", "oks", "aksk-otp"),
        ("imply.yaml", "imply", "bearer"),
        ("ame.yaml", "ame", "pat"),
        ("eks.yaml", "eks", "keys-session"),
        ("lakesail.yaml", "lakesail", "token"),
    ];

    private static readonly Guid OrdinaryGuid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    /// <summary>Every operation of a provider's spec.</summary>
    public static IReadOnlyList<SpecOperation> Operations(string provider) =>
        SpecDocument.Load(Specs.Single(s => s.Provider == provider).Spec).OperationsWithParameters;

    /// <summary>One operation of a provider's spec.</summary>
    public static SpecOperation Operation(string provider, string operationId) =>
        Operations(provider).Single(o => o.OperationId == operationId);

    /// <summary>The generated client behind a provider's <c>Api</c> property.</summary>
    public static object ClientOf(object provider) =>
        provider.GetType().GetProperty("Api", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(provider) ?? throw new InvalidOperationException($"{provider.GetType().Name} has no Api property");

    /// <summary>The generated method of an operation: operationId + <c>Async</c>, on the client's generated interface.</summary>
    public static MethodInfo MethodOf(object client, SpecOperation operation)
    {
        var wanted = Normalize(operation.OperationId + "Async");
        var matches = client.GetType().GetInterfaces()
            .Where(i => i.Namespace?.EndsWith(".Generated", StringComparison.Ordinal) == true)
            .SelectMany(i => i.GetMethods())
            .Where(m => Normalize(m.Name) == wanted && m.GetParameters().LastOrDefault()?.ParameterType == typeof(CancellationToken))
            .ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"{operation.OperationId}: expected one generated method, found {matches.Count}");
    }

    /// <summary>The method parameter that carries a spec parameter (NSwag renames cluster_id to clusterId).</summary>
    public static ParameterInfo ParameterOf(MethodInfo method, SpecParameter parameter) =>
        method.GetParameters().SingleOrDefault(p => Normalize(p.Name!) == Normalize(parameter.Name))
        ?? throw new InvalidOperationException($"{method.Name} has no parameter for '{parameter.Name}'");

    /// <summary>
    /// Arguments for a call: <paramref name="value"/> for <paramref name="target"/>, an ordinary id for other
    /// path parameters, defaults for optional ones, and a harmless value of the right type for the rest.
    /// </summary>
    public static object?[] Arguments(MethodInfo method, SpecOperation operation, SpecParameter target, string value)
    {
        var targetParameter = ParameterOf(method, target);
        var pathNames = operation.Parameters.Where(p => p.In == "path").Select(p => Normalize(p.Name)).ToHashSet();
        return [.. method.GetParameters().Select(p =>
            p == targetParameter ? value
            : p.ParameterType == typeof(CancellationToken) ? CancellationToken.None
            : pathNames.Contains(Normalize(p.Name!)) ? Ordinary(p.ParameterType)
            : p.IsOptional ? p.DefaultValue
            : Ordinary(p.ParameterType))];
    }

    /// <summary>The path the call must put on the wire: the spec's template with every argument percent-encoded.</summary>
    public static string ExpectedPath(MethodInfo method, SpecOperation operation, object?[] arguments) =>
        Placeholder().Replace(operation.Path, m =>
        {
            var parameter = ParameterOf(method, operation.Parameters.Single(p => p.In == "path" && p.Name == m.Groups[1].Value));
            return Uri.EscapeDataString(Convert.ToString(arguments[parameter.Position], CultureInfo.InvariantCulture)!);
        });

    /// <summary>Calls the method and waits for it.</summary>
    public static async Task InvokeAsync(object client, MethodInfo method, object?[] arguments) =>
        await ((Task)method.Invoke(client, arguments)!).ConfigureAwait(false);

    /// <summary>Lower case without separators: how a spec name and a C# name are matched.</summary>
    public static string Normalize(string name) => Separators().Replace(name, string.Empty).ToLowerInvariant();

    private static object? Ordinary(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => OrdinaryId,
            _ when underlying == typeof(Guid) => OrdinaryGuid,
            _ when underlying == typeof(bool) => true,
            _ when underlying.IsEnum => Enum.GetValues(underlying).GetValue(0),
            _ when underlying.IsPrimitive => Convert.ChangeType(7, underlying, CultureInfo.InvariantCulture),
            _ when underlying.IsAssignableFrom(typeof(List<string>)) => new List<string> { OrdinaryId },
            _ when underlying.IsClass && underlying.GetConstructor(Type.EmptyTypes) is not null => Activator.CreateInstance(underlying),
            _ => throw new InvalidOperationException($"No ordinary value for {type}"),
        };
    }

    [GeneratedRegex("[^A-Za-z0-9]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Placeholder();
}
