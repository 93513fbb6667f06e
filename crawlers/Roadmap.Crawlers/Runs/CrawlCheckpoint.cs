namespace Roadmap.Crawlers.Runs;

/// <summary>
/// A run's frontier and tallies, rewritten after every page is stored. A killed run resumes from it: pages in
/// <see cref="Done"/> are neither fetched nor written again.
/// </summary>
public sealed record CrawlCheckpoint
{
    public required string RunId { get; init; }

    public required string Source { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public List<CheckpointLink> Pending { get; init; } = [];

    public List<string> Done { get; init; } = [];

    /// <summary>
    /// The page being visited when this checkpoint was written (null between pages and after a clean stop): found on
    /// resume, it means the crawl died on that page.
    /// </summary>
    public string? InFlight { get; set; }

    /// <summary>How many times the crawl died on <see cref="InFlight"/>; at the limit the page is failed and skipped.</summary>
    public int InFlightDeaths { get; set; }

    public int NotModified { get; set; }

    public int Retries { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Unchanged { get; set; }

    public List<PageFailure> Failures { get; init; } = [];

    public List<DriftWarning> Drift { get; init; } = [];
}

public sealed record CheckpointLink(string Url, string Kind);
