namespace Roadmap.Core.Analysis;

/// <summary>
/// What a run computed that is cheap to keep whole: the coverage matrix, the liaison suggestions and the gaps as that
/// run saw them. "As of" runs leave live gaps alone, so their findings live only here.
/// </summary>
public sealed record AnalysisSnapshot
{
    public required string RunId { get; init; }

    public required IReadOnlyList<CoverageCell> Coverage { get; init; }

    public required IReadOnlyList<LiaisonSuggestion> Liaisons { get; init; }

    /// <summary>Overlapping committee pairs within one body or one committee tree (empty in snapshots stored before they were listed apart).</summary>
    public IReadOnlyList<LiaisonSuggestion> InternalCoordination { get; init; } = [];

    public required IReadOnlyList<Gaps.Gap> Gaps { get; init; }

    /// <summary>The ids of the gaps whose finding held in this run; the other stored gaps are addressed, closed or orphaned.</summary>
    public IReadOnlyList<string> FoundGapIds { get; init; } = [];
}
