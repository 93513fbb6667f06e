namespace Roadmap.Application.Jobs;

/// <summary>One piece of admin work and how it went: asked for, running (with progress), then its outcome or error.</summary>
public sealed record BackgroundJob
{
    public required string Id { get; init; }

    public required JobKind Kind { get; init; }

    public required JobState State { get; init; }

    /// <summary>Who asked (an API key's name, <c>cli</c>, …).</summary>
    public required string RequestedBy { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The latest progress line the work reported, e.g. <c>12,000 documents indexed</c>.</summary>
    public string? Progress { get; init; }

    /// <summary>What it did, in one line, once it succeeded.</summary>
    public string? Outcome { get; init; }

    /// <summary>The id of what it produced, when it produced one (an analysis run's id).</summary>
    public string? ResultId { get; init; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }

    public bool IsFinished => State != JobState.Running;
}
