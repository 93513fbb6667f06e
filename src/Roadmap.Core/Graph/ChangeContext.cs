namespace Roadmap.Core.Graph;

/// <summary>Who or what is writing, and when: recorded with every change.</summary>
/// <param name="RunId">The crawl or import run, if any.</param>
/// <param name="Actor">The source or user, e.g. <c>iso-open-data</c>, <c>editor:alice</c>.</param>
/// <param name="At">When the change happened.</param>
public sealed record ChangeContext(string? RunId, string Actor, DateTimeOffset At);
