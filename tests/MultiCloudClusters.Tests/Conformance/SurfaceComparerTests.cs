using System.Text.Json;
using MultiCloudClusters.Tests.Specs;
using YamlDotNet.RepresentationModel;

namespace MultiCloudClusters.Tests.Conformance;

/// <summary>The comparer itself: it must catch a renamed member, a changed type or required flag, and see through <c>$ref</c>s.</summary>
public sealed class SurfaceComparerTests
{
    [Fact]
    public void A_member_renamed_in_a_copy_of_the_oks_spec_is_caught()
    {
        var copy = SpecDocument.Load("oks.yaml");
        Rename(copy, "#/components/schemas/Cluster/properties", "cni", "cni_plugin");

        var conformance = OksConformanceTests.Check(copy);

        Assert.Contains("GET /clusters/{cluster_id} response Cluster.cni_plugin: only in ours", conformance.Unexpected);
        Assert.Contains("GET /clusters/{cluster_id} response Cluster.cni: only in the reference", conformance.Unexpected);
        Assert.Contains("GET /clusters/all response Clusters[].cni_plugin: only in ours", conformance.Unexpected);
        Assert.Throws<Xunit.Sdk.TrueException>(conformance.AssertConforms);
        Assert.Empty(OksConformanceTests.Check(SpecDocument.Load("oks.yaml")).Unexpected); // the untouched spec passes
    }

    [Fact]
    public void A_member_renamed_in_a_copy_of_the_eks_spec_is_caught()
    {
        var copy = SpecDocument.Load("eks.yaml");
        Rename(copy, "#/components/schemas/ConnectorConfigRequest/properties", "roleArn", "roleARN");

        var unexpected = EksConformanceTests.Check(copy).Unexpected;

        Assert.Contains("POST /cluster-registrations request connectorConfig.roleARN: only in ours", unexpected);
        Assert.Contains("POST /cluster-registrations request connectorConfig.roleArn: only in the reference", unexpected);
    }

    [Fact]
    public void An_inline_schema_equals_the_same_schema_behind_a_ref()
    {
        var inline = Spec("""
            paths:
              /things/{id}:
                get:
                  parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
                  responses:
                    "200": { content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string }, tags: { type: object, additionalProperties: { type: string } } } } } } }
            """);
        var byReference = Spec("""
            paths:
              /things/{thing}:
                parameters: [ { $ref: '#/components/parameters/Thing' } ]
                get:
                  responses:
                    "200": { $ref: '#/components/responses/Thing' }
            components:
              parameters:
                Thing: { name: id, in: path, required: true, schema: { anyOf: [ { type: string }, { type: 'null' } ] } }
              responses:
                Thing: { description: x, content: { application/json: { schema: { allOf: [ { $ref: '#/components/schemas/Thing' } ] } } } }
              schemas:
                Thing: { type: object, required: [name], properties: { name: { type: [string, 'null'] }, tags: { $ref: '#/components/schemas/Tags' } } }
                Tags: { type: object, additionalProperties: { type: string } }
            """);

        var report = SurfaceComparer.Compare(inline, byReference);

        Assert.Empty(report.Differences);
        Assert.Equal((1, 1, 3), (report.Operations, report.Parameters, report.Members)); // (body), name, tags
    }

    [Fact]
    public void Type_required_location_and_operation_differences_are_each_reported()
    {
        var ours = Spec("""
            paths:
              /things:
                post:
                  parameters: [ { name: dryRun, in: query, schema: { type: boolean } } ]
                  requestBody: { content: { application/json: { schema: { type: object, properties: { size: { type: string }, name: { type: string } } } } } }
                  responses: { "200": { description: ok } }
              /extra:
                get:
                  responses: { "204": { description: none } }
            """);
        var reference = Spec("""
            paths:
              /things:
                post:
                  parameters: [ { name: dryRun, in: header, schema: { type: boolean } } ]
                  requestBody: { content: { application/json: { schema: { type: object, required: [name], properties: { size: { type: integer }, name: { type: string } } } } } }
                  responses: { "200": { description: ok } }
            """);

        var lines = SurfaceComparer.Compare(ours, reference).Differences.Select(d => d.ToString()).ToList();

        Assert.Equal(
            [
                "GET /extra: operation only in ours",
                "POST /things parameter header dryrun: only in the reference",
                "POST /things parameter query dryRun: only in ours",
                "POST /things request name: required ours no, reference yes",
                "POST /things request size: type ours string, reference integer",
            ],
            lines);
    }

