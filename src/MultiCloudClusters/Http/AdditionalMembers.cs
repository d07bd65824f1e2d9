using System.Text.Json;

namespace MultiCloudClusters.Http;

/// <summary>
/// Carries members a hand-written model does not name between it and the generated one. Reading builds its
/// <c>AdditionalProperties</c> from the generated one: the members the spec does
/// not know (the generated extension data) and the spec members the hand-written model leaves unmodelled, each as
/// JSON, so nothing a provider sends is lost behind the public surface.
/// </summary>
internal static class AdditionalMembers
{
    private static readonly IReadOnlyDictionary<string, JsonElement> None = new Dictionary<string, JsonElement>(0, StringComparer.Ordinal);

    private static readonly JsonElement Null = JsonElement.Parse("null");

    /// <summary>
    /// The extension data of a generated object plus the named spec members the model does not map
    /// (null members are left out).
    /// </summary>
    /// <remarks>
    /// Turning a generated value into JSON is a serialization, and most callers never look at these members: the
    /// dictionary is built on its first read (once, thread-safe) from the values the answer's objects hold, which
    /// nothing changes after the answer was read. An answer with nothing to convert costs nothing.
    /// </remarks>
    public static IReadOnlyDictionary<string, JsonElement> Of(IDictionary<string, object>? extension, params ReadOnlySpan<(string Name, object? Value)> unmapped)
    {
        var present = Count(unmapped);
        if ((extension is null || extension.Count == 0) && present == 0)
        {
            return None;
        }

        var named = new (string Name, object Value)[present];
        var at = 0;
        foreach (var (name, value) in unmapped)
        {
            if (value is not null)
            {
                named[at++] = (name, value);
            }
        }

        return new Deferred(extension, named);
    }

    /// <summary>The members of a generated model's extension data; empty when there are none.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Read(IDictionary<string, object>? members) => Of(members);

    /// <summary>Extension data for a generated model from a hand-written model's members (empty when there are none).</summary>
    public static Dictionary<string, object> Write(IEnumerable<KeyValuePair<string, JsonElement>>? members) =>
        members?.ToDictionary(m => m.Key, m => (object)m.Value, StringComparer.Ordinal) ?? [];

    /// <summary>
    /// A value as JSON: a <see cref="JsonElement"/> as it came (detached from its document), anything else (a generated
    /// model) serialized as the generated clients write it.
    /// </summary>
    public static JsonElement ToElement(object? value) => value switch
    {
        JsonElement element => element.Clone(),
        null => Null,
        _ => JsonSerializer.SerializeToElement(value, GeneratedClientJson.AnyProvider.GetTypeInfo(value.GetType())),
    };

    private static int Count(ReadOnlySpan<(string Name, object? Value)> members)
    {
        var count = 0;
        foreach (var (_, value) in members)
        {
            count += value is null ? 0 : 1;
        }

        return count;
    }

    /// <summary>
    /// The members, converted to JSON on the first read. Read-only; it is also an <see cref="IDictionary{TKey, TValue}"/>
    /// so that a serializer looking at the runtime type writes it as the JSON object it stands for.
    /// </summary>
    private sealed class Deferred(IDictionary<string, object>? extension, (string Name, object Value)[] named)
        : IDictionary<string, JsonElement>, IReadOnlyDictionary<string, JsonElement>
    {
        private Dictionary<string, JsonElement>? _members;

        public int Count => Members.Count;

        public bool IsReadOnly => true;

        public ICollection<string> Keys => Members.Keys;

        public ICollection<JsonElement> Values => Members.Values;

        IEnumerable<string> IReadOnlyDictionary<string, JsonElement>.Keys => Members.Keys;

        IEnumerable<JsonElement> IReadOnlyDictionary<string, JsonElement>.Values => Members.Values;

        private Dictionary<string, JsonElement> Members => LazyInitializer.EnsureInitialized(ref _members, Build);

        public JsonElement this[string key]
        {
            get => Members[key];
            set => throw ReadOnly();
        }

        public bool ContainsKey(string key) => Members.ContainsKey(key);

        public bool TryGetValue(string key, out JsonElement value) => Members.TryGetValue(key, out value);

        public bool Contains(KeyValuePair<string, JsonElement> item) => ((ICollection<KeyValuePair<string, JsonElement>>)Members).Contains(item);

        public void CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, JsonElement>>)Members).CopyTo(array, arrayIndex);

        public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => Members.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public void Add(string key, JsonElement value) => throw ReadOnly();

        public void Add(KeyValuePair<string, JsonElement> item) => throw ReadOnly();

        public bool Remove(string key) => throw ReadOnly();

        public bool Remove(KeyValuePair<string, JsonElement> item) => throw ReadOnly();

        public void Clear() => throw ReadOnly();

        private static NotSupportedException ReadOnly() => new("The members of an answer are read-only.");

        private Dictionary<string, JsonElement> Build()
        {
            var members = new Dictionary<string, JsonElement>((extension?.Count ?? 0) + named.Length, StringComparer.Ordinal);
            foreach (var (name, value) in extension ?? Enumerable.Empty<KeyValuePair<string, object>>())
            {
                members[name] = ToElement(value);
            }

            foreach (var (name, value) in named)
            {
                members[name] = ToElement(value);
            }

            return members;
        }
    }
}
