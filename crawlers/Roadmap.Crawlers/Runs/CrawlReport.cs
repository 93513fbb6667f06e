using Roadmap.Core.Crawling;

namespace Roadmap.Crawlers.Runs;

/// <summary>What one run of one source did.</summary>
public sealed record CrawlReport
{
    public required string Source { get; init; }

    public required string RunId { get; init; }

    public required CrawlRunState State { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public bool Resumed { get; init; }

    public int Pages { get; init; }

    public int NotModified { get; init; }

    /// <summary>HTTP attempts beyond the first, summed over pages: the failures that retrying absorbed.</summary>
    public int Retries { get; init; }

    public int Added { get; init; }

    public int Changed { get; init; }

    public int Withdrawn { get; init; }

    public int Unchanged { get; init; }

    public IReadOnlyList<PageFailure> Failures { get; init; } = [];

    public IReadOnlyList<DriftWarning> Drift { get; init; } = [];

    /// <summary>Pages still to visit when the run stopped (time budget spent); <c>roadmap crawl --resume</c> continues.</summary>
    public int Pending { get; init; }

    public string? Message { get; init; }
}

/// <summary>A page that could not be fetched or parsed, and why.</summary>
public sealed record PageFailure(string Url, string Kind, string Reason);

/// <summary>A layout change: the page or listing read, the selector that failed, and what was seen.</summary>
public sealed record DriftWarning(string Source, string Kind, string Url, string Selector, string Message);
