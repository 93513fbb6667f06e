using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Analysis;

/// <summary>A run's outcome as plain records, with all the explanation data (evidence, formula terms, shared terms).</summary>
public sealed record AnalysisResult
{
    public required AnalysisRun Run { get; init; }

    public required IReadOnlyList<TopicAssignment> Assignments { get; init; }

    public required IReadOnlyList<CoverageCell> Coverage { get; init; }

    /// <summary>For a live run, the stored gaps after reconciliation; for an "as of" run, the gaps as found on that date.</summary>
    public required IReadOnlyList<Gap> Gaps { get; init; }

    public required IReadOnlyList<Overlap> Overlaps { get; init; }

    /// <summary>Liaisons worth proposing: committee pairs across bodies, each saying whether a registered liaison exists.</summary>
    public required IReadOnlyList<LiaisonSuggestion> Liaisons { get; init; }

    /// <summary>Overlapping committee pairs within one body or one committee tree: coordination, not liaison.</summary>
    public IReadOnlyList<LiaisonSuggestion> InternalCoordination { get; init; } = [];

    public required TimeSpan Elapsed { get; init; }

    /// <summary>Of <see cref="Elapsed"/>, the time spent encoding titles as sentence embeddings (null without a sentence model).</summary>
    public TimeSpan? EmbeddingElapsed { get; init; }
}
