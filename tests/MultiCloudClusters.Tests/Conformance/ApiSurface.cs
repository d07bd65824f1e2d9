namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// What an API description says about the wire, reduced to what two descriptions can be compared on:
/// operations (method + path), their parameters, and the members of the request and success-response bodies.
/// Both an OpenAPI document and an AWS service model are read into this shape.
/// </summary>
/// <param name="Source">Where the surface was read from (for messages).</param>
/// <param name="Operations">Every operation by <see cref="ApiOperation.Key"/>.</param>
internal sealed record ApiSurface(string Source, IReadOnlyDictionary<string, ApiOperation> Operations);

/// <summary>One operation.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path as written, e.g. <c>/clusters/{cluster_id}</c>.</param>
/// <param name="Parameters">Path, query and header parameters.</param>
/// <param name="Request">The request body's members, flattened (empty without a body).</param>
/// <param name="Response">The success response body's members, flattened (empty without a body).</param>
internal sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<ApiMember> Request, IReadOnlyList<ApiMember> Response)
{
    /// <summary>Method and path with parameter names blanked (<c>GET /clusters/{}</c>), so a renamed path parameter still matches.</summary>
    public string Key => $"{Method} {System.Text.RegularExpressions.Regex.Replace(Path, "{[^}]*}", "{}")}";

    /// <summary>Method and path as written.</summary>
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>One parameter.</summary>
/// <param name="Name">Its name (header names compare case-insensitively).</param>
/// <param name="In">path, query or header.</param>
/// <param name="Required">Whether it must be sent.</param>
/// <param name="Type">Its normalised type (see <see cref="ApiMember.Type"/>).</param>
internal sealed record ApiParameter(string Name, string In, bool Required, string Type);

/// <summary>One body member, anywhere in the body.</summary>
/// <param name="Path">Dotted path from the body root; <c>[]</c> steps into array items, <c>{}</c> into map values (<c>Clusters[].statuses.status</c>).</param>
/// <param name="Type">
/// Normalised type: <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>object</c>, <c>any</c>,
/// <c>array&lt;T&gt;</c> or <c>map&lt;T&gt;</c> (formats, enums, limits and nullability are not compared).
/// </param>
/// <param name="Required">Whether the enclosing object lists it as required.</param>
internal sealed record ApiMember(string Path, string Type, bool Required);