    [Fact]
    public void Below_a_member_that_differs_nothing_more_is_reported_and_recursion_ends()
    {
        var ours = Spec("""
            paths:
              /nodes:
                get:
                  responses: { "200": { content: { application/json: { schema: { $ref: '#/components/schemas/Node' } } } } }
            components:
              schemas:
                Node: { type: object, properties: { id: { type: string }, children: { type: array, items: { $ref: '#/components/schemas/Node' } }, extra: { type: object, properties: { a: { type: string }, b: { type: string } } } } }
            """);
        var reference = Spec("""
            paths:
              /nodes:
                get:
                  responses: { "200": { content: { application/json: { schema: { $ref: '#/components/schemas/Node' } } } } }
            components:
              schemas:
                Node: { type: object, properties: { id: { type: string }, children: { type: array, items: { $ref: '#/components/schemas/Node' } } } }
            """);

        var lines = SurfaceComparer.Compare(ours, reference).Differences.Select(d => d.ToString()).ToList();

        Assert.Equal(["GET /nodes response extra: only in ours"], lines);
    }

    [Fact]
    public void An_aws_model_reads_like_the_openapi_it_describes()
    {
        using var model = JsonDocument.Parse("""
            {
              "operations": {
                "GetThing": { "http": { "method": "GET", "requestUri": "/things/{name}" }, "input": { "shape": "GetThingRequest" }, "output": { "shape": "GetThingResponse" } }
              },
              "shapes": {
                "GetThingRequest": { "type": "structure", "required": ["name"], "members": {
                  "name": { "shape": "String", "location": "uri", "locationName": "name" },
                  "maxResults": { "shape": "Count", "location": "querystring", "locationName": "maxResults" } } },
                "GetThingResponse": { "type": "structure", "members": { "thing": { "shape": "Thing" }, "requestId": { "shape": "String", "location": "header", "locationName": "x-amzn-RequestId" } } },
                "Thing": { "type": "structure", "required": ["createdAt"], "members": { "createdAt": { "shape": "Timestamp" }, "tags": { "shape": "TagMap" }, "ids": { "shape": "Ids" } } },
                "TagMap": { "type": "map", "key": { "shape": "String" }, "value": { "shape": "String" } },
                "Ids": { "type": "list", "member": { "shape": "String" } },
                "Count": { "type": "integer" }, "String": { "type": "string" }, "Timestamp": { "type": "timestamp" }
              }
            }
            """);
        var openApi = Spec("""
            paths:
              /things/{name}:
                get:
                  parameters:
                    - { name: name, in: path, required: true, schema: { type: string } }
                    - { name: maxResults, in: query, schema: { type: integer, format: int32 } }
                  responses:
                    "200": { content: { application/json: { schema: { type: object, properties: { thing: { type: object, required: [createdAt], properties: {
                      createdAt: { type: number, format: double }, tags: { type: object, additionalProperties: { type: string } }, ids: { type: array, items: { type: string } } } } } } } } }
            """);

        var report = SurfaceComparer.Compare(openApi, AwsModelSurfaceReader.Read("inline", model.RootElement));

        Assert.Empty(report.Differences);
        Assert.Equal((1, 2, 5), (report.Operations, report.Parameters, report.Members)); // (body), thing, createdAt, tags, ids
    }

    private static ApiSurface Spec(string yaml) => OpenApiSurfaceReader.Read(SpecDocument.Parse("inline.yaml", "openapi: 3.0.3\n" + yaml));

    private static void Rename(SpecDocument document, string propertiesPointer, string from, string to)
    {
        var properties = (YamlMappingNode)document.Node(propertiesPointer)!;
        var value = properties.Children[new YamlScalarNode(from)];
        Assert.True(properties.Children.Remove(new YamlScalarNode(from)));
        properties.Children.Add(new YamlScalarNode(to), value);
    }
}
