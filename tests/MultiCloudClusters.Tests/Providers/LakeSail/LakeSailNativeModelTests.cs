using System.Text.Json;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.LakeSail;
using static MultiCloudClusters.Tests.Providers.LakeSail.LakeSailFixture;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>
/// The hand-written LakeSail models behind the unified ones: every member the platform sends reaches them (unknown
/// ones in AdditionalProperties), secrets stay out of ToString(), and the provider can be replaced in a test.
/// </summary>
public sealed class LakeSailNativeModelTests : IDisposable
{
    private readonly LakeSailFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task A_connection_keeps_every_member_the_platform_sends()
    {
        _f.Answer(200, """
            {
              "id": "C0NN3CT10N", "name": "Production", "provider": "aws",
              "providerConfig": { "accountId": "123456789012", "region": "us-east-1", "partition": "aws" },
              "status": "active", "statusMessage": "ok",
              "lastUsedAt": "2025-03-02T11:00:00Z", "templateSyncedAt": "yesterday", "templateSyncMessage": "synced",
              "createdAt": "2025-02-27T08:00:00Z", "createdBy": "M3MB3R0001",
              "updatedAt": "2025-03-01T10:00:00Z", "updatedBy": "M3MB3R0002",
              "labels": { "team": "data" }
            }
            """);

        var connection = await _f.Provider.GetConnectionAsync("C0NN3CT10N");

        _f.SingleRequest("GET", "/infra/connections/C0NN3CT10N");
        var native = Assert.IsType<LakeSailConnection>(connection.Native);
        Assert.Equal("C0NN3CT10N", native.Id);
        Assert.Equal("Production", native.Name);
        Assert.Equal("aws", native.Provider);
        Assert.Equal("active", native.Status);
        Assert.Equal("ok", native.StatusMessage);
        Assert.Equal("2025-03-02T11:00:00Z", native.LastUsedAt);
        Assert.Equal("yesterday", native.TemplateSyncedAt);
        Assert.Null(connection.TemplateSyncedAt); // not a time: the unified view leaves it out, the native one keeps the text
        Assert.Equal("synced", native.TemplateSyncMessage);
        Assert.Equal("2025-02-27T08:00:00Z", native.CreatedAt);
        Assert.Equal("M3MB3R0001", native.CreatedBy);
        Assert.Equal("2025-03-01T10:00:00Z", native.UpdatedAt);
        Assert.Equal("M3MB3R0002", native.UpdatedBy);
        Assert.Equal("123456789012", native.ProviderConfig!.AccountId);
        Assert.Equal("us-east-1", native.ProviderConfig.Region);
        Assert.Equal("aws", Assert.Single(native.ProviderConfig.AdditionalProperties, p => p.Key == "partition").Value.GetString());
        Assert.Equal("data", Assert.Single(native.AdditionalProperties, p => p.Key == "labels").Value.GetProperty("team").GetString());
    }

    [Fact]
    public async Task Listed_connections_and_their_included_operations_carry_native_models()
    {
        _f.Answer(200, """
            {
              "items": [ { "id": "C1", "name": "one" } ],
              "included": { "operations": [ { "id": "op-1", "status": "running", "resourceId": "C1", "memberId": "M1" } ] },
              "marker": null
            }
            """);

        var connections = await _f.Provider.ListConnectionsAsync().ToListAsync();

        _f.SingleRequest("GET", "/infra/connections");
        var connection = Assert.Single(connections);
        Assert.Equal("one", Assert.IsType<LakeSailConnection>(connection.Native).Name);
        var operation = Assert.IsType<LakeSailOperation>(Assert.Single(connection.Operations).Native);
        Assert.Equal("op-1", operation.Id);
        Assert.Equal("M1", operation.MemberId);
    }

