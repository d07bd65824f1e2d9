using System.Reflection;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Imply;

namespace MultiCloudClusters.Tests.Providers;

/// <summary>
/// For the providers whose generated client is internal: nothing generated is public, no public signature
/// mentions a generated type, every public provider method can be overridden, and a mock needs no connection.
/// </summary>
public sealed class HandWrittenSurfaceTests
{
    public static TheoryData<string, Type> Providers() => new()
    {
        { "Imply", typeof(ImplyClusterProvider) },
        { "Ame", typeof(AmeClusterProvider) },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void No_generated_client_or_model_is_public(string provider, Type providerType)
    {
        // NSwag writes its exception classes public whatever the access modifier; the provider turns them into
        // CloudApiException before a caller sees them. They are the only generated types still exported.
        string[] exceptions = [$"{provider}ApiException", $"{provider}ApiException`1"];
        var generated = providerType.Assembly.GetExportedTypes()
            .Where(t => t.Namespace == $"MultiCloudClusters.Providers.{provider}.Generated" && !exceptions.Contains(t.Name));

        Assert.Empty(generated.Select(t => t.FullName));
        Assert.NotNull(providerType.Assembly.GetType($"MultiCloudClusters.Providers.{provider}.Generated.{provider}ApiClient"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void No_public_signature_mentions_a_generated_type(string provider, Type providerType)
    {
        var leaks = new List<string>();
        foreach (var type in providerType.Assembly.GetExportedTypes().Where(t => t.Namespace == $"MultiCloudClusters.Providers.{provider}"))
        {
            var visible = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m switch
                {
                    MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
                    FieldInfo field => field.IsPublic || field.IsFamily,
                    _ => false,
                });
            foreach (var member in visible)
            {
                var types = member switch
                {
                    MethodInfo method => [method.ReturnType, .. method.GetParameters().Select(p => p.ParameterType)],
                    ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
                    FieldInfo field => [field.FieldType],
                    _ => Enumerable.Empty<Type>(),
                };
                leaks.AddRange(types.Where(MentionsGenerated).Select(t => $"{type.Name}.{member.Name}: {t}"));
            }

            leaks.AddRange(new[] { type.BaseType }.Concat(type.GetInterfaces()).Where(t => t is not null && MentionsGenerated(t)).Select(t => $"{type.Name} : {t}"));
        }

        Assert.Empty(leaks);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_public_provider_method_can_be_overridden(string provider, Type providerType)
    {
        var methods = providerType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.False(providerType.IsSealed, provider);
        Assert.NotEmpty(methods);
        Assert.Empty(methods.Where(m => !m.IsVirtual || m.IsFinal).Select(m => m.Name));
        Assert.NotNull(providerType.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes));
    }

    [Fact]
    public async Task A_mock_answers_what_it_overrides_and_refuses_the_rest()
    {
        var ame = new AmeMock();
        var imply = new ImplyMock();

        var pools = await ame.ListNodePoolsAsync("production/production-eu");
        var past = await imply.GetClusterVersionAsync("c-1", 3);

        Assert.Equal("mocked", Assert.Single(pools).Name);
        Assert.Equal(3, past.GetNative<ImplyCluster>().Status!.ResourceVersion);
        var unmocked = await Assert.ThrowsAsync<InvalidOperationException>(() => ame.GetJoinConfigAsync("production/production-eu"));
        Assert.Contains("mocking", unmocked.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => imply.GetClusterAsync("c-1"));
    }

    private static bool MentionsGenerated(Type type) =>
        type.Namespace?.EndsWith(".Generated", StringComparison.Ordinal) == true
        || (type.HasElementType && MentionsGenerated(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(MentionsGenerated));

    private sealed class AmeMock : AmeClusterProvider
    {
        public override Task<IReadOnlyList<AmeNodePool>> ListNodePoolsAsync(string clusterId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AmeNodePool>>([new AmeNodePool { Id = 1, Name = "mocked" }]);
    }

    private sealed class ImplyMock : ImplyClusterProvider
    {
        public override Task<ClusterInfo> GetClusterVersionAsync(string clusterId, long resourceVersion, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ClusterInfo
            {
                Provider = Name,
                Id = clusterId,
                Name = "mocked",
                Native = new ImplyCluster { Status = new ImplyClusterStatus { ResourceVersion = resourceVersion } },
            });
    }
}
