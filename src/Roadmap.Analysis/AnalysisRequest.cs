namespace Roadmap.Analysis;

/// <summary>What to analyse: the landscape on a date (null: now), and whether to re-classify everything.</summary>
public sealed record AnalysisRequest
{
    public DateOnly? AsOf { get; init; }

    /// <summary>Re-classify every document instead of only those changed since the last run.</summary>
    public bool Full { get; init; }

    /// <summary>Overlaps scoring below this are not kept (known relations always are).</summary>
    public double MinOverlapScore { get; init; } = 0.3;
}
