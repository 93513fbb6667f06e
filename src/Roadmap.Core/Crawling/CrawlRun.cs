namespace Roadmap.Core.Crawling;

/// <summary>One run of a crawl or an import, with what it found.</summary>
public sealed record CrawlRun
{
    public required string Id { get; init; }

    /// <summary>The source, e.g. <c>iso-open-data</c>, <c>itu-t</c>.</summary>
    public required string Source { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public CrawlRunState State { get; init; } = CrawlRunState.Running;

    public int Added { get; init; }

    public int Changed { get; init; }

    public int Unchanged { get; init; }

    public int Rejected { get; init; }

    /// <summary>Why a run is degraded or failed, in words.</summary>
    public string? Message { get; init; }
}
