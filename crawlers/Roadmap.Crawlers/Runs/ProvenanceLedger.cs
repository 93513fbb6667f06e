using Roadmap.Core.Crawling;

namespace Roadmap.Crawlers.Runs;

/// <summary>
/// Reads the provenance ledger (<see cref="ICrawlStateStore"/>) as an index: where each run read each document it
/// added or changed. The store records the field-level diff; this joins it to the page it came from, by run and key.
/// </summary>
public static class ProvenanceLedger
{
    /// <summary>The last page of each given run that carried a document, per (run, key).</summary>
    public static async Task<Dictionary<(string RunId, string Key), CrawlProvenance>> LoadAsync(
        ICrawlStateStore store, IReadOnlyCollection<string> runIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var index = new Dictionary<(string, string), CrawlProvenance>();
        foreach (var line in await store.ReadProvenanceAsync(runIds, cancellationToken))
        {
            foreach (var key in line.Keys)
            {
                index[(line.RunId, key)] = line;
            }
        }

        return index;
    }
}
