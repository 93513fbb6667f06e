using Roadmap.Crawlers.Fetching;

namespace Roadmap.Crawlers.Snapshots;

/// <summary><c>--save DIR</c>: passes fetches through and records every response it returns into a snapshot folder.</summary>
public sealed class SnapshotRecorder(IPageFetcher inner, string folder) : IPageFetcher
{
    private readonly Lock _gate = new();
    private readonly SnapshotManifest _manifest = File.Exists(Path.Combine(folder, SnapshotManifest.FileName)) ? SnapshotManifest.Load(folder) : new();

    public async Task<FetchedPage> FetchAsync(Uri url, string source, CancellationToken cancellationToken)
    {
        var page = await inner.FetchAsync(url, source, cancellationToken);
        lock (_gate)
        {
            var file = SnapshotFileNames.For(url, page.ContentType);
            if (_manifest.Entries.Any(e => e.File == file && e.Url != url.AbsoluteUri))
            {
                file = file + "-" + page.ContentHash[..8] + ".html";
            }

            AtomicFile.Write(Path.Combine(folder, file), page.Body);
            _manifest.Entries.RemoveAll(e => e.Url == url.AbsoluteUri);
            _manifest.Entries.Add(new SnapshotEntry
            {
                Url = url.AbsoluteUri, File = file, ContentType = page.ContentType, ETag = page.ETag, LastModified = page.LastModified,
            });
            _manifest.Save(folder);
        }

        return page;
    }

    /// <summary>Records the seeds a source started from, so a replay starts from the same pages.</summary>
    public void RecordSeeds(string source, IEnumerable<string> seeds)
    {
        lock (_gate)
        {
            _manifest.Seeds[source] = [.. seeds];
            _manifest.Save(folder);
        }
    }
}
