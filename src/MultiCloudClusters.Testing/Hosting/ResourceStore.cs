namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>
/// Resources of one kind in creation order. Resources whose lifecycle reached "gone" disappear from
/// <see cref="Find"/> and <see cref="All"/>; a store that keeps them (<paramref name="keepGone"/>) still
/// shows them through <see cref="AllWithGone"/>, for APIs that list deleted resources on request.
/// </summary>
internal sealed class ResourceStore(bool keepGone = false)
{
    private readonly List<StoredResource> items = [];

    public object Gate { get; } = new();

    public void Add(StoredResource resource) => items.Add(resource);

    public StoredResource? Find(string id, DateTimeOffset now)
    {
        Purge(now);
        return items.FirstOrDefault(r => r.Id == id && !r.IsGone(now));
    }

    public List<StoredResource> All(DateTimeOffset now)
    {
        Purge(now);
        return [.. items.Where(r => !r.IsGone(now))];
    }

    /// <summary>Every resource, the gone ones too (only those a <c>keepGone</c> store still holds).</summary>
    public List<StoredResource> AllWithGone(DateTimeOffset now)
    {
        Purge(now);
        return [.. items];
    }

    public void Remove(StoredResource resource) => items.Remove(resource);

    private void Purge(DateTimeOffset now)
    {
        if (!keepGone) items.RemoveAll(r => r.IsGone(now));
    }
}
