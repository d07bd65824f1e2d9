using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MultiCloudClusters.Http;
using EksModels = MultiCloudClusters.Providers.Eks.Generated;
using ImplyModels = MultiCloudClusters.Providers.Imply.Generated;

namespace MultiCloudClusters.Tests.Http;

/// <summary>
/// The generated clients read and write JSON only through their provider's source-generated context (which the build
/// writes from the generated client): every model, answer and body is in it, nothing falls back to reflection, and
/// the shared rules (unset members not sent, names matched without case, unknown members kept) still hold.
/// Reflection here is the test's own tool, to list what the context must cover.
/// </summary>
public sealed class GeneratedClientJsonTests
{
    public static TheoryData<string> Providers => ["Oks", "Imply", "Ame", "Eks", "LakeSail"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_generated_model_answer_and_body_has_metadata_in_the_providers_context(string provider)
    {
        var context = ContextOf(provider);
        var ns = GeneratedNamespace(provider);
        var models = Assembly.GetTypes().Where(t => t.Namespace == ns && IsModel(t)).ToList();
        var operations = Assembly.GetType($"{ns}.I{provider}ApiClient", throwOnError: true)!.GetMethods();
        var answers = operations.Select(m => m.ReturnType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Task<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.Name != "FileResponse")
            .ToList();
        var bodies = operations.SelectMany(m => m.GetParameters()).Select(p => p.ParameterType).Where(t => Mentions(t, ns)).ToList();

        var missing = models.Concat(answers).Concat(bodies).Distinct().Where(t => context.GetTypeInfo(t) is null).Select(t => t.ToString()).ToList();

        Assert.True(models.Count > 10, $"{provider}: only {models.Count} generated models found");
        Assert.NotEmpty(answers);
        Assert.True(missing.Count == 0, $"{provider}JsonContext lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_clients_settings_resolve_through_its_context_only(string provider)
    {
        var settings = SettingsOf(provider);

        Assert.Same(ContextOf(provider).GetType(), settings.TypeInfoResolver?.GetType());
        Assert.Equal(JsonIgnoreCondition.WhenWritingNull, settings.DefaultIgnoreCondition);
        Assert.True(settings.PropertyNameCaseInsensitive);
        Assert.Throws<NotSupportedException>(() => GeneratedClientJson.TypeInfo<UnlistedShape>(settings));
    }

    [Fact]
    public void Names_are_read_without_case_and_unknown_members_are_kept()
    {
        var cluster = GeneratedClientJson.Deserialize<EksModels.Cluster>("""{ "NAME": "c1", "Arn": "arn:x", "zzNew": {"a":[1]} }""", SettingsOf("Eks"));

        Assert.Equal("c1", cluster?.Name);
        Assert.Equal("arn:x", cluster?.Arn);
        Assert.Equal("""{"a":[1]}""", ((JsonElement)cluster!.AdditionalProperties!["zzNew"]).GetRawText());
    }

    [Fact]
    public void Unset_members_are_not_sent_and_merge_patch_nulls_and_unknown_members_are()
    {
        var settings = SettingsOf("Imply");
        var patch = new ImplyModels.ClusterMergePatch { AdditionalProperties = new Dictionary<string, object>() };
        patch.AdditionalProperties["spec"] = new System.Text.Json.Nodes.JsonObject { ["pivot"] = null };
        patch.AdditionalProperties["status"] = null!;
        patch.AdditionalProperties["zz"] = JsonElement.Parse("""[true]""");

        Assert.Equal("""{"spec":{"pivot":null},"status":null,"zz":[true]}""", Encoding.UTF8.GetString(GeneratedClientJson.SerializeToUtf8Bytes(patch, settings)));
        Assert.Equal("""{"name":"x"}""", Encoding.UTF8.GetString(GeneratedClientJson.SerializeToUtf8Bytes(new ImplyModels.ObjectMeta { Name = "x" }, settings)));
    }

    [Fact]
    public void A_generated_value_of_any_provider_becomes_json_as_the_clients_write_it()
    {
        var vpc = AdditionalMembers.ToElement(new EksModels.VpcConfigResponse { VpcId = "vpc-1", SubnetIds = ["a"] });

        Assert.Equal("""{"subnetIds":["a"],"vpcId":"vpc-1"}""", vpc.GetRawText());
        Assert.Equal(JsonValueKind.Null, AdditionalMembers.ToElement(null).ValueKind);
    }

    [Fact]
    public void Members_a_model_leaves_unmapped_become_json_on_the_first_read_once_and_stay_read_only()
    {
        var vpc = new EksModels.VpcConfigResponse { VpcId = "vpc-1", SubnetIds = ["a"] };
        var extension = new Dictionary<string, object> { ["brandNew"] = JsonElement.Parse("""{"x":1}"""), ["vpcId"] = JsonElement.Parse("\"overridden\"") };

        var members = AdditionalMembers.Of(extension, ("resourcesVpcConfig", vpc), ("logging", null));
        vpc.VpcId = "changed after the answer was mapped"; // only to see when the conversion runs: nothing does this

        Assert.Equal(["brandNew", "resourcesVpcConfig", "vpcId"], members.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("""{"subnetIds":["a"],"vpcId":"changed after the answer was mapped"}""", members["resourcesVpcConfig"].GetRawText());
        vpc.VpcId = "vpc-2";
        Assert.Contains("changed after", members["resourcesVpcConfig"].GetRawText(), StringComparison.Ordinal); // built once
        Assert.False(members.ContainsKey("logging")); // null members are left out

        var asDictionary = Assert.IsAssignableFrom<IDictionary<string, JsonElement>>(members);
        Assert.True(asDictionary.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asDictionary.Add("more", default));
        Assert.Throws<NotSupportedException>(() => asDictionary.Remove("brandNew"));

        // Written by its runtime type, it is the JSON object it stands for (not a list of pairs).
        Assert.StartsWith("""{"brandNew":{"x":1},""", JsonSerializer.Serialize<object>(members, JsonSerializerOptions.Default), StringComparison.Ordinal);
        Assert.Same(AdditionalMembers.Of(null, ("logging", null)), AdditionalMembers.Of(new Dictionary<string, object>()));
    }

    [Fact]
    public void Concurrent_first_reads_of_unmapped_members_see_one_dictionary()
    {
        var members = AdditionalMembers.Of(null, ("resourcesVpcConfig", new EksModels.VpcConfigResponse { VpcId = "vpc-1" }));

        var counts = new int[8];
        Parallel.For(0, counts.Length, i => counts[i] = members.Count(m => m.Value.GetRawText().Contains("vpc-1", StringComparison.Ordinal)));

        Assert.All(counts, c => Assert.Equal(1, c));
    }

    [Fact]
    public void The_members_of_a_generated_model_are_its_wire_names_without_the_extension_data()
    {
        var members = GeneratedMembers.Of(ImplyModels.ImplyJsonContext.Default.DeepStorage);

        Assert.Equal(["encrypt", "path"], members.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(typeof(string), members["path"].PropertyType);
    }

    private static Assembly Assembly => typeof(GeneratedClientJson).Assembly;

    private static string GeneratedNamespace(string provider) => $"MultiCloudClusters.Providers.{provider}.Generated";

    private static JsonSerializerContext ContextOf(string provider) =>
        (JsonSerializerContext)Assembly.GetType($"{GeneratedNamespace(provider)}.{provider}JsonContext", throwOnError: true)!
            .GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static JsonSerializerOptions SettingsOf(string provider)
    {
        var client = Activator.CreateInstance(Assembly.GetType($"{GeneratedNamespace(provider)}.{provider}ApiClient", throwOnError: true)!, new HttpClient())!;
        return (JsonSerializerOptions)client.GetType().GetProperty("JsonSerializerSettings", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(client)!;
    }

    private static bool IsModel(Type type) =>
        type.IsClass && type.GetProperty("AdditionalProperties")?.GetCustomAttribute<JsonExtensionDataAttribute>() is not null;

    private static bool Mentions(Type type, string ns) =>
        type.Namespace == ns || (type.IsGenericType && type.GetGenericArguments().Any(a => Mentions(a, ns)));

    private sealed class UnlistedShape
    {
        public string? Name { get; set; }
    }
}
