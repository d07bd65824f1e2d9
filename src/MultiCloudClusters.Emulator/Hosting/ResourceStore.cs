namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>Resources of one kind in creation order; resources whose lifecycle reached "gone" disappear.</summary>
internal sealed class ResourceStore
{
    private readonly List<StoredResource> items = [];

    public object Gate { get; } = new();

    public void Add(StoredResource resource) => items.Add(resource);

    public StoredResource? Find(string id, DateTimeOffset now)
    {
        Purge(now);
        return items.FirstOrDefault(r => r.Id == id);
    }

    public List<StoredResource> All(DateTimeOffset now)
    {
        Purge(now);
        return [.. items];
    }

    public void Remove(StoredResource resource) => items.Remove(resource);

    private void Purge(DateTimeOffset now) => items.RemoveAll(r => r.IsGone(now));
}
