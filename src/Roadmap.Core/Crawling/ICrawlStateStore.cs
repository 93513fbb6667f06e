namespace Roadmap.Core.Crawling;

/// <summary>
/// What a crawl keeps between runs, shared by every instance that serves one graph: each source's checkpoint (so a run
/// killed on one instance resumes on another), each source's listing counts (the drift guard's baselines) and the
/// provenance ledger (which page each run read each document from). The HTTP cache is not here: it is per instance.
/// </summary>
public interface ICrawlStateStore
{
    /// <summary>The source's checkpoint as its crawler wrote it (JSON), or null when it has none.</summary>
    Task<string?> LoadCheckpointAsync(string source, CancellationToken cancellationToken);

    /// <summary>Replaces the source's checkpoint.</summary>
    Task SaveCheckpointAsync(string source, string checkpointJson, CancellationToken cancellationToken);

    /// <summary>Drops the source's checkpoint; nothing happens when it has none.</summary>
    Task DeleteCheckpointAsync(string source, CancellationToken cancellationToken);

    /// <summary>The item count last seen per listing page of the source; empty when none was saved.</summary>
    Task<IReadOnlyDictionary<string, int>> LoadListingCountsAsync(string source, CancellationToken cancellationToken);

    /// <summary>Replaces the source's listing counts.</summary>
    Task SaveListingCountsAsync(string source, IReadOnlyDictionary<string, int> counts, CancellationToken cancellationToken);

    /// <summary>Adds a line to the ledger; lines are never changed or removed.</summary>
    Task AppendProvenanceAsync(CrawlProvenance line, CancellationToken cancellationToken);

    /// <summary>The ledger's lines of the given runs, in the order they were appended.</summary>
    Task<IReadOnlyList<CrawlProvenance>> ReadProvenanceAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellationToken);
}