    [Fact]
    public async Task An_operation_keeps_every_member_the_platform_sends()
    {
        _f.Answer(200, """
            {
              "id": "op-9", "organizationId": "0RG", "memberId": "M3MB3R", "operation": "connection.syncTemplate",
              "status": "failed", "result": { "partial": true },
              "error": {
                "code": "STACK_FAILED", "message": "Stack update failed", "errorType": "permanent",
                "details": { "retryable": false, "retryAfter": 30, "fieldErrors": { "roleArn": "not assumable", "region": null },
                             "requestId": "req-7", "causedBy": "AccessDenied", "traceId": "t-1" },
                "docs": "https://docs.example/errors/STACK_FAILED"
              },
              "progress": {
                "stage": "rollback", "message": "Rolling back",
                "resources": [ { "urn": "urn:role", "type": "AWS::IAM::Role", "name": "LakeSailRole", "operation": "update",
                                 "status": "failed", "duration": 4.25, "reason": "denied" } ],
                "summary": { "total": 3, "pending": 0, "running": 0, "succeeded": 1, "failed": 1, "unchanged": 1, "skipped": 0 },
                "percent": 66
              },
              "resourceType": "connection", "resourceId": "C0NN3CT10N",
              "createdAt": "2025-03-01T10:00:00Z", "updatedAt": "2025-03-01T10:00:05Z",
              "startedAt": "2025-03-01T10:00:01Z", "completedAt": "2025-03-01T10:00:09Z",
              "attempt": 2
            }
            """);

        var operation = await _f.Provider.GetOperationAsync("op-9");

        _f.SingleRequest("GET", "/operations/op-9");
        var native = Assert.IsType<LakeSailOperation>(operation.Native);
        Assert.Equal("op-9", native.Id);
        Assert.Equal("0RG", native.OrganizationId);
        Assert.Equal("M3MB3R", native.MemberId);
        Assert.Equal("connection.syncTemplate", native.Operation);
        Assert.Equal("failed", native.Status);
        Assert.True(native.Result!.Value.GetProperty("partial").GetBoolean());
        Assert.Equal("connection", native.ResourceType);
        Assert.Equal("C0NN3CT10N", native.ResourceId);
        Assert.Equal("2025-03-01T10:00:00Z", native.CreatedAt);
        Assert.Equal("2025-03-01T10:00:05Z", native.UpdatedAt);
        Assert.Equal("2025-03-01T10:00:01Z", native.StartedAt);
        Assert.Equal("2025-03-01T10:00:09Z", native.CompletedAt);
        Assert.Equal(2, Assert.Single(native.AdditionalProperties).Value.GetInt32());

        var error = native.Error!;
        Assert.Equal("STACK_FAILED", error.Code);
        Assert.Equal("Stack update failed", error.Message);
        Assert.Equal("permanent", error.ErrorType);
        Assert.Equal("https://docs.example/errors/STACK_FAILED", Assert.Single(error.AdditionalProperties).Value.GetString());
        var details = error.Details!;
        Assert.False(details.Retryable);
        Assert.Equal(30, details.RetryAfter);
        Assert.Equal("not assumable", details.FieldErrors["roleArn"]);
        Assert.Equal(string.Empty, details.FieldErrors["region"]);
        Assert.Equal("req-7", details.RequestId);
        Assert.Equal("AccessDenied", details.CausedBy);
        Assert.Equal("t-1", Assert.Single(details.AdditionalProperties).Value.GetString());

        var progress = native.Progress!;
        Assert.Equal("rollback", progress.Stage);
        Assert.Equal("Rolling back", progress.Message);
        Assert.Equal(66, Assert.Single(progress.AdditionalProperties).Value.GetInt32());
        var resource = Assert.Single(progress.Resources);
        Assert.Equal(("urn:role", "AWS::IAM::Role", "LakeSailRole", "update", "failed", 4.25), (resource.Urn, resource.Type, resource.Name, resource.Operation, resource.Status, resource.Duration));
        Assert.Equal("denied", Assert.Single(resource.AdditionalProperties).Value.GetString());
        var summary = progress.Summary!;
        Assert.Equal((3, 0, 0, 1, 1, 1), (summary.Total, summary.Pending, summary.Running, summary.Succeeded, summary.Failed, summary.Unchanged));
        Assert.Equal(0, Assert.Single(summary.AdditionalProperties).Value.GetInt32());

        // The unified view is made from the native one.
        Assert.Equal(CloudOperationStatus.Failed, operation.Status);
        Assert.Equal("STACK_FAILED", operation.Error!.ErrorCode);
        Assert.Equal([new FieldError("roleArn", "not assumable"), new FieldError("region", "is not valid")], operation.Error.FieldErrors.ToArray());
        Assert.Equal("AccessDenied", operation.ErrorCause);
        Assert.Equal(new CloudOperationResourceCounts { Total = 3, Succeeded = 1, Failed = 1, Unchanged = 1 }, operation.Progress!.Counts);
    }

