using Roadmap.Crawlers.Runs;

namespace Roadmap.Crawlers.Scheduling;

/// <summary>The nightly service's state, for a health or status endpoint.</summary>
public sealed record NightlyStatus
{
    public bool Running { get; init; }

    public DateTimeOffset? NextRunAt { get; init; }

    public DateTimeOffset? LastStartedAt { get; init; }

    public DateTimeOffset? LastFinishedAt { get; init; }

    public IReadOnlyList<CrawlReport> LastReports { get; init; } = [];

    /// <summary>Why the last run failed as a whole (a store or configuration error), if it did.</summary>
    public string? LastError { get; init; }
}
