namespace Roadmap.Core.Crawling;

/// <summary>
/// One line of the provenance ledger: a page a run read and stored documents from. The store records the field-level
/// diff of each change; this joins it to the page it came from, by run and document key.
/// </summary>
public sealed record CrawlProvenance
{
    public required string RunId { get; init; }

    public required string Url { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>The page's content hash, as the fetcher gave it.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The keys of the documents the page added or changed.</summary>
    public required IReadOnlyList<string> Keys { get; init; }
}