    [Fact]
    public async Task A_template_keeps_its_urls_and_parameters_but_ToString_shows_neither()
    {
        const string ExternalId = "ext-S3CRET-4711";
        const string Signature = "X-Amz-Signature=abcdef0123456789";
        _f.Answer(200, $$"""
            {
              "templateUrl": "https://templates.example/lakesail.yaml?{{Signature}}",
              "quickLaunchUrl": "https://console.aws.amazon.com/cloudformation/home#/stacks/quickcreate?templateURL=x&{{Signature}}",
              "downloadUrl": "https://platform.lakesail.com/api/v1/infra/connections/C0NN3CT10N/template/download",
              "parameters": { "ConnectionId": "C0NN3CT10N", "LakeSailPrincipal": "arn:aws:iam::999999999999:root", "ExternalId": "{{ExternalId}}", "Extra": "kept", "Count": 2 },
              "version": "v7"
            }
            """);

        var template = await _f.Provider.GetTemplateAsync("C0NN3CT10N");

        _f.SingleRequest("GET", "/infra/connections/C0NN3CT10N/template");
        var native = Assert.IsType<LakeSailConnectionTemplate>(template.Native);
        Assert.Equal($"https://templates.example/lakesail.yaml?{Signature}", native.TemplateUrl);
        Assert.EndsWith(Signature, native.QuickLaunchUrl, StringComparison.Ordinal);
        Assert.EndsWith("/template/download", native.DownloadUrl, StringComparison.Ordinal);
        Assert.Equal("v7", Assert.Single(native.AdditionalProperties).Value.GetString());
        var parameters = native.Parameters!;
        Assert.Equal("C0NN3CT10N", parameters.ConnectionId);
        Assert.Equal("arn:aws:iam::999999999999:root", parameters.LakeSailPrincipal);
        Assert.Equal(ExternalId, parameters.ExternalId);
        Assert.Equal(["Count", "Extra"], parameters.AdditionalProperties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("2", template.Parameters["Count"]);

        string[] shown = [template.ToString(), native.ToString(), parameters.ToString()];
        foreach (var text in shown)
        {
            Assert.DoesNotContain(ExternalId, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Signature, text, StringComparison.Ordinal);
            Assert.DoesNotContain("templates.example", text, StringComparison.Ordinal);
            Assert.DoesNotContain("999999999999", text, StringComparison.Ordinal);
        }

        Assert.Equal("LakeSailTemplateParameters(ConnectionId, LakeSailPrincipal, ExternalId, Extra, Count; values hidden)", parameters.ToString());
    }

    [Fact]
    public async Task A_region_keeps_members_the_model_does_not_know()
    {
        _f.Answer(200, """{ "items": [ { "provider": "aws", "regionCode": "eu-west-1", "regionName": "EU (Ireland)", "group": "europe", "optIn": false } ] }""");

        var region = Assert.Single(await _f.Provider.ListRegionsAsync("C0NN3CT10N"));

        var native = Assert.IsType<LakeSailRegion>(region.Native);
        Assert.Equal(("aws", "eu-west-1", "EU (Ireland)", "europe"), (native.Provider, native.RegionCode, native.RegionName, native.Group));
        Assert.Equal(JsonValueKind.False, Assert.Single(native.AdditionalProperties).Value.ValueKind);
    }

    [Fact]
    public async Task Models_without_unknown_members_have_empty_additional_properties()
    {
        _f.Answer(200, """{ "id": "C1", "providerConfig": { "accountId": "1" } }""");

        var native = Assert.IsType<LakeSailConnection>((await _f.Provider.GetConnectionAsync("C1")).Native);

        Assert.Empty(native.AdditionalProperties);
        Assert.Empty(native.ProviderConfig!.AdditionalProperties);
        Assert.Null(native.Name);
    }

    [Fact]
    public async Task The_provider_can_be_replaced_in_a_test_and_its_models_built_by_hand()
    {
        var fake = new FakeProvider();

        var connection = await fake.GetConnectionAsync("C1");
        var list = await fake.GetInstanceTypeListAsync("C1");

        Assert.Equal("C1", connection.Id);
        Assert.Equal("m6i.large", Assert.Single(list.Items).InstanceType);
        Assert.Equal(2, list.Metadata!.KarpenterReplicas);
        await Assert.ThrowsAsync<InvalidOperationException>(() => fake.GetOperationAsync("op-1"));
    }

    private sealed class FakeProvider : LakeSailConnectionProvider
    {
        public override Task<CloudConnection> GetConnectionAsync(string connectionId, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CloudConnection
            {
                Provider = ProviderName,
                Id = connectionId,
                Name = "fake",
                Native = new LakeSailConnection { Id = connectionId },
            });

        public override Task<LakeSailInstanceTypeList> GetInstanceTypeListAsync(string connectionId, InstanceTypeQuery? query = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new LakeSailInstanceTypeList
            {
                Items = [new LakeSailInstanceType { InstanceType = "m6i.large", VCpus = 2 }],
                Metadata = new LakeSailInstanceTypeMetadata { KarpenterReplicas = 2 },
            });
    }
}
