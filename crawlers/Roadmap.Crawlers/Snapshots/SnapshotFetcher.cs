using Roadmap.Crawlers.Fetching;

namespace Roadmap.Crawlers.Snapshots;

/// <summary><c>--from DIR</c>: answers every fetch from a snapshot folder, with no network at all.</summary>
public sealed class SnapshotFetcher(string folder, TimeProvider time) : IPageFetcher
{
    private readonly Dictionary<string, SnapshotEntry> _entries =
        SnapshotManifest.Load(folder).Entries.ToDictionary(e => e.Url, StringComparer.Ordinal);

    public SnapshotManifest Manifest { get; } = SnapshotManifest.Load(folder);

    public async Task<FetchedPage> FetchAsync(Uri url, string source, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(url.AbsoluteUri, out var entry))
        {
            throw new PageFetchException(url, "not in the snapshot");
        }

        if (entry.Status is < 200 or >= 300)
        {
            throw new PageFetchException(url, $"HTTP {entry.Status} (recorded)");
        }

        var path = Path.Combine(folder, entry.File.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(path))
        {
            throw new PageFetchException(url, $"snapshot file '{entry.File}' is missing");
        }

        return new FetchedPage
        {
            Url = url,
            Body = await File.ReadAllBytesAsync(path, cancellationToken),
            ContentType = entry.ContentType,
            ETag = entry.ETag,
            LastModified = entry.LastModified,
            FetchedAt = time.GetUtcNow(),
        };
    }
}
