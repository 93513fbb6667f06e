using System.Text.Json;
using Roadmap.Core.Crawling;
using Roadmap.Crawlers.Fetching;

namespace Roadmap.Crawlers.Runs;

/// <summary>
/// The crawl's state between runs: checkpoints, listing counts for the drift guard and the provenance ledger in the
/// shared <see cref="ICrawlStateStore"/> (every instance on one graph sees them), and the HTTP cache, which is this
/// instance's own, in <c>crawl/http-cache/</c> under the data folder.
/// </summary>
public sealed class CrawlState(ICrawlStateStore store, string dataPath)
{
    public string Folder { get; } = Path.Combine(dataPath, "crawl");

    public HttpCache Cache => new(Path.Combine(Folder, "http-cache"));

    /// <exception cref="InvalidDataException">The stored checkpoint is damaged.</exception>
    public async Task<CrawlCheckpoint?> LoadCheckpointAsync(string source, CancellationToken cancellationToken)
    {
        if (await store.LoadCheckpointAsync(source, cancellationToken) is not { } json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, CrawlJsonContext.Default.CrawlCheckpoint);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"the checkpoint of {source} is damaged ({ex.Message}); it is dropped to start afresh", ex);
        }
    }

    public Task SaveCheckpointAsync(CrawlCheckpoint checkpoint, CancellationToken cancellationToken) =>
        store.SaveCheckpointAsync(checkpoint.Source, JsonSerializer.Serialize(checkpoint, CrawlJsonContext.Default.CrawlCheckpoint), cancellationToken);

    public Task DeleteCheckpointAsync(string source, CancellationToken cancellationToken) => store.DeleteCheckpointAsync(source, cancellationToken);

    public async Task<Dictionary<string, int>> LoadListingCountsAsync(string source, CancellationToken cancellationToken) =>
        new(await store.LoadListingCountsAsync(source, cancellationToken), StringComparer.Ordinal);

    public Task SaveListingCountsAsync(string source, Dictionary<string, int> counts, CancellationToken cancellationToken) =>
        store.SaveListingCountsAsync(source, counts, cancellationToken);

    public Task AppendProvenanceAsync(CrawlProvenance line, CancellationToken cancellationToken) => store.AppendProvenanceAsync(line, cancellationToken);
}
