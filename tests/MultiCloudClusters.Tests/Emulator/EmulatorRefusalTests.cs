using System.Net;
using System.Text.Json;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>
/// What the emulator refuses it refuses in the provider's own words, read by the library's own error parser:
/// unknown routes (404), known routes with another method (405 with Allow), and every answer carries a request id.
/// </summary>
public sealed class EmulatorRefusalTests
{
    public static TheoryData<string, string, string, string, string> Routes => new()
    {
        // provider, request id header, a route it does not have, a route with a method it does not take, the error code (AME has none)
        { "oks", "x-request-id", "oks/api/v2/no-such-thing", "PUT oks/api/v2/projects", "NotFound" },
        { "imply", "x-request-id", "imply/api/v1/no-such-thing", "PATCH imply/api/v1/clusters", "NotFound" },
        { "ame", "x-request-id", "ame/api/v1/no-such-thing", "DELETE ame/api/v1/orgs/emulator-org/clusters", "" },
        { "eks", "x-amzn-RequestId", "eks/no-such-thing", "PUT eks/clusters", "UnknownOperationException" },
        { "lakesail", "x-request-id", "lakesail/api/v1/no-such-thing", "PUT lakesail/api/v1/infra/connections", "NOT_FOUND" },
    };

    private static IProviderErrorParser Parser(string provider) => provider switch
    {
        "oks" => new OksErrorParser(),
        "imply" => new ImplyErrorParser(),
        "ame" => new AmeErrorParser(),
        "eks" => new EksErrorParser(),
        _ => new LakeSailErrorParser(),
    };

    private static async Task<CloudError> ParseAsync(string provider, HttpResponseMessage response) =>
        Parser(provider).Parse(new ErrorResponse((int)response.StatusCode, response.Headers, await response.Content.ReadAsStringAsync()));

    private static string RequestId(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Unknown_routes_and_wrong_methods_answer_in_the_providers_error_shape(string provider, string idHeader, string unknown, string wrongMethod, string code)
    {
        await using var emu = await MultiCloudEmulator.StartAsync();
        using var http = Client(emu.BaseAddress);

        using var notFound = await http.GetAsync(unknown);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("application/json", notFound.Content.Headers.ContentType?.MediaType);
        var error = await ParseAsync(provider, notFound);
        Assert.Equal(CloudErrorKind.NotFound, error.Kind);
        Assert.Equal(code, error.ErrorCode ?? "");
        Assert.Contains("no such route", error.Message, StringComparison.Ordinal);
        Assert.Equal(RequestId(notFound, idHeader), error.RequestId);

        var (method, path) = (wrongMethod.Split(' ')[0], wrongMethod.Split(' ')[1]);
        using var notAllowed = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, notAllowed.StatusCode);
        Assert.NotEmpty(notAllowed.Content.Headers.Allow);
        var refused = await ParseAsync(provider, notAllowed);
        Assert.Contains("not allowed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(RequestId(notAllowed, idHeader), refused.RequestId);
    }

    [Fact]
    public async Task Every_answer_has_its_own_request_id_and_OKS_bodies_carry_the_same_one()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var oks = OksClient(emu);
        using var anonymous = Client(emu.Oks.BaseUrl);
        emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.Oks, Operation = "GetQuotas", Kind = FaultKind.TooManyRequests });

        var answers = new[] { await oks.GetAsync("projects"), await oks.GetAsync("projects"), await anonymous.GetAsync("projects"), await oks.GetAsync("quotas") };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized, (HttpStatusCode)429], answers.Select(a => a.StatusCode));
        var ids = answers.Select(a => RequestId(a, "x-request-id")).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        for (var i = 0; i < answers.Length; i++)
        {
            Assert.Equal(ids[i], (await ReadJsonAsync(answers[i])).GetProperty("ResponseContext").Str("RequestId"));
        }
    }

    [Fact]
    public async Task EKS_and_LakeSail_errors_carry_the_request_id_of_their_header()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var eks = EksClient(emu);
        using var lakesail = LakeSailClient(emu);

        using var missingCluster = await eks.GetAsync("clusters/nope");
        using var missingConnection = await lakesail.GetAsync("infra/connections/nope");

        var eksError = await ParseAsync("eks", missingCluster);
        Assert.Equal(("ResourceNotFoundException", RequestId(missingCluster, "x-amzn-RequestId")), (eksError.ErrorCode, eksError.RequestId));
        var body = JsonDocument.Parse(await missingConnection.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(RequestId(missingConnection, "x-request-id"), body.GetProperty("error").GetProperty("details").Str("requestId"));
    }
}
