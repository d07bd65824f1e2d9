using MultiCloudClusters.Errors;
using MultiCloudClusters.Tests.Specs;
using Xunit.Abstractions;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 3 over every generated call, as a table built from <c>specs/*.yaml</c> when the tests are discovered:
/// for each operation and each string path parameter, the generated method (<c>provider.Api</c>) refuses an
/// empty value, <c>.</c> and <c>..</c> with an <see cref="InvalidRequestException"/> naming the parameter and
/// sends nothing; other values, odd ones included, reach the wire as exactly one percent-encoded segment.
/// A new operation in a spec becomes new rows here without any change to this file.
/// </summary>
public sealed class GeneratedPathSegmentTests(HostileFixture fixture, QuietServerFixture quiet, ITestOutputHelper output) : IClassFixture<HostileFixture>, IClassFixture<QuietServerFixture>
{
    /// <summary>The refused values, by a label that reads well in a test name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["empty"] = string.Empty,
        ["dot"] = ".",
        ["dot-dot"] = "..",
    };

    /// <summary>Values that are not dot segments and must go out whole, encoded.</summary>
    public static readonly string[] Ordinary = ["...", ".a", "a.", "..a", "a/b", "a/../b", "100%", "%2e%2e", "a b", "a?b#c", "é…✓", "日本"];

    /// <summary>(provider, operationId, spec parameter, refused value label) for every string path parameter of every spec.</summary>
    public static TheoryData<string, string, string, string> RefusedCases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (provider, operation, parameter) in StringPathParameters())
        {
            foreach (var label in Refused.Keys)
            {
                data.Add(provider, operation.OperationId, parameter.Name, label);
            }
        }

        return data;
    }

    /// <summary>(provider, operationId, spec parameter) for every string path parameter of every spec.</summary>
    public static TheoryData<string, string, string> OrdinaryCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (provider, operation, parameter) in StringPathParameters())
        {
            data.Add(provider, operation.OperationId, parameter.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task A_dot_segment_or_empty_path_parameter_is_refused_before_anything_is_sent(string provider, string operationId, string parameter, string label)
    {
        await using var target = await fixture.TargetAsync(provider, Auth(provider), Construction.Constructor, quiet.Server);
        var client = GeneratedApi.ClientOf(target.Instance);
        var operation = GeneratedApi.Operation(provider, operationId);
        var method = GeneratedApi.MethodOf(client, operation);
        var specParameter = operation.Parameters.Single(p => p.In == "path" && p.Name == parameter);
        var sent = quiet.Server.Requests.Count;

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => GeneratedApi.InvokeAsync(client, method, GeneratedApi.Arguments(method, operation, specParameter, Refused[label])));

        var name = GeneratedApi.ParameterOf(method, specParameter).Name;
        var field = Assert.Single(error.FieldErrors);
        Assert.Equal(name, field.Field);
        Assert.Contains($"{name} must not be empty, '.' or '..'", error.Message, StringComparison.Ordinal);
        Assert.Equal(sent, quiet.Server.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(OrdinaryCases))]
    public async Task Other_values_reach_the_wire_as_one_encoded_segment(string provider, string operationId, string parameter)
    {
        await using var server = fixture.NewServer(NotFound);
        await using var target = await fixture.TargetAsync(provider, Auth(provider), Construction.Constructor, server, SecurityTargets.QuickResilience(maxRetries: 0));
        var client = GeneratedApi.ClientOf(target.Instance);
        var operation = GeneratedApi.Operation(provider, operationId);
        var method = GeneratedApi.MethodOf(client, operation);
        var specParameter = operation.Parameters.Single(p => p.In == "path" && p.Name == parameter);

        foreach (var value in Ordinary)
        {
            server.ClearRequests();
            var arguments = GeneratedApi.Arguments(method, operation, specParameter, value);

            await Assert.ThrowsAsync<CloudNotFoundException>(() => GeneratedApi.InvokeAsync(client, method, arguments));

            var request = Assert.Single(server.Requests);
            Assert.Equal(operation.Method, request.Method);
            var expected = GeneratedApi.ExpectedPath(method, operation, arguments);
            Assert.True(request.Path.EndsWith(expected, StringComparison.Ordinal), $"'{value}': sent {request.Path}, expected it to end with {expected}");
        }
    }

    /// <summary>
    /// The table's reach: every path parameter the table leaves out has a non-string C# type (an integer or
    /// a UUID cannot be a dot segment), and every operation maps to exactly one generated method.
    /// </summary>
    [Fact]
    public async Task Every_path_parameter_of_every_spec_is_in_the_table_or_cannot_be_a_dot_segment()
    {
        await using var server = fixture.NewServer(NotFound);
        var counts = new List<string>();
        foreach (var (_, provider, auth) in GeneratedApi.Specs)
        {
            await using var target = await fixture.TargetAsync(provider, auth, Construction.Constructor, server);
            var client = GeneratedApi.ClientOf(target.Instance);
            var operations = GeneratedApi.Operations(provider);
            int inTable = 0, typed = 0;
            foreach (var operation in operations)
            {
                var method = GeneratedApi.MethodOf(client, operation);
                foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
                {
                    var type = GeneratedApi.ParameterOf(method, parameter).ParameterType;
                    if (IsStringParameter(parameter))
                    {
                        Assert.Equal(typeof(string), type);
                        inTable++;
                    }
                    else
                    {
                        Assert.NotEqual(typeof(string), type);
                        typed++;
                    }
                }
            }

            Assert.True(inTable > 0, $"{provider}: no string path parameter found in its spec");
            counts.Add($"{provider}: {operations.Count} operations, {inTable} string path parameters x {Refused.Count} refused values + {Ordinary.Length} ordinary values, {typed} typed path parameters");
        }

        output.WriteLine(string.Join(Environment.NewLine, counts));
        Assert.Empty(server.Requests);
    }

    private static IEnumerable<(string Provider, SpecOperation Operation, SpecParameter Parameter)> StringPathParameters() =>
        from spec in GeneratedApi.Specs
        from operation in GeneratedApi.Operations(spec.Provider)
        from parameter in operation.Parameters
        where parameter.In == "path" && IsStringParameter(parameter)
        select (spec.Provider, operation, parameter);

    private static bool IsStringParameter(SpecParameter parameter) => parameter.Type == "string" && parameter.Format is null;

    private static string Auth(string provider) => GeneratedApi.Specs.Single(s => s.Provider == provider).Auth;

    private static Task NotFound(HostileExchange exchange) => exchange.RespondAsync(HostileResponse.Json(404, "{}"));
}
