namespace Roadmap.Analysis;

/// <summary>What to analyse: the landscape on a date (null: now), and whether to re-classify everything.</summary>
public sealed record AnalysisRequest
{
    public DateOnly? AsOf { get; init; }

    /// <summary>Re-classify every document instead of only those changed since the last run.</summary>
    public bool Full { get; init; }

    /// <summary>
    /// The number of the last store change the text matcher (the search index) holds, when it may lag the store, as in the
    /// service, which indexes in the background. The run then counts no later change as classified, so the next run
    /// classifies those documents once the index has them. Null: the matcher is up to date with the store.
    /// </summary>
    public long? MatcherChangesThrough { get; init; }

    /// <summary>
    /// Record the run and its snapshot in the analysis store. An "as of" answer for a reader is not recorded: one run per
    /// distinct date would let any reader grow the database without limit; the service keeps those in a bounded cache.
    /// </summary>
    public bool Record { get; init; } = true;

    /// <summary>
    /// Overlaps scoring below this are not kept (known relations always are); by default
    /// <see cref="Overlaps.OverlapDetector.DefaultSemanticMinScore"/> with sentence embeddings, else <see cref="Overlaps.OverlapDetector.DefaultMinScore"/>.
    /// </summary>
    public double? MinOverlapScore { get; init; }
}
