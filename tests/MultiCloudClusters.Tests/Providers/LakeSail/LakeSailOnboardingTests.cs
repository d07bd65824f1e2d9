using MultiCloudClusters.Connections;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static MultiCloudClusters.Tests.Providers.LakeSail.LakeSailFixture;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>The onboarding flow: create, template, (user deploys), verify — one typed state per step.</summary>
public sealed class LakeSailOnboardingTests : IDisposable
{
    private const string TemplateJson = """
        { "templateUrl": "https://templates.example/t.yaml", "quickLaunchUrl": "https://console.aws.amazon.com/cloudformation/home#/stacks/quickcreate",
          "parameters": { "ConnectionId": "C0NN3CT10N", "ExternalId": "ext-1" } }
        """;

    private static readonly ConnectionCreateRequest Create = new() { Name = "Production", CloudProvider = "aws", Account = new CloudAccountConfig { AccountId = "123456789012" } };

    private readonly LakeSailFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task RunAsync_walks_create_template_deploy_verify()
    {
        Route("POST", "/infra/connections", 201, ConnectionJson.Replace("\"active\"", "\"pending\"", StringComparison.Ordinal));
        Route("GET", "/infra/connections/C0NN3CT10N/template", 200, TemplateJson);
        Route("POST", "/infra/connections/C0NN3CT10N/verify", 200, ConnectionJson);
        var deployedWith = (OnboardingState?)null;

        var states = new List<OnboardingState>();
        await foreach (var state in new ConnectionOnboarding(_f.Provider).RunAsync(Create, (s, _) =>
        {
            deployedWith = s;
            Assert.Equal(2, _f.Requests.Count); // nothing verified before the user deployed
            return Task.CompletedTask;
        }))
        {
            states.Add(state);
        }

        Assert.Equal([OnboardingStep.Created, OnboardingStep.AwaitingStackDeployment, OnboardingStep.Verified], states.Select(s => s.Step));
        Assert.Equal("pending", states[0].Connection.Status);
        Assert.Equal("console.aws.amazon.com", states[1].Template!.QuickLaunchUrl!.Host);
        Assert.Equal("ext-1", states[1].Template!.Parameters["ExternalId"]);
        Assert.Same(states[1], deployedWith);
        Assert.Equal("active", states[2].Connection.Status);
        Assert.NotNull(states[2].Template);
        Assert.Equal(["POST", "GET", "POST"], _f.Requests.Select(r => r.RequestMessage!.Method));
    }

    [Fact]
    public async Task A_refused_verification_is_a_state_not_an_exception()
    {
        Route("POST", "/infra/connections/C0NN3CT10N/verify", 422, """{ "error": { "code": "ROLE_NOT_ASSUMABLE", "message": "Cannot assume the role", "details": { "retryable": false } } }""");
        Route("GET", "/infra/connections/C0NN3CT10N", 200, ConnectionJson.Replace("\"active\"", "\"pending\"", StringComparison.Ordinal));
        Route("GET", "/infra/connections/C0NN3CT10N/template", 200, TemplateJson);
        var onboarding = new ConnectionOnboarding(_f.Provider);

        var waiting = await onboarding.ResumeAsync("C0NN3CT10N");
        var verified = await onboarding.VerifyAsync(waiting, "arn:aws:iam::123456789012:role/LakeSailConnection");

        Assert.Equal(OnboardingStep.AwaitingStackDeployment, waiting.Step);
        Assert.Equal(OnboardingStep.VerificationFailed, verified.Step);
        Assert.Equal("Cannot assume the role", verified.Problem);
        Assert.Equal("ROLE_NOT_ASSUMABLE", verified.Error!.ErrorCode);
    }

    [Fact]
    public async Task A_verification_that_leaves_the_connection_pending_reports_its_status_message()
    {
        Route("POST", "/infra/connections/C0NN3CT10N/verify", 200, """{ "id": "C0NN3CT10N", "name": "P", "status": "pending", "statusMessage": "Stack not found" }""");
        var onboarding = new ConnectionOnboarding(_f.Provider);
        var state = new OnboardingState { Step = OnboardingStep.AwaitingStackDeployment, Connection = new CloudConnection { Provider = "lakesail", Id = "C0NN3CT10N", Name = "P" } };

        var after = await onboarding.VerifyAsync(state);

        Assert.Equal(OnboardingStep.VerificationFailed, after.Step);
        Assert.Equal("Stack not found", after.Problem);
        Assert.Null(after.Error);
    }

    [Fact]
    public async Task Resuming_an_active_connection_is_already_verified()
    {
        Route("GET", "/infra/connections/C0NN3CT10N", 200, ConnectionJson);

        var state = await new ConnectionOnboarding(_f.Provider).ResumeAsync("C0NN3CT10N");

        Assert.Equal(OnboardingStep.Verified, state.Step);
        Assert.Single(_f.Requests);
    }

    private void Route(string method, string path, int status, string body) =>
        _f.Wire.Server.Given(Request.Create().WithPath(Prefix + path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
}
